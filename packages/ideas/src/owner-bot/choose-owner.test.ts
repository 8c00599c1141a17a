import { describe, expect, it } from 'vitest';
import { chooseOwner, type OwnerEvidence, type OwnerKnowledge } from './choose-owner.ts';
import type { OwnerRule } from './match-rule.ts';
import { createSimilarityIndex, indexDocument } from './similarity-index.ts';

const PARKS = 10;
const STREETS = 11;
const LIBRARY = 12;

function knowledge(rules: OwnerRule[] = [], withDefault = true): OwnerKnowledge {
  const evidence = new Map<number, OwnerEvidence>();
  const index = createSimilarityIndex();
  const add = (ideaId: number, ownerId: number, categoryId: number, title: string, body: string) => {
    evidence.set(ideaId, { ideaId, ownerId, title, body, categoryId });
    indexDocument(index, ideaId, `${title}\n${body}`);
  };
  add(1, PARKS, 1, 'Lisää penkkejä Väinölänniemen puistoon', 'Puiston penkit ovat kesällä aina täynnä.');
  add(2, PARKS, 1, 'Koirapuisto Petoseen', 'Petosella ei ole aidattua koirapuistoa.');
  add(3, PARKS, 1, 'Puistojen roska-astiat tyhjennetään liian harvoin', 'Roskat lentävät puistoissa.');
  add(4, STREETS, 1, 'Katujen aurausjärjestys selkeämmäksi', 'Aurauskartta verkkoon kaikkien nähtäväksi.');
  add(5, STREETS, 1, 'Suojateiden valaistus kuntoon', 'Pimeät suojatiet ovat vaarallisia.');
  add(6, STREETS, 1, 'Pyöräteiden talvikunnossapito', 'Pyörätiet pitäisi aurata ennen autoteitä.');
  add(7, LIBRARY, 2, 'Kirjastokortti mobiiliin', 'Kirjastokortti puhelimeen sovelluksena.');
  return {
    rules,
    index,
    evidence,
    categoryDefault: withDefault
      ? { ownerId: 99, categoryName: { fi: 'Kaupunkiympäristö', sv: 'Stadsmiljö', en: 'Urban environment' } }
      : null,
  };
}

const subject = (text: string, categoryPath: number[] = [1], authorOrgUnit: string | null = null) => ({
  text,
  categoryPath,
  authorOrgUnit,
});

describe('chooseOwner', () => {
  it('follows a keyword rule first, matching inflected forms and compounds', () => {
    const rule: OwnerRule = {
      id: 4,
      kind: 'keyword',
      value: 'koirapuisto',
      categoryId: null,
      ownerId: 50,
      priority: 0,
    };
    const choice = chooseOwner(subject('Koirapuistojen aidat ovat rikki'), knowledge([rule]));
    expect(choice).toMatchObject({ ownerId: 50, by: 'rule', ruleId: 4, confidence: null });
    expect(choice?.reason.fi).toContain('koirapuisto');
    const phrase: OwnerRule = {
      id: 5,
      kind: 'keyword',
      value: 'sähköinen allekirjoitus',
      categoryId: null,
      ownerId: 51,
      priority: 0,
    };
    expect(chooseOwner(subject('Sähköiset allekirjoitukset käyttöön'), knowledge([phrase]))?.ownerId).toBe(51);
    expect(chooseOwner(subject('Allekirjoitus sähköisesti'), knowledge([phrase]))?.ownerId).not.toBe(51);
  });

  it('orders rules by priority, then keyword before category before org unit', () => {
    const rules: OwnerRule[] = [
      { id: 1, kind: 'org_unit', value: 'Tilapalvelut', categoryId: null, ownerId: 61, priority: 0 },
      { id: 2, kind: 'category', value: '', categoryId: 1, ownerId: 62, priority: 0 },
      { id: 3, kind: 'keyword', value: 'penkki', categoryId: null, ownerId: 63, priority: 0 },
    ];
    const text = 'Penkkejä lisää';
    expect(chooseOwner(subject(text, [1], 'Tilapalvelut / siivous'), knowledge(rules))?.ownerId).toBe(63);
    expect(chooseOwner(subject('Muuta', [1], 'Tilapalvelut'), knowledge(rules))?.ownerId).toBe(62);
    expect(chooseOwner(subject('Muuta', [3], 'tilapalvelut'), knowledge(rules))?.ownerId).toBe(61);
    const urgent = [...rules, { ...rules[0], id: 9, priority: 10 } as OwnerRule];
    expect(chooseOwner(subject(text, [1], 'Tilapalvelut'), knowledge(urgent))?.ruleId).toBe(9);
  });

  it('limits a keyword rule with a category to that category and its services', () => {
    const rule: OwnerRule = { id: 1, kind: 'keyword', value: 'penkki', categoryId: 5, ownerId: 70, priority: 0 };
    expect(chooseOwner(subject('Penkki rikki', [8, 5]), knowledge([rule]))?.ownerId).toBe(70);
    expect(chooseOwner(subject('Penkki rikki', [1]), knowledge([rule]))?.ownerId).not.toBe(70);
  });

  it('picks the owner of similar confirmed ideas, naming them and a confidence', () => {
    const choice = chooseOwner(subject('Puistoon lisää penkkejä ja roska-astioita'), knowledge());
    expect(choice).toMatchObject({ ownerId: PARKS, by: 'similarity' });
    expect(choice?.similarIdeaIds).toContain(1);
    expect(choice?.confidence).toBeGreaterThan(0.5);
    expect(choice?.reason.fi).toContain('Lisää penkkejä Väinölänniemen puistoon');
    expect(choice?.reason.en).toMatch(/confidence \d+%/);
    expect(chooseOwner(subject('Pyöräteiden auraus talvella'), knowledge())?.ownerId).toBe(STREETS);
  });

  it('falls back to the category default when nothing is similar, and to nobody without one', () => {
    const choice = chooseOwner(subject('Henkilöstön virkistyspäivä syksyllä'), knowledge());
    expect(choice).toMatchObject({ ownerId: 99, by: 'category_default' });
    expect(choice?.reason.sv).toContain('Stadsmiljö');
    expect(chooseOwner(subject('Henkilöstön virkistyspäivä syksyllä', []), knowledge([], false))).toBeNull();
  });

  it('leaves one evidence idea out when asked (leave-one-out evaluation)', () => {
    const k = knowledge();
    const text = 'Kirjastokortti mobiiliin\nKirjastokortti puhelimeen sovelluksena.';
    expect(chooseOwner(subject(text, [2]), k)?.similarIdeaIds).toEqual([7]);
    expect(chooseOwner(subject(text, [2]), k, undefined, 7)?.by).toBe('category_default');
  });

  it('answers for empty, emoji-only and very long text without throwing', () => {
    for (const text of ['', '🙂🙂', 'puisto '.repeat(2000)]) {
      expect(() => chooseOwner(subject(text), knowledge())).not.toThrow();
    }
  });
});
