// Owner hand-over by a person: remembered as a confirmed assignment, evidence for the owner bot.
import type { ChangeOwner, IdeaDetail } from '@pulputtamo/shared';
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAssignment } from '../db/assignments.ts';
import { insertAudit } from '../db/audit-log.ts';
import { insertComment } from '../db/comments.ts';
import { updateIdeaRow } from '../db/ideas.ts';
import { inTransaction } from '../db/transaction.ts';
import { findUser } from '../db/users.ts';
import { fieldError } from './field-error.ts';
import { type Deps, getIdeaDetail, requireIdea } from './ideas.ts';
import { notifyOwnerAssigned } from './notifications.ts';
import { addEvidence } from './owner-index.ts';
import { assertCanChangeOwner } from './permissions.ts';

/** Hands the idea to another person (current owner or admin). */
export function changeOwner(deps: Deps, user: CurrentUser, ideaId: number, input: ChangeOwner): IdeaDetail {
  const idea = requireIdea(deps, ideaId);
  assertCanChangeOwner(user, idea);
  const owner = findUser(deps.db, input.userId);
  if (!owner) throw fieldError('userId', `There is no user ${input.userId}; see GET /api/users.`);
  const now = deps.clock();
  const reason = {
    fi: `${user.displayName} siirsi idean vastuuhenkilölle ${owner.displayName}.${input.note ? ` ${input.note}` : ''}`,
    sv: `${user.displayName} överlät idén till ${owner.displayName}.${input.note ? ` ${input.note}` : ''}`,
    en: `${user.displayName} handed the idea over to ${owner.displayName}.${input.note ? ` ${input.note}` : ''}`,
    by: 'person',
  };
  inTransaction(deps.db, () => {
    updateIdeaRow(deps.db, ideaId, { ownerId: owner.id, updatedAt: now });
    const assignmentId = insertAssignment(deps.db, {
      ideaId,
      ownerId: owner.id,
      assignedBy: 'person',
      assignedByUserId: user.id,
      ruleId: null,
      reason,
      confidence: null,
      confirmed: true,
      now,
    });
    const body = `**Vastuuhenkilö vaihtui:** ${owner.displayName}. ${reason.fi}`;
    insertComment(deps.db, { ideaId, authorId: null, kind: 'bot', body, bodyHtml: renderMarkdown(body), now });
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'idea.owner',
      targetType: 'idea',
      targetId: ideaId,
      detail: { from: idea.ownerId, to: owner.id },
      now,
    });
    notifyOwnerAssigned(deps, { idea, assignmentId, ownerId: owner.id, reasonFi: reason.fi, by: 'person' });
  });
  addEvidence(deps, { ideaId, ownerId: owner.id, title: idea.title, body: idea.body, categoryId: idea.categoryId });
  return getIdeaDetail(deps, user, ideaId);
}
