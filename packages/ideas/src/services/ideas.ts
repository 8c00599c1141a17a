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
import { buildFtsMatch, buildFtsQuery } from '../db/fts-query.ts';
import {
  countPrefixDocs,
  estimateIdeaCount,
  findDuplicatesOf,
  findIdea,
  type IdeaRow,
  insertIdea,
  listIdeaKeys,
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

/** One idea with its status history and duplicate links. */
export function getIdeaDetail(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, id: number): IdeaDetail {
  const idea = getIdea(deps, viewer, id);
  const mergedInto = idea.mergedIntoId !== null ? findIdea(deps.db, idea.mergedIntoId) : undefined;
  return {
    ...idea,
    history: listStatusHistory(deps.db, id).map((h) => ({
      id: h.id,
      from: h.fromStatus,
      to: h.toStatus,
      response: h.response,
      responseHtml: h.response ? renderMarkdown(h.response) : null,
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
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  const match = query.q ? buildFtsQuery(query.q, 'all') : undefined;
  if (query.q && !match) return { items: [], nextCursor: null };
  const keys = listIdeaKeys(deps.db, {
    sort: query.sort,
    status: query.status,
    categoryId: query.category,
    tag: query.tag,
    match,
    after,
    limit: query.limit + 1,
  });
  const page = keys.slice(0, query.limit);
  const last = page.at(-1);
  const items = selectIdeaViews(
    deps.db,
    page.map((k) => k.id),
    viewer?.id ?? null,
  ).map((row) => toIdeaJson(row, viewer));
  return {
    items,
    nextCursor: keys.length > query.limit && last ? encodeCursor(query.sort, last.key, last.id) : null,
  };
}

const MAX_SIMILAR_WORDS = 6;

/**
 * The words of `text` worth matching on: those in at most a tenth of all ideas (data-driven stop
 * words), rarest first, at most six. Keeps similar-idea search fast and its ranking meaningful.
 */
function distinctiveWords(deps: Pick<Deps, 'db'>, text: string): string[] {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const limit = Math.max(50, estimateIdeaCount(deps.db) / 10);
  const ranked = words.map((w) => ({ w, df: countPrefixDocs(deps.db, w) })).sort((a, b) => a.df - b.df);
  const rare = ranked.filter((r) => r.df <= limit);
  return (rare.length > 0 ? rare : ranked.slice(0, 2)).slice(0, MAX_SIMILAR_WORDS).map((r) => r.w);
}

/** Ideas that look like `text`, for suggesting a thumbs-up instead of a duplicate. */
export function findSimilarIdeas(deps: Pick<Deps, 'db'>, text: string, limit: number): SimilarIdeas {
  const match = buildFtsMatch(distinctiveWords(deps, text), 'any');
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
