// Queries on ideas: insert, update, soft delete, the joined read model, listing with keyset pagination.
import type { IdeaSort, IdeaStatus } from '@pulputtamo/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { prepared, preparedQuery } from './prepared.ts';
import { ideas, ideaTags } from './schema.ts';

export type IdeaRow = typeof ideas.$inferSelect;

/** One idea joined with its category, author, owner and the viewer's vote and subscription. */
export interface IdeaViewRow {
  id: number;
  title: string;
  body: string;
  body_html: string;
  status: IdeaStatus;
  tags: string;
  anonymous: number;
  author_id: number | null;
  owner_id: number | null;
  merged_into_id: number | null;
  vote_count: number;
  comment_count: number;
  created_at: number;
  updated_at: number;
  answered_at: number | null;
  category_id: number | null;
  category_slug: string | null;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  author_name: string | null;
  author_org_unit: string | null;
  owner_name: string | null;
  assignment: string | null;
  voted: number;
  subscribed: number;
}

const VIEW_COLUMNS = `i.id, i.title, i.body, i.body_html, i.status, i.tags, i.anonymous, i.author_id, i.owner_id,
  i.merged_into_id, i.vote_count, i.comment_count, i.created_at, i.updated_at, i.answered_at, i.category_id,
  c.slug AS category_slug, c.name_fi, c.name_sv, c.name_en,
  a.display_name AS author_name, a.org_unit AS author_org_unit, o.display_name AS owner_name,
  (SELECT json_object('by', s.assigned_by, 'reason', json(s.reason_json), 'confidence', s.confidence)
     FROM assignments s WHERE s.idea_id = i.id ORDER BY s.id DESC LIMIT 1) AS assignment,
  EXISTS(SELECT 1 FROM votes v WHERE v.idea_id = i.id AND v.user_id = @viewer) AS voted,
  EXISTS(SELECT 1 FROM subscriptions su WHERE su.idea_id = i.id AND su.user_id = @viewer) AS subscribed`;

const VIEW_JOINS = `FROM ideas i
LEFT JOIN categories c ON c.id = i.category_id
LEFT JOIN users a ON a.id = i.author_id
LEFT JOIN users o ON o.id = i.owner_id`;

const VIEW_SQL = `SELECT ${VIEW_COLUMNS} ${VIEW_JOINS}
WHERE i.id IN (SELECT value FROM json_each(@ids)) AND i.deleted_at IS NULL`;

/** The read model of the given ideas, in the order of `ids` (deleted ideas left out). */
export function selectIdeaViews(db: Db, ids: number[], viewerId: number | null): IdeaViewRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(db, VIEW_SQL).all({ ids: JSON.stringify(ids), viewer: viewerId ?? 0 }) as IdeaViewRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const VIEWER_FLAGS_SQL = `SELECT 'vote' AS kind, idea_id AS id FROM votes
   WHERE user_id = @viewer AND idea_id IN (SELECT value FROM json_each(@ids))
 UNION ALL
 SELECT 'subscription', idea_id FROM subscriptions
   WHERE user_id = @viewer AND idea_id IN (SELECT value FROM json_each(@ids))`;

/** Which of the ideas the viewer has given a thumbs-up and which they follow. */
export function selectViewerFlags(
  db: Db,
  ids: number[],
  viewerId: number,
): { voted: Set<number>; subscribed: Set<number> } {
  const voted = new Set<number>();
  const subscribed = new Set<number>();
  if (ids.length === 0) return { voted, subscribed };
  const rows = prepared(db, VIEWER_FLAGS_SQL).all({ ids: JSON.stringify(ids), viewer: viewerId }) as {
    kind: 'vote' | 'subscription';
    id: number;
  }[];
  for (const row of rows) (row.kind === 'vote' ? voted : subscribed).add(row.id);
  return { voted, subscribed };
}

const ideaById = (db: Db) =>
  db
    .select()
    .from(ideas)
    .where(eq(ideas.id, sql.placeholder('id')))
    .prepare();

/** The idea's row unless it is deleted. */
export function findIdea(db: Db, id: number): IdeaRow | undefined {
  const row = preparedQuery(db, ideaById).get({ id });
  return row && row.deletedAt === null ? row : undefined;
}

export interface NewIdeaRow {
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  categoryId: number | null;
  authorId: number;
  anonymous: boolean;
  trendingScore: number;
  now: number;
}

