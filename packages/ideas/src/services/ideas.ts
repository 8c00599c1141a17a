// Idea rules: submit, read, edit, delete, list with search and filters, similar ideas.
import {
  type CreateIdea,
  HttpError,
  type Idea,
  type IdeaDetail,
  type IdeaList,
  type ListIdeasQuery,
  type SimilarIdeas,
  type UpdateIdea,
} from '@pulputtamo/shared';
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { IdeasDeps } from '../app.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import { findCategory } from '../db/categories.ts';
import { buildFtsQuery, buildSimilarMatch, stemTerms, type TypedWord } from '../db/fts-query.ts';
import {
  countPrefixDocs,
  countTermDocs,
  estimateIdeaCount,
  findDuplicatesOf,
  findIdea,
  type IdeaRow,
  type IdeaViewRow,
  insertIdea,
  listIdeaViews,
  replaceTags,
  searchSimilarIdeas,
  selectIdeaViews,
  updateIdeaRow,
} from '../db/ideas.ts';
import { queryWords } from '../db/index-stems.ts';
import { listStatusHistory } from '../db/status-history.ts';
import { subscribe } from '../db/subscriptions.ts';
import { inTransaction } from '../db/transaction.ts';
import { assignOwnerOnSubmit } from './assign-owner.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { fieldError } from './field-error.ts';
import { toIdeaJson, toIso } from './idea-view.ts';
import { removeEvidence } from './owner-index.ts';
import { assertCanEditIdea, isStaffModerator } from './permissions.ts';
import { trendingScore } from './trending-score.ts';

export type Deps = Pick<IdeasDeps, 'db' | 'clock' | 'config' | 'ownerIndex' | 'logger'>;

/** The idea's row, or a 404 problem. */
export function requireIdea(deps: Pick<Deps, 'db'>, id: number): IdeaRow {
  const idea = findIdea(deps.db, id);
  if (!idea) throw new HttpError(404, `There is no idea ${id}.`, { code: 'idea-not-found' });
  return idea;
}

function assertCategory(deps: Pick<Deps, 'db'>, categoryId: number | null | undefined): void {
  if (categoryId != null && !findCategory(deps.db, categoryId)) {
    throw fieldError('categoryId', `There is no category ${categoryId}; see GET /api/categories.`);
  }
}

/** One idea as the viewer sees it. */
export function getIdea(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, id: number): Idea {
  const [row] = selectIdeaViews(deps.db, [id], viewer?.id ?? null);
  if (!row) throw new HttpError(404, `There is no idea ${id}.`, { code: 'idea-not-found' });
  return toIdeaJson(row, viewer);
}

const MAX_RENDERED_RESPONSES = 5000;
const renderedResponses = new Map<string, string>();

/**
 * A status response as sanitised HTML. Responses are stored as markdown and every detail read
 * shows them, so the rendering (a DOM sanitiser, the slowest step of a read) is memoised, oldest
 * entry out first.
 */
function renderResponse(markdown: string): string {
  const cached = renderedResponses.get(markdown);
  if (cached !== undefined) return cached;
  const html = renderMarkdown(markdown);
  if (renderedResponses.size >= MAX_RENDERED_RESPONSES) {
    const oldest = renderedResponses.keys().next();
    if (!oldest.done) renderedResponses.delete(oldest.value);
  }
  renderedResponses.set(markdown, html);
  return html;
}

/** One idea with its status history and duplicate links. */
export function getIdeaDetail(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, id: number): IdeaDetail {
  const idea = getIdea(deps, viewer, id);
  return { ...idea, ...getDetailExtras(deps, id, idea.mergedIntoId) };
}

