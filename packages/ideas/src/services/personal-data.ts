// The GDPR rights of a staff member: a copy of their data, and deletion that anonymises it.
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import { findIdea } from '../db/ideas.ts';
import { anonymiseUserRows, type PersonalData, selectPersonalData } from '../db/personal-data.ts';
import { inTransaction } from '../db/transaction.ts';
import { recountVotes } from '../db/votes.ts';
import { categoryAdmins } from './category-admins.ts';
import type { Deps } from './ideas.ts';
import { notifyUnassigned } from './notifications.ts';
import { removeEvidence } from './owner-index.ts';
import { trendingScore } from './trending-score.ts';

/** Everything the service stores about the signed-in person. */
export function exportPersonalData(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: CurrentUser,
): PersonalData & { exportedAt: string } {
  return { exportedAt: new Date(deps.clock()).toISOString(), ...selectPersonalData(deps.db, user.id) };
}

/**
 * Deletes the person: ideas and comments stay readable without an author, votes (and the counts
 * they made), subscriptions and sessions go, open ideas they owned go back to the admins.
 */
export function deletePersonalData(deps: Deps, user: CurrentUser): void {
  const now = deps.clock();
  inTransaction(deps.db, () => {
    const { votedIdeaIds, orphanedIdeaIds } = anonymiseUserRows(deps.db, user.id);
    for (const ideaId of votedIdeaIds) {
      const idea = findIdea(deps.db, ideaId);
      if (idea) recountVotes(deps.db, ideaId, (n) => trendingScore(n, idea.createdAt));
    }
    for (const ideaId of orphanedIdeaIds) {
      const idea = findIdea(deps.db, ideaId);
      if (idea) notifyUnassigned(deps, { idea, admins: categoryAdmins(deps, idea.categoryId) });
    }
    insertAudit(deps.db, { actorId: user.id, action: 'user.delete', targetType: 'user', targetId: user.id, now });
  });
  // Their confirmed ownerships no longer point anyone to them.
  for (const [ideaId, e] of deps.ownerIndex.evidence) if (e.ownerId === user.id) removeEvidence(deps, ideaId);
}
