import { renderMarkdown } from '@pulputtamo/shared/server';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client.ts';
import { trendingScore } from '../../src/services/trending-score.ts';
import { createTextGenerator } from './finnish-text.ts';
import { allocate, generateBenchData, paragraphsHtml } from './generate-data.ts';
import { createRandom } from './random.ts';

const params = { ideas: 400, votes: 6000, comments: 900, users: 120, seed: 7, now: Date.UTC(2026, 0, 1) };

describe('generateBenchData', () => {
  const db = openDb(':memory:');
  const summary = generateBenchData(db, params);
  const one = (sql: string) => db.$client.prepare(sql).pluck().get();

  it('writes the requested number of rows', () => {
    expect(summary).toEqual({ ideas: 400, votes: 6000, comments: 900, users: 120 });
    expect(one('SELECT count(*) FROM ideas')).toBe(400);
    expect(one('SELECT count(*) FROM votes')).toBe(6000);
    expect(one("SELECT count(*) FROM comments WHERE kind = 'user'")).toBe(900);
    expect(one('SELECT count(*) FROM users')).toBe(120);
  });

  it('keeps vote_count, comment_count and trending_score consistent with the rows', () => {
    const rows = db.$client
      .prepare(
        `SELECT i.vote_count, i.comment_count, i.trending_score, i.created_at,
           (SELECT count(*) FROM votes v WHERE v.idea_id = i.id) AS votes,
           (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.kind = 'user' AND c.deleted_at IS NULL) AS comments
         FROM ideas i`,
      )
      .all() as {
      vote_count: number;
      comment_count: number;
      trending_score: number;
      created_at: number;
      votes: number;
      comments: number;
    }[];
    for (const r of rows) {
      expect(r.vote_count).toBe(r.votes);
      expect(r.comment_count).toBe(r.comments);
      expect(r.trending_score).toBeCloseTo(trendingScore(r.votes, r.created_at), 9);
    }
  });

  it('follows the voting rules: no own votes, none on merged duplicates', () => {
    expect(one('SELECT count(*) FROM votes v JOIN ideas i ON i.id = v.idea_id WHERE v.user_id = i.author_id')).toBe(0);
    expect(one("SELECT count(*) FROM votes v JOIN ideas i ON i.id = v.idea_id WHERE i.status = 'duplicate'")).toBe(0);
    expect(
      one(
        "SELECT count(*) FROM ideas WHERE status = 'duplicate' AND merged_into_id NOT IN (SELECT id FROM ideas WHERE status != 'duplicate')",
      ),
    ).toBe(0);
  });

  it('indexes every idea for full-text search', () => {
    expect(one('SELECT count(*) FROM ideas_fts')).toBe(400);
    expect(one("SELECT count(*) FROM ideas_fts WHERE ideas_fts MATCH 'kirjasto*'")).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const again = openDb(':memory:');
    generateBenchData(again, params);
    const titles = (d: typeof db) => d.$client.prepare('SELECT title FROM ideas ORDER BY id LIMIT 20').pluck().all();
    expect(titles(again)).toEqual(titles(db));
  });
});

describe('paragraphsHtml', () => {
  it('matches renderMarkdown for the generated plain paragraphs', () => {
    const text = createTextGenerator(createRandom(3));
    for (const body of [text.body(), text.comment(), 'Aukioloajat ovat lyhyet & hankalat.\n\nPidennetään.']) {
      expect(paragraphsHtml(body)).toBe(renderMarkdown(body));
    }
  });
});

describe('allocate', () => {
  it('splits a total by weight within the cap', () => {
    const parts = allocate(100, Float64Array.from([1, 0, 100, 1]), 40, createRandom(1));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(parts[1]).toBe(0);
    expect(Math.max(...parts)).toBeLessThanOrEqual(40);
  });
});
