import { describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { findSimilarIdeas } from './ideas.ts';

function dbWith(titles: string[], fillers = 0) {
  const db = openDb(':memory:');
  const insert = db.$client.prepare('INSERT INTO ideas (title, body) VALUES (?, ?)');
  db.$client.transaction(() => {
    for (const title of titles) insert.run(title, title);
    // Ideas that share only the common word "yhteinen".
    for (let i = 0; i < fillers; i++) insert.run(`Yhteinen asia ${i}`, 'Yhteinen juttu.');
  })();
  return db;
}

const titles = (db: ReturnType<typeof openDb>, text: string) =>
  findSimilarIdeas({ db }, text, 5).items.map((i) => i.title);

describe('findSimilarIdeas', () => {
  it('matches the word being typed as a prefix and finished words through their stems', () => {
    const db = dbWith(['Kirjastokortti puhelimeen', 'Pyörätelineet uimahallille']);
    expect(titles(db, 'Lisää pyöräte')).toEqual(['Pyörätelineet uimahallille']);
    expect(titles(db, 'Kirjastokortin mobiiliversio?')).toEqual(['Kirjastokortti puhelimeen']);
    // A finished word does not match longer words by prefix.
    expect(titles(db, 'Pyörä, kiitos.')).toEqual([]);
  });

  it('leaves out words so common that ranking them would cost more than they tell', () => {
    const db = dbWith(['Yhteinen pyöräteline kirjastolle'], 2100);
    expect(titles(db, 'Yhteinen.')).toEqual([]);
    expect(titles(db, 'Yhteinen pyöräteline.')).toEqual(['Yhteinen pyöräteline kirjastolle']);
  });
});
