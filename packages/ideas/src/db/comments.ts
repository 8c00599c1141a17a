// Queries on comments (user, bot and status kinds); hiding and deleting keep the row.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { prepared, preparedQuery } from './prepared.ts';
import { comments, users } from './schema.ts';

export type CommentRow = typeof comments.$inferSelect;
export type CommentWithAuthor = CommentRow & { authorName: string | null };

export function insertComment(
  db: Db,
  input: {
    ideaId: number;
    authorId: number | null;
    kind: CommentRow['kind'];
    body: string;
    bodyHtml: string;
    now: number;
  },
): number {
  const { id } = prepared(
    db,
    `INSERT INTO comments (idea_id, author_id, kind, body, body_html, created_at)
     VALUES (@ideaId, @authorId, @kind, @body, @bodyHtml, @now) RETURNING id`,
  ).get({
    ideaId: input.ideaId,
    authorId: input.authorId,
    kind: input.kind,
    body: input.body,
    bodyHtml: input.bodyHtml,
    now: input.now,
  }) as { id: number };
  recountComments(db, input.ideaId);
  return id;
}

/** comment_count = the idea's user comments that are not deleted. */
export function recountComments(db: Db, ideaId: number): void {
  prepared(
    db,
    `UPDATE ideas SET comment_count =
       (SELECT count(*) FROM comments WHERE idea_id = @ideaId AND kind = 'user' AND deleted_at IS NULL)
     WHERE id = @ideaId`,
  ).run({ ideaId });
}

const commentById = (db: Db) =>
  db
    .select()
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder('id')), eq(comments.ideaId, sql.placeholder('ideaId'))))
    .prepare();

export function findComment(db: Db, ideaId: number, commentId: number): CommentRow | undefined {
  return preparedQuery(db, commentById).get({ id: commentId, ideaId });
}

const withAuthor = (db: Db) =>
  db
    .select({ comment: comments, authorName: users.displayName })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId));

const commentsOfIdea = (db: Db) =>
  withAuthor(db)
    .where(eq(comments.ideaId, sql.placeholder('ideaId')))
    .orderBy(asc(comments.id))
    .prepare();

const oneCommentWithAuthor = (db: Db) =>
  withAuthor(db)
    .where(and(eq(comments.id, sql.placeholder('id')), eq(comments.ideaId, sql.placeholder('ideaId'))))
    .prepare();

export function listComments(db: Db, ideaId: number): CommentWithAuthor[] {
  return preparedQuery(db, commentsOfIdea)
    .all({ ideaId })
    .map((r) => ({ ...r.comment, authorName: r.authorName }));
}

/** One comment of the idea with its author's name. */
export function findCommentWithAuthor(db: Db, ideaId: number, commentId: number): CommentWithAuthor | undefined {
  const row = preparedQuery(db, oneCommentWithAuthor).get({ id: commentId, ideaId });
  return row ? { ...row.comment, authorName: row.authorName } : undefined;
}

export function updateComment(db: Db, id: number, set: Partial<Omit<CommentRow, 'id'>>): void {
  db.update(comments).set(set).where(eq(comments.id, id)).run();
}
