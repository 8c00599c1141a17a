// `pnpm bench:owner`: how often the owner bot picks the right owner for new ideas, measured on a
// hand-labelled set of Finnish ideas (bench/owner-dataset). History ideas are the confirmed
// evidence; the similarity step's settings are chosen by leave-one-out on history only; test
// ideas are classified once with the chosen settings and reported.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseOwner,
  DEFAULT_SIMILARITY,
  type OwnerEvidence,
  type OwnerKnowledge,
  type SimilarityOptions,
} from '../src/owner-bot/choose-owner.ts';
import { createSimilarityIndex, indexDocument } from '../src/owner-bot/similarity-index.ts';

interface Area {
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  defaultOwner: string;
}
interface Owner {
  key: string;
  area: string;
}
interface LabelledIdea {
  id: string;
  split: 'history' | 'test';
  title: string;
  body: string;
  area: string | null;
  authorOrgUnit: string | null;
  owner: string;
}

const dataDir = join(import.meta.dirname, 'owner-dataset');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

const areas = readJson<Area[]>('areas.json');
const owners = readJson<Owner[]>('owners.json');
const ideas = readdirSync(dataDir)
  .filter((f) => /^ideas-.*\.json$/.test(f))
  .sort()
  .flatMap((f) => readJson<LabelledIdea[]>(f));

const areaId = new Map(areas.map((a, i) => [a.slug, i + 1]));
const ownerId = new Map(owners.map((o, i) => [o.key, i + 1]));
const idOf = (map: Map<string, number>, key: string, what: string): number => {
  const id = map.get(key);
  if (id === undefined) throw new Error(`owner-dataset: unknown ${what} "${key}"`);
  return id;
};

const history = ideas.filter((i) => i.split === 'history');
const test = ideas.filter((i) => i.split === 'test');
const numericId = new Map(ideas.map((idea, i) => [idea.id, i + 1]));

const evidence = new Map<number, OwnerEvidence>();
const index = createSimilarityIndex();
for (const idea of history) {
  const id = idOf(numericId, idea.id, 'idea');
  evidence.set(id, {
    ideaId: id,
    ownerId: idOf(ownerId, idea.owner, 'owner'),
    title: idea.title,
    body: idea.body,
    categoryId: idea.area ? idOf(areaId, idea.area, 'area') : null,
  });
  indexDocument(index, id, `${idea.title}\n${idea.body}`);
}

function knowledgeFor(idea: LabelledIdea): OwnerKnowledge {
  const area = idea.area ? areas.find((a) => a.slug === idea.area) : undefined;
  return {
    rules: [],
    index,
    evidence,
    categoryDefault: area
      ? {
          ownerId: idOf(ownerId, area.defaultOwner, 'owner'),
          categoryName: { fi: area.nameFi, sv: area.nameSv, en: area.nameEn },
        }
      : null,
  };
}

interface Score {
  correct: number;
  total: number;
  bySource: Record<string, { correct: number; total: number }>;
}

function evaluate(set: LabelledIdea[], options: SimilarityOptions, leaveOneOut: boolean): Score {
  const score: Score = { correct: 0, total: 0, bySource: {} };
  for (const idea of set) {
    const subject = {
      text: `${idea.title}\n${idea.body}`,
      categoryPath: idea.area ? [idOf(areaId, idea.area, 'area')] : [],
      authorOrgUnit: idea.authorOrgUnit,
    };
    const exclude = leaveOneOut ? numericId.get(idea.id) : undefined;
    const choice = chooseOwner(subject, knowledgeFor(idea), options, exclude);
    const ok = choice?.ownerId === ownerId.get(idea.owner);
    const source = choice?.by ?? 'none';
    score.bySource[source] ??= { correct: 0, total: 0 };
    const s = score.bySource[source];
    s.total++;
    score.total++;
    if (ok) {
      s.correct++;
      score.correct++;
    }
  }
  return score;
}

/** Category default only: what the platform did before the similarity step. */
function defaultOnly(set: LabelledIdea[]): number {
  const right = set.filter((i) => {
    const area = i.area ? areas.find((a) => a.slug === i.area) : undefined;
    return area?.defaultOwner === i.owner;
  });
  return right.length / set.length;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

// Leave-one-out on history: the grid the defaults were chosen from.
const grid: SimilarityOptions[] = [];
for (const categoryBoost of [0, 1, 2, 4])
  for (const minSimilarity of [0.02, 0.05, 0.1])
    for (const minConfidence of [0.34, 0.4, 0.5, 0.6]) grid.push({ categoryBoost, minSimilarity, minConfidence });
const tuned = grid
  .map((options) => ({ options, score: evaluate(history, options, true) }))
  .sort((a, b) => b.score.correct - a.score.correct)[0];

const started = performance.now();
const result = evaluate(test, DEFAULT_SIMILARITY, false);
const msPerIdea = (performance.now() - started) / test.length;

console.log(
  `owner-dataset: ${areas.length} areas, ${owners.length} owners, ${history.length} history + ${test.length} test ideas`,
);
console.log(
  `leave-one-out on history, best of ${grid.length} settings: ${pct((tuned?.score.correct ?? 0) / history.length)} with ${JSON.stringify(tuned?.options)}`,
);
console.log(
  `leave-one-out on history, shipped defaults: ${pct(evaluate(history, DEFAULT_SIMILARITY, true).correct / history.length)} with ${JSON.stringify(DEFAULT_SIMILARITY)}`,
);
console.log('');
console.log('| test set (shipped defaults) | share right | ideas |');
console.log('|---|---:|---:|');
console.log(`| owner bot (similarity → category default) | ${pct(result.correct / result.total)} | ${result.total} |`);
for (const [source, s] of Object.entries(result.bySource).sort()) {
  console.log(`| … decided by ${source} | ${pct(s.correct / s.total)} | ${s.total} |`);
}
console.log(`| baseline: category default only | ${pct(defaultOnly(test))} | ${test.length} |`);
console.log(`\n${msPerIdea.toFixed(2)} ms per idea`);

const out = join(import.meta.dirname, '..', 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'owner-bot.json'),
  `${JSON.stringify(
    {
      history: history.length,
      test: test.length,
      accuracy: result.correct / result.total,
      bySource: result.bySource,
      baselineCategoryDefault: defaultOnly(test),
      options: DEFAULT_SIMILARITY,
      msPerIdea,
    },
    null,
    2,
  )}\n`,
);
