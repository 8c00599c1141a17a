// Queries on comments (user, bot and status kinds); hiding and deleting keep the row.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { comments, ideas, users } from './schema.ts';

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
  const [row] = db
    .insert(comments)
    .values({
      ideaId: input.ideaId,
      authorId: input.authorId,
      kind: input.kind,
      body: input.body,
      bodyHtml: input.bodyHtml,
      createdAt: input.now,
    })
    .returning({ id: comments.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  recountComments(db, input.ideaId);
  return row.id;
}

/** comment_count = the idea's user comments that are not deleted. */
export function recountComments(db: Db, ideaId: number): void {
  db.update(ideas)
    .set({
      commentCount: sql`(SELECT count(*) FROM comments WHERE idea_id = ${ideaId} AND kind = 'user' AND deleted_at IS NULL)`,
    })
    .where(eq(ideas.id, ideaId))
    .run();
}

export function findComment(db: Db, ideaId: number, commentId: number): CommentRow | undefined {
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.ideaId, ideaId)))
    .get();
}

export function listComments(db: Db, ideaId: number): CommentWithAuthor[] {
  return db
    .select({ comment: comments, authorName: users.displayName })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.ideaId, ideaId))
    .orderBy(asc(comments.id))
    .all()
    .map((r) => ({ ...r.comment, authorName: r.authorName }));
}

export function updateComment(db: Db, id: number, set: Partial<Omit<CommentRow, 'id'>>): void {
  db.update(comments).set(set).where(eq(comments.id, id)).run();
}
