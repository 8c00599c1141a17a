// Subscriptions: follow an idea's comments and status changes (authors and commenters follow automatically).
import type { CurrentUser } from '../auth/current-user.ts';
import { subscribe, unsubscribe } from '../db/subscriptions.ts';
import { type Deps, requireIdea } from './ideas.ts';

export function followIdea(deps: Pick<Deps, 'db' | 'clock'>, user: CurrentUser, ideaId: number) {
  requireIdea(deps, ideaId);
  subscribe(deps.db, user.id, ideaId, deps.clock());
  return { subscribed: true };
}

export function unfollowIdea(deps: Pick<Deps, 'db'>, user: CurrentUser, ideaId: number) {
  requireIdea(deps, ideaId);
  unsubscribe(deps.db, user.id, ideaId);
  return { subscribed: false };
}
