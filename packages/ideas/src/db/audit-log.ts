// Queries on the audit log of admin, moderator and owner actions.
import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from './client.ts';
import { auditLog, users } from './schema.ts';

export function insertAudit(
  db: Db,
  input: {
    actorId: number | null;
    action: string;
    targetType: string;
    targetId: number | null;
    detail?: unknown;
    now: number;
  },
): void {
  db.insert(auditLog)
    .values({
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      detailJson: JSON.stringify(input.detail ?? {}),
      createdAt: input.now,
    })
    .run();
}

export function listAudit(db: Db, beforeId: number | undefined, limit: number) {
  return db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(beforeId ? lt(auditLog.id, beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
