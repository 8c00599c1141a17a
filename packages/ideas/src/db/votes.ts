// Queries on thumbs-up votes; the idea's vote_count is always recounted from the rows.
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';

/** Adds the vote if absent; returns whether a row was inserted. Run inside a transaction with recountVotes. */
export function insertVote(db: Db, userId: number, ideaId: number, now: number): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO votes (user_id, idea_id, created_at) VALUES (?, ?, ?)').run(userId, ideaId, now)
      .changes > 0
  );
}

/** Removes the vote if present; returns whether a row was deleted. */
export function deleteVote(db: Db, userId: number, ideaId: number): boolean {
  return prepared(db, 'DELETE FROM votes WHERE user_id = ? AND idea_id = ?').run(userId, ideaId).changes > 0;
}

/** Sets vote_count (and the trending score computed from it) from the rows in votes; returns the count. */
export function recountVotes(db: Db, ideaId: number, trendingScore: (votes: number) => number): number {
  const { n } = prepared(db, 'SELECT count(*) AS n FROM votes WHERE idea_id = ?').get(ideaId) as { n: number };
  prepared(db, 'UPDATE ideas SET vote_count = ?, trending_score = ? WHERE id = ?').run(n, trendingScore(n), ideaId);
  return n;
}

/**
 * Moves the votes of `fromId` onto `toId`: a person who voted for both counts once, and the
 * target's author (who may not vote for their own idea) is skipped. The source keeps no votes.
 */
export function moveVotes(db: Db, fromId: number, toId: number): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO votes (user_id, idea_id, created_at)
     SELECT v.user_id, @to, v.created_at FROM votes v
     WHERE v.idea_id = @from AND v.user_id IS NOT (SELECT author_id FROM ideas WHERE id = @to)`,
  ).run({ from: fromId, to: toId });
  prepared(db, 'DELETE FROM votes WHERE idea_id = ?').run(fromId);
}