/** What a detail read adds to the idea: its status history and its duplicate links. */
export function getDetailExtras(
  deps: Pick<Deps, 'db'>,
  id: number,
  mergedIntoId: number | null,
): Pick<IdeaDetail, 'history' | 'mergedInto' | 'duplicates'> {
  const mergedInto = mergedIntoId !== null ? findIdea(deps.db, mergedIntoId) : undefined;
  return {
    history: listStatusHistory(deps.db, id).map((h) => ({
      id: h.id,
      from: h.fromStatus,
      to: h.toStatus,
      response: h.response,
      responseHtml: h.response ? renderResponse(h.response) : null,
      changedBy: h.changedBy !== null ? { id: h.changedBy, displayName: h.changedByName ?? '' } : null,
      mergedIntoId: h.mergedIntoId,
      at: toIso(h.createdAt),
    })),
    mergedInto: mergedInto ? { id: mergedInto.id, title: mergedInto.title } : null,
    duplicates: findDuplicatesOf(deps.db, id),
  };
}

/** Saves a new idea, lets the owner bot pick its owner and queues the notifications, atomically. */
export function submitIdea(deps: Deps, user: CurrentUser, input: CreateIdea): Idea {
  assertCategory(deps, input.categoryId);
  const now = deps.clock();
  const afterCommit = inTransaction(deps.db, () => {
    const id = insertIdea(deps.db, {
      title: input.title,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      tags: input.tags ?? [],
      categoryId: input.categoryId ?? null,
      authorId: user.id,
      anonymous: input.anonymous ?? false,
      trendingScore: trendingScore(0, now),
      now,
    });
    subscribe(deps.db, user.id, id, now);
    return { id, onCommit: assignOwnerOnSubmit(deps, user, id) };
  });
  afterCommit.onCommit();
  return getIdea(deps, user, afterCommit.id);
}

/** Edits title, body, category or tags (author, moderator or admin). */
export function editIdea(deps: Deps, user: CurrentUser, id: number, input: UpdateIdea): Idea {
  const idea = requireIdea(deps, id);
  assertCanEditIdea(user, idea);
  assertCategory(deps, input.categoryId);
  const now = deps.clock();
  inTransaction(deps.db, () => {
    const db = deps.db;
    const set: Partial<IdeaRow> = { updatedAt: now };
    if (input.title !== undefined) set.title = input.title;
    if (input.body !== undefined) {
      set.body = input.body;
      set.bodyHtml = renderMarkdown(input.body);
    }
    if (input.categoryId !== undefined) set.categoryId = input.categoryId;
    updateIdeaRow(db, id, set);
    if (input.tags !== undefined) replaceTags(db, id, input.tags);
    if (idea.authorId !== user.id) {
      insertAudit(db, { actorId: user.id, action: 'idea.edit', targetType: 'idea', targetId: id, detail: input, now });
    }
  });
  return getIdea(deps, user, id);
}

/** Deletes an idea (author, moderator or admin); the row stays for the audit trail but is never shown. */
export function deleteIdea(deps: Deps, user: CurrentUser, id: number): void {
  const idea = requireIdea(deps, id);
  assertCanEditIdea(user, idea);
  const now = deps.clock();
  inTransaction(deps.db, () => {
    const db = deps.db;
    updateIdeaRow(db, id, { deletedAt: now, updatedAt: now });
    if (idea.authorId !== user.id || isStaffModerator(user)) {
      insertAudit(db, { actorId: user.id, action: 'idea.delete', targetType: 'idea', targetId: id, now });
    }
  });
  removeEvidence(deps, id);
}

/** One page of ideas; `nextCursor` continues after the last item even while new ideas arrive. */
export function listIdeas(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, query: ListIdeasQuery): IdeaList {
  const page = listIdeaPage(deps, viewer?.id ?? null, query);
  return { items: page.rows.map((row) => toIdeaJson(row, viewer)), nextCursor: page.nextCursor };
}

