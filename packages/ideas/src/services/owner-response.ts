// Records that an idea got a response from its owner (or a moderator/admin acting on it).
import { confirmAssignment, findCurrentAssignment } from '../db/assignments.ts';
import type { IdeaRow } from '../db/ideas.ts';
import { updateIdeaRow } from '../db/ideas.ts';
import type { Deps } from './ideas.ts';
import { addEvidence } from './owner-index.ts';

/**
 * Stamps the response times used by the response window and the stats. When the responder is
 * the owner, the bot's assignment counts as confirmed and becomes evidence for later ideas.
 * Returns work to run after the transaction commits.
 */
export function recordOwnerResponse(deps: Deps, idea: IdeaRow, responderId: number, now: number): () => void {
  updateIdeaRow(deps.db, idea.id, {
    firstOwnerResponseAt: idea.firstOwnerResponseAt ?? now,
    lastOwnerResponseAt: now,
  });
  if (idea.ownerId !== responderId) return () => {};
  const assignment = findCurrentAssignment(deps.db, idea.id);
  if (!assignment || assignment.confirmed || assignment.ownerId !== responderId) return () => {};
  confirmAssignment(deps.db, assignment.id);
  return () =>
    addEvidence(deps, {
      ideaId: idea.id,
      ownerId: responderId,
      title: idea.title,
      body: idea.body,
      categoryId: idea.categoryId,
    });
}
