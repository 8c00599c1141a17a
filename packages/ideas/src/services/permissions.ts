// Who may do what to an idea: the role rules in one place.
import { HttpError } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { IdeaRow } from '../db/ideas.ts';

export function isStaffModerator(user: CurrentUser): boolean {
  return user.role === 'moderator' || user.role === 'admin';
}

export function isOwner(user: CurrentUser, idea: Pick<IdeaRow, 'ownerId'>): boolean {
  return idea.ownerId !== null && idea.ownerId === user.id;
}

/** Author, moderator or admin may edit or delete an idea. */
export function assertCanEditIdea(user: CurrentUser, idea: IdeaRow): void {
  if (idea.authorId === user.id || isStaffModerator(user)) return;
  throw new HttpError(403, 'Only the author, a moderator or an admin may change this idea.', { code: 'forbidden' });
}

/** The idea's current owner, a moderator or an admin may change its status. */
export function assertCanChangeStatus(user: CurrentUser, idea: IdeaRow): void {
  if (isOwner(user, idea) || isStaffModerator(user)) return;
  throw new HttpError(403, 'Only the owner of the idea, a moderator or an admin may change its status.', {
    code: 'forbidden',
  });
}

/** The idea's current owner (handing it over) or an admin may change its owner. */
export function assertCanChangeOwner(user: CurrentUser, idea: IdeaRow): void {
  if (isOwner(user, idea) || user.role === 'admin') return;
  throw new HttpError(403, 'Only the owner of the idea or an admin may hand it over.', { code: 'forbidden' });
}

/** Moderators and admins hide comments. */
export function assertCanModerate(user: CurrentUser): void {
  if (isStaffModerator(user)) return;
  throw new HttpError(403, 'Only a moderator or an admin may hide comments.', { code: 'forbidden' });
}
