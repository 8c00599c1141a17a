import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from './client.ts';
import { indexStems, queryStems, STEMS_VERSION } from './index-stems.ts';

describe('index stems', () => {
  it('brings Finnish inflections to one term', () => {
    expect(indexStems('Kirjastokortti, kirjastokortin, kirjastokorttia')).toEqual([queryStems('kirjastokortti')[0]]);
  });

  it('rebuilds the index once when the stemming changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-stems-'));
    try {
      const path = join(dir, 'ideas.db');
      const db = openDb(path);
      db.$client.prepare("INSERT INTO ideas (title, body) VALUES ('Pyörätelineet', 'Lisää pyörätelineitä')").run();
      // An index built by an older stemmer: wrong terms and an older version number.
      db.$client.exec(`INSERT INTO ideas_fts(ideas_fts) VALUES('delete-all');
        INSERT INTO ideas_fts(rowid, title, body, stems) SELECT id, title, body, 'vanha' FROM ideas;`);
      db.$client.pragma('user_version = 0');
      db.$client.close();
      const reopened = openDb(path);
      const hits = (term: string) =>
        reopened.$client.prepare('SELECT count(*) AS n FROM ideas_fts WHERE stems MATCH ?').get(`"${term}"`);
      expect(hits('vanha')).toEqual({ n: 0 });
      expect(hits(queryStems('pyörätelineitä')[0] ?? '')).toEqual({ n: 1 });
      expect(reopened.$client.pragma('user_version', { simple: true })).toBe(STEMS_VERSION);
      reopened.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
