// The two busiest reads (a page of ideas, one idea) served as ready JSON bytes. Rendering an idea
// (five joins, the owner bot's reason, dates, JSON) costs many times the HTTP around it, and
// between two writes to the database it renders the same for everyone except for the viewer's
// own flags and an anonymous idea's author. So renderings are kept until the next write, and a
// request adds only what is the viewer's. The renderings are kept as UTF-8 bytes: a page of 20
// ideas is ~40 kB, and encoding that string again for every response cost more than the rest of
// the request. The object-returning `listIdeas` / `getIdeaDetail` stay the reference: tests check
// that both give the same JSON.
import { HttpError, type ListIdeasQuery } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Db } from '../db/client.ts';
import { databaseGeneration } from '../db/generation.ts';
import { type IdeaViewRow, selectIdeaViews, selectViewerFlags } from '../db/ideas.ts';
import { seesAuthor, toIdeaBase } from './idea-view.ts';
import { type Deps, getDetailExtras, listIdeaPage } from './ideas.ts';

/** UTF-8 bytes of JSON text. */
type Bytes = Buffer<ArrayBuffer>;

interface RenderedIdea {
  id: number;
  authorId: number | null;
  anonymous: boolean;
  mergedIntoId: number | null;
  /** The idea's JSON without the viewer's flags and without its closing brace (UTF-8). */
  withAuthor: Bytes;
  /** The same with `author: null` (differs only for anonymous ideas). */
  withoutAuthor: Bytes;
}

interface Renderings {
  /** The database generation these were rendered at (see databaseGeneration). */
  generation: string;
  ideas: Map<number, RenderedIdea>;
  /** Listing query (as JSON) → the ids on that page and the end of the JSON, with the next page's cursor. */
  pages: Map<string, { ids: number[]; end: Bytes }>;
  /** Idea id → `,"history":…,"mergedInto":…,"duplicates":…` of its detail (UTF-8). */
  details: Map<number, Bytes>;
}

/** Bounds on memory: past these, the cache starts over (it refills from the next reads). */
const MAX_IDEAS = 20_000;
const MAX_PAGES = 2_000;

const cache = new WeakMap<Db, Renderings>();

/** The renderings still valid now: empty after any write since they were made. */
function currentRenderings(db: Db): Renderings {
  const generation = databaseGeneration(db);
  let renderings = cache.get(db);
  if (!renderings || renderings.generation !== generation) {
    renderings = { generation, ideas: new Map(), pages: new Map(), details: new Map() };
    cache.set(db, renderings);
  }
  return renderings;
}

function remember<K, V>(map: Map<K, V>, max: number, key: K, value: V): void {
  if (map.size >= max) map.clear();
  map.set(key, value);
}

function render(row: IdeaViewRow): RenderedIdea {
  const open = (showAuthor: boolean) => Buffer.from(JSON.stringify(toIdeaBase(row, showAuthor)).slice(0, -1));
  const withAuthor = open(true);
  const anonymous = row.anonymous === 1;
  return {
    id: row.id,
    authorId: row.author_id,
    anonymous,
    mergedIntoId: row.merged_into_id,
    withAuthor,
    withoutAuthor: anonymous ? open(false) : withAuthor,
  };
}

/** Renders and keeps the rows not kept yet. */
function keep(renderings: Renderings, rows: IdeaViewRow[]): void {
  for (const row of rows) {
    if (!renderings.ideas.has(row.id)) remember(renderings.ideas, MAX_IDEAS, row.id, render(row));
  }
}

/** The ideas of `ids` in order, rendering those not kept; deleted ideas are left out. */
function renderedIdeas(db: Db, renderings: Renderings, ids: number[]): RenderedIdea[] {
  const missing = ids.filter((id) => !renderings.ideas.has(id));
  if (missing.length > 0) keep(renderings, selectIdeaViews(db, missing, null));
  return ids.flatMap((id) => renderings.ideas.get(id) ?? []);
}

const bytes = (text: string) => Buffer.from(text);
/** `,"votedByMe":…,"subscribed":…` for each combination, indexed by voted * 2 + subscribed. */
const FLAGS = [0, 1, 2, 3].map((i) => bytes(`,"votedByMe":${i >= 2},"subscribed":${i % 2 === 1}`));
const COMMA = bytes(',');
const CLOSE = bytes('}');
const LIST_START = bytes('{"items":[');

/** Appends each idea as `viewer` sees it to `parts`, comma-separated, each closed with `}`. */
function appendForViewer(parts: Bytes[], db: Db, ideas: RenderedIdea[], viewer: CurrentUser | null): void {
  const ids = ideas.map((idea) => idea.id);
  const flags = viewer ? selectViewerFlags(db, ids, viewer.id) : undefined;
  ideas.forEach((idea, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(seesAuthor(idea.anonymous, idea.authorId, viewer) ? idea.withAuthor : idea.withoutAuthor);
    const voted = flags?.voted.has(idea.id) ? 2 : 0;
    const subscribed = flags?.subscribed.has(idea.id) ? 1 : 0;
    parts.push(FLAGS[voted + subscribed] as Bytes, CLOSE);
  });
}

/** `listIdeas` as JSON bytes: `{"items":[…],"nextCursor":…}`. */
export function listIdeasJson(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, query: ListIdeasQuery): Bytes {
  const renderings = currentRenderings(deps.db);
  const key = JSON.stringify(query);
  let page = renderings.pages.get(key);
  if (!page) {
    const { rows, nextCursor } = listIdeaPage(deps, null, query);
    keep(renderings, rows);
    page = { ids: rows.map((row) => row.id), end: bytes(`],"nextCursor":${JSON.stringify(nextCursor)}}`) };
    remember(renderings.pages, MAX_PAGES, key, page);
  }
  const parts = [LIST_START];
  appendForViewer(parts, deps.db, renderedIdeas(deps.db, renderings, page.ids), viewer);
  parts.push(page.end);
  return Buffer.concat(parts);
}

/** `getIdeaDetail` as JSON bytes, or a 404 problem. */
export function ideaDetailJson(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, id: number): Bytes {
  const renderings = currentRenderings(deps.db);
  const [idea] = renderedIdeas(deps.db, renderings, [id]);
  if (!idea) throw new HttpError(404, `There is no idea ${id}.`, { code: 'idea-not-found' });
  let extras = renderings.details.get(id);
  if (extras === undefined) {
    extras = bytes(`,${JSON.stringify(getDetailExtras(deps, id, idea.mergedIntoId)).slice(1, -1)}}`);
    remember(renderings.details, MAX_IDEAS, id, extras);
  }
  const parts: Bytes[] = [];
  appendForViewer(parts, deps.db, [idea], viewer);
  // The idea's closing brace gives way to the detail's fields, which close the object.
  parts[parts.length - 1] = extras;
  return Buffer.concat(parts);
}
