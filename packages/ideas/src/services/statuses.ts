// Status changes: the workflow, public responses, history, status comments and duplicate merges.
import { type ChangeStatus, CLOSING_STATUSES, HttpError, type IdeaDetail } from '@pulputtamo/shared';
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import { insertComment } from '../db/comments.ts';
import { findIdea, updateIdeaRow } from '../db/ideas.ts';
import { insertStatusChange } from '../db/status-history.ts';
import { copySubscriptions } from '../db/subscriptions.ts';
import { inTransaction } from '../db/transaction.ts';
import { moveVotes, recountVotes } from '../db/votes.ts';
import { fieldError } from './field-error.ts';
import { type Deps, getIdeaDetail, requireIdea } from './ideas.ts';
import { notifyStatusChange } from './notifications.ts';
import { recordOwnerResponse } from './owner-response.ts';
import { assertCanChangeStatus, isOwner } from './permissions.ts';
import { canTransition, STATUS_LABEL_FI, STATUS_TRANSITIONS } from './status-rules.ts';
import { trendingScore } from './trending-score.ts';

/** Changes an idea's status (owner, moderator or admin) and returns the idea with its history. */
export function changeStatus(deps: Deps, user: CurrentUser, ideaId: number, input: ChangeStatus): IdeaDetail {
  const idea = requireIdea(deps, ideaId);
  assertCanChangeStatus(user, idea);
  const from = idea.status;
  const to = input.status;
  if (!canTransition(from, to)) {
    const allowed = STATUS_TRANSITIONS[from];
    throw new HttpError(
      409,
      `An idea in status ${from} cannot move to ${to}. Allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none'}.`,
      { code: 'invalid-transition' },
    );
  }
  const response = input.response && input.response.length > 0 ? input.response : null;
  if (CLOSING_STATUSES.includes(to) && !response) {
    throw fieldError('response', `Status ${to} needs a public response explaining the decision.`);
  }
  const target = to === 'duplicate' ? requireMergeTarget(deps, ideaId, input.mergeIntoId) : undefined;
  const now = deps.clock();
  const afterCommit = inTransaction(deps.db, () => {
    updateIdeaRow(deps.db, ideaId, {
      status: to,
      updatedAt: now,
      ...(response ? { answeredAt: now } : {}),
      ...(target ? { mergedIntoId: target.id } : {}),
    });
    const historyId = insertStatusChange(deps.db, {
      ideaId,
      changedBy: user.id,
      from,
      to,
      response,
      mergedIntoId: target?.id ?? null,
      now,
    });
    const label = `**${STATUS_LABEL_FI[from]} → ${STATUS_LABEL_FI[to]}**`;
    const link = target ? `\n\nYhdistetty ideaan #${target.id} ${target.title}.` : '';
    const body = `${label}${response ? `\n\n${response}` : ''}${link}`;
    insertComment(deps.db, { ideaId, authorId: user.id, kind: 'status', body, bodyHtml: renderMarkdown(body), now });
    if (target) {
      moveVotes(deps.db, ideaId, target.id);
      recountVotes(deps.db, ideaId, (n) => trendingScore(n, idea.createdAt));
      recountVotes(deps.db, target.id, (n) => trendingScore(n, target.createdAt));
      copySubscriptions(deps.db, ideaId, target.id, now);
    }
    if (!isOwner(user, idea)) {
      insertAudit(deps.db, {
        actorId: user.id,
        action: 'idea.status',
        targetType: 'idea',
        targetId: ideaId,
        detail: { from, to, mergeIntoId: target?.id ?? null },
        now,
      });
    }
    notifyStatusChange(deps, { idea, historyId, changedBy: user, from, to, response, mergedInto: target ?? null });
    return recordOwnerResponse(deps, idea, user.id, now);
  });
  afterCommit();
  return getIdeaDetail(deps, user, ideaId);
}

function requireMergeTarget(deps: Deps, ideaId: number, mergeIntoId: number | undefined) {
  if (mergeIntoId === undefined) {
    throw fieldError('mergeIntoId', 'Status duplicate needs mergeIntoId: the idea this one duplicates.');
  }
  if (mergeIntoId === ideaId) throw fieldError('mergeIntoId', 'An idea cannot be merged into itself.');
  const target = findIdea(deps.db, mergeIntoId);
  if (!target) throw fieldError('mergeIntoId', `There is no idea ${mergeIntoId}.`);
  if (target.status === 'duplicate') {
    throw fieldError('mergeIntoId', `Idea ${mergeIntoId} is itself merged into idea ${target.mergedIntoId}; use that.`);
  }
  return target;
}
