// Thumbs-up rules: one per person per idea, never on one's own idea or a merged duplicate.
import { HttpError } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import { inTransaction } from '../db/transaction.ts';
import { deleteVote, insertVote, recountVotes } from '../db/votes.ts';
import { type Deps, requireIdea } from './ideas.ts';
import { trendingScore } from './trending-score.ts';

export interface VoteResult {
  voteCount: number;
  votedByMe: boolean;
}

/**
 * Adds the person's thumbs-up. Idempotent and race-safe: the insert ignores an existing row and
 * the count is recounted from the rows in the same transaction. Authors may not thumb-up their
 * own idea (the count shows colleagues' support).
 */
export function addVote(deps: Pick<Deps, 'db' | 'clock'>, user: CurrentUser, ideaId: number): VoteResult {
  const idea = requireIdea(deps, ideaId);
  if (idea.status === 'duplicate') {
    throw new HttpError(409, `Idea ${ideaId} was merged into idea ${idea.mergedIntoId}; give the thumbs-up there.`, {
      code: 'idea-merged',
    });
  }
  if (idea.authorId === user.id) {
    throw new HttpError(403, 'Authors cannot give a thumbs-up to their own idea.', { code: 'own-idea' });
  }
  const voteCount = inTransaction(deps.db, () => {
    insertVote(deps.db, user.id, ideaId, deps.clock());
    return recountVotes(deps.db, ideaId, (n) => trendingScore(n, idea.createdAt));
  });
  return { voteCount, votedByMe: true };
}

/** Removes the person's thumbs-up if there is one (idempotent). */
export function removeVote(deps: Pick<Deps, 'db'>, user: CurrentUser, ideaId: number): VoteResult {
  const idea = requireIdea(deps, ideaId);
  const voteCount = inTransaction(deps.db, () => {
    deleteVote(deps.db, user.id, ideaId);
    return recountVotes(deps.db, ideaId, (n) => trendingScore(n, idea.createdAt));
  });
  return { voteCount, votedByMe: false };
}
