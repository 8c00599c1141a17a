// The owner bot on submit: choose an owner, persist the assignment and post the bot comment.
import type { CurrentUser } from '../auth/current-user.ts';
import type { Deps } from './ideas.ts';

// PENDING: calls owner-bot/choose-owner.ts once the ideas-bot module lands.

/** Runs inside the submit transaction; returns work to run after it commits. */
export function assignOwnerOnSubmit(_deps: Deps, _author: CurrentUser, _ideaId: number): () => void {
  return () => {};
}
