// Fills an ideas database with a large, realistic platform for the HTTP benchmark: users, ideas
// in every status, skewed votes and comments, with every stored count consistent with the rows.
import type { Db } from '../../src/db/client.ts';
import { SEED_CATEGORIES } from '../../src/db/seed-data.ts';
import { trendingScore } from '../../src/services/trending-score.ts';
import { createTextGenerator } from './finnish-text.ts';
import { createRandom, createZipf, type Random } from './random.ts';

export interface BenchDataParams {
  ideas: number;
  votes: number;
  comments: number;
  users: number;
  seed: number;
  /** Epoch ms of the newest idea; older ideas spread over the two years before it. */
  now: number;
}

export interface BenchDataSummary {
  ideas: number;
  votes: number;
  comments: number;
  users: number;
}

/** Users 2..OWNER_POOL+1 own ideas; user 1 is the admin. */
const OWNER_POOL = 60;
const MODERATORS = 4;
const TWO_YEARS_MS = 2 * 365 * 86_400_000;
const HOUR_MS = 3_600_000;
const BATCH = 2000;
const TAGS = ['paperiton', 'saavutettavuus', 'ilmasto', 'turvallisuus', 'digi', 'säästö', 'hyvinvointi', 'liikenne'];

type Status = 'new' | 'under_review' | 'planned' | 'in_progress' | 'implemented' | 'declined' | 'duplicate';
const STATUS_SHARES: [Status, number][] = [
  ['new', 0.58],
  ['under_review', 0.15],
  ['planned', 0.07],
  ['in_progress', 0.05],
  ['implemented', 0.07],
  ['declined', 0.06],
  ['duplicate', 0.02],
];

function pickStatus(random: Random): Status {
  let x = random.next();
  for (const [status, share] of STATUS_SHARES) {
    x -= share;
    if (x < 0) return status;
  }
  return 'new';
}

/**
 * Splits `total` into integer parts proportional to `weights`, none above `cap`; parts of
 * weight 0 stay 0. The parts sum to `total` (throws when the caps make that impossible).
 */
export function allocate(total: number, weights: Float64Array, cap: number, random: Random): Int32Array {
  const parts = new Int32Array(weights.length);
  let left = total;
  for (let round = 0; round < 20 && left > 0; round++) {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) if (parts[i]! < cap) sum += weights[i]!;
    if (sum === 0) break;
    let given = 0;
    for (let i = 0; i < weights.length; i++) {
      if (parts[i]! >= cap || weights[i] === 0) continue;
      const add = Math.min(cap - parts[i]!, Math.floor((left * weights[i]!) / sum));
      parts[i]! += add;
      given += add;
    }
    left -= given;
    if (given === 0) break;
  }
  const open: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0 && parts[i]! < cap) open.push(i);
  while (left > 0) {
    if (open.length === 0) throw new Error(`cannot place ${left} more within the cap of ${cap}`);
    const slot = random.int(open.length);
    const i = open[slot]!;
    parts[i]! += 1;
    left -= 1;
    if (parts[i]! >= cap) {
      open[slot] = open[open.length - 1]!;
      open.pop();
    }
  }
  return parts;
}