/** Inserts an idea with its tags; returns its id. Call inside a transaction with the side writes. */
export function insertIdea(db: Db, input: NewIdeaRow): number {
  const [row] = db
    .insert(ideas)
    .values({
      title: input.title,
      body: input.body,
      bodyHtml: input.bodyHtml,
      tags: JSON.stringify(input.tags),
      categoryId: input.categoryId,
      authorId: input.authorId,
      anonymous: input.anonymous,
      trendingScore: input.trendingScore,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning({ id: ideas.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  replaceTags(db, row.id, input.tags);
  return row.id;
}

export function replaceTags(db: Db, ideaId: number, tags: string[]): void {
  db.delete(ideaTags).where(eq(ideaTags.ideaId, ideaId)).run();
  if (tags.length > 0) {
    db.insert(ideaTags)
      .values(tags.map((tag) => ({ ideaId, tag })))
      .run();
  }
  db.update(ideas)
    .set({ tags: JSON.stringify(tags) })
    .where(eq(ideas.id, ideaId))
    .run();
}

export function updateIdeaRow(db: Db, id: number, set: Partial<Omit<IdeaRow, 'id'>>): void {
  db.update(ideas).set(set).where(eq(ideas.id, id)).run();
}

export interface ListFilter {
  sort: IdeaSort;
  status?: IdeaStatus;
  categoryId?: number;
  tag?: string;
  /** An FTS5 match expression (built by buildFtsQuery). */
  match?: string;
  after?: { key: number; id: number };
  limit: number;
}

const SORT_COLUMN: Record<IdeaSort, string> = {
  trending: 'i.trending_score',
  top: 'i.vote_count',
  new: 'i.created_at',
  answered: 'i.answered_at',
};

/**
 * One page of ideas as the viewer sees them, with their sort keys: newest/highest first, after
 * the keyset `after`. One statement: the index gives the order and the joins run only for the page.
 */
export function listIdeaViews(db: Db, f: ListFilter, viewerId: number | null): (IdeaViewRow & { key: number })[] {
  const col = SORT_COLUMN[f.sort];
  const where = ['i.deleted_at IS NULL'];
  const params: Record<string, string | number> = { limit: f.limit, viewer: viewerId ?? 0 };
  if (f.status) {
    where.push('i.status = @status');
    params.status = f.status;
  } else {
    where.push("i.status != 'duplicate'");
  }
  if (f.sort === 'answered') where.push('i.answered_at IS NOT NULL');
  if (f.categoryId !== undefined) {
    where.push('i.category_id IN (SELECT id FROM categories WHERE id = @category OR parent_id = @category)');
    params.category = f.categoryId;
  }
  if (f.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM idea_tags t WHERE t.idea_id = i.id AND t.tag = @tag)');
    params.tag = f.tag;
  }
  if (f.match !== undefined) {
    where.push('i.id IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH @match)');
    params.match = f.match;
  }
  if (f.after) {
    where.push(`(${col}, i.id) < (@afterKey, @afterId)`);
    params.afterKey = f.after.key;
    params.afterId = f.after.id;
  }
  const query = `SELECT ${VIEW_COLUMNS}, ${col} AS key ${VIEW_JOINS} WHERE ${where.join(' AND ')}
    ORDER BY ${col} DESC, i.id DESC LIMIT @limit`;
  return prepared(db, query).all(params) as (IdeaViewRow & { key: number })[];
}

/** Ids of ideas matching an FTS5 expression, best first (title weighs most). */
export function searchSimilarIdeas(
  db: Db,
  match: string,
  limit: number,
): { id: number; title: string; status: IdeaStatus; vote_count: number }[] {
  const query = `SELECT i.id, i.title, i.status, i.vote_count FROM
    (SELECT rowid, bm25(ideas_fts, 4.0, 1.0, 2.0) AS rank FROM ideas_fts WHERE ideas_fts MATCH @match
     ORDER BY rank LIMIT @inner) f
    JOIN ideas i ON i.id = f.rowid
    WHERE i.deleted_at IS NULL AND i.status != 'duplicate'
    ORDER BY f.rank LIMIT @limit`;
  return prepared(db, query).all({ match, limit, inner: limit * 4 }) as {
    id: number;
    title: string;
    status: IdeaStatus;
    vote_count: number;
  }[];
}

/** Ideas merged into `id` as duplicates. */
export function findDuplicatesOf(db: Db, id: number): { id: number; title: string }[] {
  return prepared(db, 'SELECT id, title FROM ideas WHERE merged_into_id = ?').all(id) as {
    id: number;
    title: string;
  }[];
}

/** How many ideas contain a word starting with `prefix` (an upper bound, counted over at most 200 index terms). */
export function countPrefixDocs(db: Db, prefix: string): number {
  const row = prepared(
    db,
    `SELECT coalesce(sum(doc), 0) AS n FROM
       (SELECT doc FROM ideas_fts_vocab WHERE term >= @from AND term < @to LIMIT 200)`,
  ).get({ from: prefix, to: `${prefix}\uffff` }) as { n: number };
  return row.n;
}

/** How many ideas contain the index term `term` (in any column). */
export function countTermDocs(db: Db, term: string): number {
  const row = prepared(db, 'SELECT doc FROM ideas_fts_vocab WHERE term = ?').get(term) as { doc: number } | undefined;
  return row?.doc ?? 0;
}

/** Roughly how many ideas exist (the highest id), without a table scan. */
export function estimateIdeaCount(db: Db): number {
  return (prepared(db, 'SELECT coalesce(max(id), 0) AS n FROM ideas').get() as { n: number }).n;
}
