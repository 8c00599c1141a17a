// Aggregate queries for the admin statistics and the CSV export.
import type { IdeaStatus } from '@pulputtamo/shared';
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';

export interface Range {
  from: number;
  to: number;
}

export function countTotals(db: Db, r: Range) {
  return prepared(
    db,
    `SELECT
      (SELECT count(*) FROM ideas WHERE deleted_at IS NULL AND created_at BETWEEN @from AND @to) AS ideas,
      (SELECT count(*) FROM votes WHERE created_at BETWEEN @from AND @to) AS votes,
      (SELECT count(*) FROM comments WHERE kind = 'user' AND deleted_at IS NULL AND created_at BETWEEN @from AND @to) AS comments`,
  ).get(r) as { ideas: number; votes: number; comments: number };
}

export function countByStatus(db: Db, r: Range): { status: IdeaStatus; count: number }[] {
  return prepared(
    db,
    `SELECT status, count(*) AS count FROM ideas WHERE deleted_at IS NULL AND created_at BETWEEN @from AND @to
     GROUP BY status ORDER BY count DESC, status`,
  ).all(r) as { status: IdeaStatus; count: number }[];
}

export function countByCategory(db: Db, r: Range): { categoryId: number | null; name: string | null; count: number }[] {
  return prepared(
    db,
    `SELECT i.category_id AS categoryId, c.name_fi AS name, count(*) AS count
     FROM ideas i LEFT JOIN categories c ON c.id = i.category_id
     WHERE i.deleted_at IS NULL AND i.created_at BETWEEN @from AND @to
     GROUP BY i.category_id ORDER BY count DESC, i.category_id`,
  ).all(r) as { categoryId: number | null; name: string | null; count: number }[];
}

/** Milliseconds from submission to the first owner response, for every idea that has one. */
export function listFirstResponseDelays(db: Db, r: Range): number[] {
  return (
    prepared(
      db,
      `SELECT first_owner_response_at - created_at AS ms FROM ideas
       WHERE deleted_at IS NULL AND first_owner_response_at IS NOT NULL AND created_at BETWEEN @from AND @to
       ORDER BY ms`,
    ).all(r) as { ms: number }[]
  ).map((x) => x.ms);
}

/** Of the ideas submitted at least `windowMs` before `now`: how many, and how many got a response in time. */
export function countAnsweredWithinWindow(db: Db, r: Range, now: number, windowMs: number) {
  return prepared(
    db,
    `SELECT count(*) AS judged,
       coalesce(sum(first_owner_response_at IS NOT NULL AND first_owner_response_at - created_at <= @window), 0) AS inTime
     FROM ideas WHERE deleted_at IS NULL AND created_at BETWEEN @from AND @to AND created_at <= @now - @window`,
  ).get({ ...r, now, window: windowMs }) as { judged: number; inTime: number };
}

export function countParticipationByOrgUnit(db: Db, r: Range) {
  return prepared(
    db,
    `WITH acts AS (
       SELECT author_id AS user_id, 1 AS idea, 0 AS vote, 0 AS comment FROM ideas
         WHERE deleted_at IS NULL AND author_id IS NOT NULL AND created_at BETWEEN @from AND @to
       UNION ALL SELECT user_id, 0, 1, 0 FROM votes WHERE created_at BETWEEN @from AND @to
       UNION ALL SELECT author_id, 0, 0, 1 FROM comments
         WHERE kind = 'user' AND deleted_at IS NULL AND author_id IS NOT NULL AND created_at BETWEEN @from AND @to)
     SELECT coalesce(u.org_unit, '') AS orgUnit, sum(a.idea) AS ideas, sum(a.vote) AS votes,
       sum(a.comment) AS comments, count(DISTINCT a.user_id) AS people
     FROM acts a JOIN users u ON u.id = a.user_id
     GROUP BY coalesce(u.org_unit, '') ORDER BY people DESC, orgUnit`,
  ).all(r) as { orgUnit: string; ideas: number; votes: number; comments: number; people: number }[];
}

export interface ExportRow {
  id: number;
  title: string;
  status: string;
  category: string | null;
  tags: string;
  author: string | null;
  authorOrgUnit: string | null;
  anonymous: number;
  owner: string | null;
  votes: number;
  comments: number;
  createdAt: number;
  firstOwnerResponseAt: number | null;
  answeredAt: number | null;
  mergedIntoId: number | null;
}

/** Every idea that is not deleted, oldest first, for the CSV export. */
export function iterateExportRows(db: Db): IterableIterator<ExportRow> {
  return prepared(
    db,
    `SELECT i.id, i.title, i.status, c.name_fi AS category, i.tags, a.display_name AS author,
       a.org_unit AS authorOrgUnit, i.anonymous, o.display_name AS owner, i.vote_count AS votes,
       i.comment_count AS comments, i.created_at AS createdAt, i.first_owner_response_at AS firstOwnerResponseAt,
       i.answered_at AS answeredAt, i.merged_into_id AS mergedIntoId
     FROM ideas i LEFT JOIN categories c ON c.id = i.category_id
     LEFT JOIN users a ON a.id = i.author_id LEFT JOIN users o ON o.id = i.owner_id
     WHERE i.deleted_at IS NULL ORDER BY i.id`,
  ).iterate() as IterableIterator<ExportRow>;
}