/** The rows of one page of ideas (with `viewerId`'s flags) and the cursor of the next page. */
export function listIdeaPage(
  deps: Pick<Deps, 'db'>,
  viewerId: number | null,
  query: ListIdeasQuery,
): { rows: IdeaViewRow[]; nextCursor: string | null } {
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  const match = query.q ? buildFtsQuery(query.q, 'all') : undefined;
  if (query.q && !match) return { rows: [], nextCursor: null };
  const rows = listIdeaViews(
    deps.db,
    {
      sort: query.sort,
      status: query.status,
      categoryId: query.category,
      tag: query.tag,
      match,
      after,
      limit: query.limit + 1,
    },
    viewerId,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(query.sort, last.key, last.id) : null,
  };
}

const MAX_SIMILAR_WORDS = 6;
/** The matched words together occur in at most this many ideas: bm25 ranking costs time per matching idea. */
const SIMILAR_DOC_BUDGET = 2000;
/** A word still being typed needs this many letters before it narrows anything down. */
const MIN_TYPING_LENGTH = 3;
const MAX_CACHED_FREQUENCIES = 20_000;
const frequencyCaches = new WeakMap<Deps['db'], { ideaCount: number; counts: Map<string, number> }>();

/**
 * How many ideas a typed word matches, estimated from the fts5vocab table. Counting reads the
 * word's doclists, so counts are memoised per database until it grows by a tenth; they only
 * steer which words to match.
 */
function documentFrequency(deps: Pick<Deps, 'db'>, ideaCount: number, { word, typing }: TypedWord): number {
  let cache = frequencyCaches.get(deps.db);
  if (!cache || ideaCount > cache.ideaCount * 1.1 || cache.counts.size >= MAX_CACHED_FREQUENCIES) {
    cache = { ideaCount, counts: new Map() };
    frequencyCaches.set(deps.db, cache);
  }
  const key = `${typing ? 'prefix' : 'stems'}:${word}`;
  let df = cache.counts.get(key);
  if (df === undefined) {
    df = typing
      ? countPrefixDocs(deps.db, word)
      : stemTerms(word).reduce((sum, term) => sum + countTermDocs(deps.db, term), 0);
    cache.counts.set(key, df);
  }
  return df;
}

/** The words of `text`, the last one marked as still being typed unless the text ends in punctuation. */
function typedWords(text: string): TypedWord[] {
  const tail = /[\p{L}\p{N}]+$/u.exec(text);
  const typing = tail ? queryWords(tail[0])[0] : undefined;
  return queryWords(text)
    .map((word) => ({ word, typing: word === typing }))
    .filter((w) => !w.typing || w.word.length >= MIN_TYPING_LENGTH);
}

/**
 * The words of `text` worth matching on, rarest first: each in at most a tenth of all ideas
 * (data-driven stop words), together in at most SIMILAR_DOC_BUDGET ideas, at most six. Keeps
 * similar-idea search fast on a large platform and its ranking meaningful.
 */
function distinctiveWords(deps: Pick<Deps, 'db'>, text: string): TypedWord[] {
  const ideaCount = estimateIdeaCount(deps.db);
  const limit = Math.max(50, ideaCount / 10);
  const ranked = typedWords(text)
    .map((w) => ({ w, df: documentFrequency(deps, ideaCount, w) }))
    .filter((r) => r.df > 0 && r.df <= limit)
    .sort((a, b) => a.df - b.df);
  const chosen: TypedWord[] = [];
  let docs = 0;
  for (const r of ranked) {
    if (chosen.length === MAX_SIMILAR_WORDS || docs + r.df > SIMILAR_DOC_BUDGET) break;
    chosen.push(r.w);
    docs += r.df;
  }
  return chosen;
}

/** Ideas that look like `text`, for suggesting a thumbs-up instead of a duplicate. */
export function findSimilarIdeas(deps: Pick<Deps, 'db'>, text: string, limit: number): SimilarIdeas {
  const match = buildSimilarMatch(distinctiveWords(deps, text));
  if (!match) return { items: [] };
  return {
    items: searchSimilarIdeas(deps.db, match, limit).map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      voteCount: r.vote_count,
    })),
  };
}
