// Comment rules: anyone signed in comments; authors edit and delete their own; moderators hide.
import { type Comment, HttpError } from '@pulputtamo/shared';
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import {
  type CommentRow,
  type CommentWithAuthor,
  findComment,
  findCommentWithAuthor,
  insertComment,
  listComments,
  recountComments,
  updateComment,
} from '../db/comments.ts';
import { subscribe } from '../db/subscriptions.ts';
import { inTransaction } from '../db/transaction.ts';
import { toIso } from './idea-view.ts';
import { type Deps, requireIdea } from './ideas.ts';
import { notifyComment } from './notifications.ts';
import { recordOwnerResponse } from './owner-response.ts';
import { assertCanModerate, isStaffModerator } from './permissions.ts';

function toCommentJson(c: CommentWithAuthor, viewer: CurrentUser | null): Comment {
  const deleted = c.deletedAt !== null;
  const hidden = c.hiddenAt !== null;
  const showBody = !deleted && (!hidden || (viewer !== null && isStaffModerator(viewer)));
  return {
    id: c.id,
    ideaId: c.ideaId,
    kind: c.kind,
    author: c.authorId !== null && !deleted ? { id: c.authorId, displayName: c.authorName ?? '' } : null,
    body: showBody ? c.body : '',
    bodyHtml: showBody ? c.bodyHtml : '',
    createdAt: toIso(c.createdAt),
    editedAt: c.editedAt !== null ? toIso(c.editedAt) : null,
    hidden: hidden && c.hiddenAt !== null ? { reason: c.hiddenReason ?? '', at: toIso(c.hiddenAt) } : null,
    deleted,
  };
}

function requireComment(deps: Pick<Deps, 'db'>, ideaId: number, commentId: number): CommentRow {
  const comment = findComment(deps.db, ideaId, commentId);
  if (!comment) {
    throw new HttpError(404, `Idea ${ideaId} has no comment ${commentId}.`, { code: 'comment-not-found' });
  }
  return comment;
}

function oneComment(deps: Pick<Deps, 'db'>, viewer: CurrentUser, ideaId: number, id: number): Comment {
  const row = findCommentWithAuthor(deps.db, ideaId, id);
  if (!row) throw new HttpError(404, `Idea ${ideaId} has no comment ${id}.`, { code: 'comment-not-found' });
  return toCommentJson(row, viewer);
}

/** All comments of an idea, oldest first; hidden ones keep their place with the reason. */
export function getComments(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, ideaId: number): Comment[] {
  requireIdea(deps, ideaId);
  return listComments(deps.db, ideaId).map((c) => toCommentJson(c, viewer));
}

/** Adds a comment, subscribes the commenter and notifies the author and subscribers. */
export function addComment(deps: Deps, user: CurrentUser, ideaId: number, body: string): Comment {
  const idea = requireIdea(deps, ideaId);
  const now = deps.clock();
  const { id, afterCommit } = inTransaction(deps.db, () => {
    const id = insertComment(deps.db, {
      ideaId,
      authorId: user.id,
      kind: 'user',
      body,
      bodyHtml: renderMarkdown(body),
      now,
    });
    subscribe(deps.db, user.id, ideaId, now);
    const afterCommit = idea.ownerId === user.id ? recordOwnerResponse(deps, idea, user.id, now) : () => {};
    notifyComment(deps, { idea, commentId: id, commenter: user, body });
    return { id, afterCommit };
  });
  afterCommit();
  return oneComment(deps, user, ideaId, id);
}

/** Edits one's own comment. */
export function editComment(deps: Deps, user: CurrentUser, ideaId: number, commentId: number, body: string): Comment {
  requireIdea(deps, ideaId);
  const comment = requireComment(deps, ideaId, commentId);
  if (comment.authorId !== user.id || comment.kind !== 'user') {
    throw new HttpError(403, 'You can edit only your own comments.', { code: 'forbidden' });
  }
  if (comment.deletedAt !== null) throw new HttpError(409, 'The comment was deleted.', { code: 'comment-deleted' });
  updateComment(deps.db, commentId, { body, bodyHtml: renderMarkdown(body), editedAt: deps.clock() });
  return oneComment(deps, user, ideaId, commentId);
}

/** Deletes one's own comment (moderators and admins may delete any); the row stays as a placeholder. */
export function deleteComment(deps: Deps, user: CurrentUser, ideaId: number, commentId: number): void {
  requireIdea(deps, ideaId);
  const comment = requireComment(deps, ideaId, commentId);
  const own = comment.authorId === user.id && comment.kind === 'user';
  if (!own && !isStaffModerator(user)) {
    throw new HttpError(403, 'You can delete only your own comments.', { code: 'forbidden' });
  }
  if (comment.deletedAt !== null) return;
  const now = deps.clock();
  inTransaction(deps.db, () => {
    updateComment(deps.db, commentId, { deletedAt: now });
    recountComments(deps.db, ideaId);
    if (!own) {
      insertAudit(deps.db, {
        actorId: user.id,
        action: 'comment.delete',
        targetType: 'comment',
        targetId: commentId,
        now,
      });
    }
  });
}

/** Hides a comment with a public reason (moderators and admins); the text stays for moderators. */
export function hideComment(deps: Deps, user: CurrentUser, ideaId: number, commentId: number, reason: string): Comment {
  assertCanModerate(user);
  requireIdea(deps, ideaId);
  requireComment(deps, ideaId, commentId);
  const now = deps.clock();
  inTransaction(deps.db, () => {
    updateComment(deps.db, commentId, { hiddenAt: now, hiddenReason: reason, hiddenBy: user.id });
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'comment.hide',
      targetType: 'comment',
      targetId: commentId,
      detail: { reason },
      now,
    });
  });
  return oneComment(deps, user, ideaId, commentId);
}

/** Shows a hidden comment again (moderators and admins). */
export function unhideComment(deps: Deps, user: CurrentUser, ideaId: number, commentId: number): Comment {
  assertCanModerate(user);
  requireIdea(deps, ideaId);
  requireComment(deps, ideaId, commentId);
  const now = deps.clock();
  inTransaction(deps.db, () => {
    updateComment(deps.db, commentId, { hiddenAt: null, hiddenReason: null, hiddenBy: null });
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'comment.unhide',
      targetType: 'comment',
      targetId: commentId,
      now,
    });
  });
  return oneComment(deps, user, ideaId, commentId);
}
