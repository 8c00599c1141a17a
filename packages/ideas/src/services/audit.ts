// The audit log of admin, moderator and owner actions, for admins.
import { listAudit } from '../db/audit-log.ts';
import { toIso } from './idea-view.ts';
import type { Deps } from './ideas.ts';

export function getAuditLog(deps: Pick<Deps, 'db'>, before: number | undefined, limit: number) {
  return listAudit(deps.db, before, limit).map(({ entry, actorName }) => ({
    id: entry.id,
    actor: entry.actorId !== null ? { id: entry.actorId, displayName: actorName ?? '' } : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    detail: JSON.parse(entry.detailJson) as unknown,
    at: toIso(entry.createdAt),
  }));
}
