// The owner bot's explicit rules, managed by admins.
import { type CreateOwnerRule, HttpError, type OwnerRuleView } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import { findCategory } from '../db/categories.ts';
import { deleteOwnerRule, insertOwnerRule, listOwnerRules } from '../db/owner-rules.ts';
import { inTransaction } from '../db/transaction.ts';
import { findUser } from '../db/users.ts';
import { fieldError } from './field-error.ts';
import { toIso } from './idea-view.ts';
import type { Deps } from './ideas.ts';

export function getOwnerRules(deps: Pick<Deps, 'db'>): OwnerRuleView[] {
  return listOwnerRules(deps.db).map((r) => ({
    id: r.id,
    kind: r.kind,
    value: r.value,
    categoryId: r.categoryId,
    owner: { id: r.ownerId, displayName: r.ownerName },
    priority: r.priority,
    createdAt: toIso(r.createdAt),
  }));
}

export function addOwnerRule(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: CurrentUser,
  input: CreateOwnerRule,
): OwnerRuleView {
  if (!findUser(deps.db, input.ownerId)) throw fieldError('ownerId', `There is no user ${input.ownerId}.`);
  if (input.categoryId != null && !findCategory(deps.db, input.categoryId)) {
    throw fieldError('categoryId', `There is no category ${input.categoryId}.`);
  }
  const now = deps.clock();
  const id = inTransaction(deps.db, () => {
    const id = insertOwnerRule(deps.db, {
      kind: input.kind,
      value: input.value,
      categoryId: input.categoryId ?? null,
      ownerId: input.ownerId,
      priority: input.priority,
      createdBy: user.id,
      now,
    });
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'owner-rule.create',
      targetType: 'owner_rule',
      targetId: id,
      detail: input,
      now,
    });
    return id;
  });
  const rule = getOwnerRules(deps).find((r) => r.id === id);
  if (!rule) throw new Error('rule vanished after insert');
  return rule;
}

export function removeOwnerRule(deps: Pick<Deps, 'db' | 'clock'>, user: CurrentUser, id: number): void {
  inTransaction(deps.db, () => {
    if (!deleteOwnerRule(deps.db, id))
      throw new HttpError(404, `There is no owner rule ${id}.`, { code: 'rule-not-found' });
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'owner-rule.delete',
      targetType: 'owner_rule',
      targetId: id,
      now: deps.clock(),
    });
  });
}