/** `k` distinct user ids from 1..users, never `exclude`; active (low-id) people are picked more often. */
function pickDistinctUsers(
  k: number,
  users: number,
  exclude: number | null,
  random: Random,
  seen: Uint8Array,
): number[] {
  const picked: number[] = [];
  const take = (id: number) => {
    if (id === exclude || seen[id] === 1) return;
    seen[id] = 1;
    picked.push(id);
  };
  // Skewed draws first (density falls with the id); fill up uniformly if the skew runs dry.
  for (let tries = 0; picked.length < k && tries < k * 4; tries++) take(1 + Math.floor(users * random.next() ** 1.6));
  if (picked.length < k) {
    const rest: number[] = [];
    for (let id = 1; id <= users; id++) if (id !== exclude && seen[id] !== 1) rest.push(id);
    for (let i = 0; picked.length < k; i++) {
      const j = i + random.int(rest.length - i);
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
      take(rest[i]!);
    }
  }
  for (const id of picked) seen[id] = 0;
  return picked;
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** What renderMarkdown gives for plain paragraphs, without the cost of a DOM sanitiser per row. */
export function paragraphsHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>\n`)
    .join('');
}

/**
 * Writes the benchmark platform into `db` (fresh, migrated, opened with openDb so the full-text
 * triggers work). Ideas get vote_count, comment_count and trending_score from the rows written.
 */
export function generateBenchData(
  db: Db,
  params: BenchDataParams,
  progress: (done: number, total: number) => void = () => {},
): BenchDataSummary {
  const sqlite = db.$client;
  const random = createRandom(params.seed);
  const text = createTextGenerator(random);
  const { users, ideas: ideaCount, now } = params;
  if (users < OWNER_POOL + MODERATORS + 2) throw new Error(`need at least ${OWNER_POOL + MODERATORS + 2} users`);

  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const insertUser = sqlite.prepare(
    `INSERT INTO users (id, subject, issuer, display_name, email, org_unit, role, created_at)
     VALUES (?, ?, 'dev', ?, ?, ?, ?, ?)`,
  );
  const insertCategory = sqlite.prepare(
    `INSERT INTO categories (id, slug, name_fi, name_sv, name_en, default_owner_id, admin_id, parent_id, position)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertIdea = sqlite.prepare(
    `INSERT INTO ideas (id, title, body, body_html, tags, category_id, author_id, anonymous, status, owner_id,
       merged_into_id, vote_count, comment_count, trending_score, first_owner_response_at, last_owner_response_at,
       answered_at, deleted_at, created_at, updated_at)
     VALUES (@id, @title, @body, @bodyHtml, @tags, @categoryId, @authorId, @anonymous, @status, @ownerId,
       @mergedIntoId, @voteCount, @commentCount, @trendingScore, @firstResponse, @lastResponse,
       @answeredAt, @deletedAt, @createdAt, @updatedAt)`,
  );
  const insertTag = sqlite.prepare('INSERT INTO idea_tags (idea_id, tag) VALUES (?, ?)');
  const insertAssignment = sqlite.prepare(
    `INSERT INTO assignments (idea_id, owner_id, assigned_by, reason_json, confidence, confirmed, created_at)
     VALUES (?, ?, 'bot', ?, ?, ?, ?)`,
  );
  const insertHistory = sqlite.prepare(
    `INSERT INTO status_history (idea_id, changed_by, from_status, to_status, response, merged_into_id, created_at)
     VALUES (?, ?, 'new', ?, ?, ?, ?)`,
  );
  const insertVote = sqlite.prepare('INSERT INTO votes (user_id, idea_id, created_at) VALUES (?, ?, ?)');
  const insertComment = sqlite.prepare(
    `INSERT INTO comments (idea_id, author_id, kind, body, body_html, created_at, deleted_at)
     VALUES (?, ?, 'user', ?, ?, ?, ?)`,
  );
  const subscribe = sqlite.prepare(
    'INSERT OR IGNORE INTO subscriptions (user_id, idea_id, created_at) VALUES (?, ?, ?)',
  );

  const start = now - TWO_YEARS_MS;
  sqlite.transaction(() => {
    for (let id = 1; id <= users; id++) {
      const role = id === 1 ? 'admin' : id <= MODERATORS + 1 ? 'moderator' : 'staff';
      insertUser.run(
        id,
        `bench-${id}`,
        text.displayName(),
        `bench-${id}@bench.kuopio.invalid`,
        text.orgUnit(),
        role,
        start,
      );
    }
    SEED_CATEGORIES.forEach((c, position) => {
      const parent = c.parent ? SEED_CATEGORIES.findIndex((p) => p.slug === c.parent) + 1 : null;
      insertCategory.run(position + 1, c.slug, c.fi, c.sv, c.en, 2 + (position % OWNER_POOL), parent, position);
    });
  })();
  const leafCategories = SEED_CATEGORIES.flatMap((c, i) => (c.parent ? [i + 1] : []));
  const categoryRank = createZipf(leafCategories.length, 0.8, random);

  // Decide statuses and authors first: votes go only to ideas that can take them.
  const status: Status[] = [];
  const author = new Int32Array(ideaCount + 1);
  const voteWeight = new Float64Array(ideaCount);
  for (let i = 0; i < ideaCount; i++) {
    const s = i === 0 ? 'new' : pickStatus(random);
    status.push(s);
    author[i + 1] = 1 + Math.floor(users * random.next() ** 1.4);
    // Pareto-distributed popularity: most ideas get a few votes, a few get thousands.
    voteWeight[i] = s === 'duplicate' ? 0 : (1 - random.next()) ** -0.9 - 0.5;
  }
  const voteCounts = allocate(params.votes, voteWeight, users - 1, random);
  const commentWeight = new Float64Array(ideaCount);
  for (let i = 0; i < ideaCount; i++) commentWeight[i] = (voteCounts[i]! + 1) * (0.3 + random.next());
  const commentCounts = allocate(params.comments, commentWeight, Number.POSITIVE_INFINITY, random);

  const seen = new Uint8Array(users + 1);
  let votesWritten = 0;
  let commentsWritten = 0;
  const writeIdea = (i: number) => {
    const id = i + 1;
    const s = status[i]!;
    const createdAt = Math.round(start + (TWO_YEARS_MS * i) / ideaCount);
    const age = now - createdAt;
    const authorId = author[id]!;
    const ownerId = 2 + random.int(OWNER_POOL);
    const answered = s === 'implemented' || s === 'declined' || s === 'duplicate';
    const responseAt = s === 'new' ? null : createdAt + Math.round(random.next() * Math.min(age, 20 * 86_400_000));
    const commentRows = Array.from({ length: commentCounts[i]! }, () => ({
      authorId: 1 + Math.floor(users * random.next() ** 1.3),
      body: text.comment(),
      at: createdAt + Math.round(random.next() * age),
      deleted: random.next() < 0.01,
    }));
    const tags = random.next() < 0.15 ? [...new Set([random.pick(TAGS), random.pick(TAGS)])] : [];
    const body = text.body();
    const votes = voteCounts[i]!;
    let mergedIntoId: number | null = null;
    while (s === 'duplicate' && mergedIntoId === null) {
      const target = random.int(i);
      if (status[target] !== 'duplicate') mergedIntoId = target + 1;
    }
    insertIdea.run({
      id,
      title: text.title(),
      body,
      bodyHtml: paragraphsHtml(body),
      tags: JSON.stringify(tags),
      categoryId: random.next() < 0.9 ? leafCategories[categoryRank()]! : null,
      authorId,
      anonymous: random.next() < 0.05 ? 1 : 0,
      status: s,
      ownerId,
      mergedIntoId,
      voteCount: votes,
      commentCount: commentRows.filter((c) => !c.deleted).length,
      trendingScore: trendingScore(votes, createdAt),
      firstResponse: responseAt,
      lastResponse: responseAt,
      answeredAt: answered ? responseAt : null,
      deletedAt: random.next() < 0.003 ? createdAt + HOUR_MS : null,
      createdAt,
      updatedAt: responseAt ?? createdAt,
    });
    for (const tag of tags) insertTag.run(id, tag);
    const reason = { fi: 'Luokan oletusvastuuhenkilö.', sv: 'Kategorins standardansvariga.', en: 'Category default.' };
    insertAssignment.run(id, ownerId, JSON.stringify(reason), 0.5, responseAt !== null ? 1 : 0, createdAt);
    if (responseAt !== null) {
      const response = answered ? text.comment() : null;
      insertHistory.run(id, ownerId, s, response, mergedIntoId, responseAt);
    }
    subscribe.run(authorId, id, createdAt);
    for (const voter of pickDistinctUsers(votes, users, authorId, random, seen)) {
      insertVote.run(voter, id, createdAt + Math.round(random.next() * age));
    }
    votesWritten += votes;
    commentRows.sort((a, b) => a.at - b.at);
    for (const c of commentRows) {
      insertComment.run(id, c.authorId, c.body, paragraphsHtml(c.body), c.at, c.deleted ? c.at + HOUR_MS : null);
      subscribe.run(c.authorId, id, c.at);
    }
    commentsWritten += commentRows.length;
  };
  for (let from = 0; from < ideaCount; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(from + BATCH, ideaCount); i++) writeIdea(i);
    })();
    progress(Math.min(from + BATCH, ideaCount), ideaCount);
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { ideas: ideaCount, votes: votesWritten, comments: commentsWritten, users };
}
