// The two busiest reads (a page of ideas, one idea) served as ready JSON text. Rendering an idea
// (five joins, the owner bot's reason, dates, JSON) costs many times the HTTP around it, and
// between two writes to the database it renders the same for everyone except for the viewer's
// own flags and an anonymous idea's author. So renderings are kept until the next write, and a
// request adds only what is the viewer's. The object-returning `listIdeas` / `getIdeaDetail` stay
// the reference: tests check that both give the same JSON.
import { HttpError, type ListIdeasQuery } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Db } from '../db/client.ts';
import { databaseGeneration } from '../db/generation.ts';
import { type IdeaViewRow, selectIdeaViews, selectViewerFlags } from '../db/ideas.ts';
import { seesAuthor, toIdeaBase } from './idea-view.ts';
import { type Deps, getDetailExtras, listIdeaPage } from './ideas.ts';

interface RenderedIdea {
  id: number;
  authorId: number | null;
  anonymous: boolean;
  mergedIntoId: number | null;
  /** The idea's JSON without the viewer's flags and without its closing brace. */
  withAuthor: string;
  /** The same with `author: null` (differs only for anonymous ideas). */
  withoutAuthor: string;
}

interface Renderings {
  /** The database generation these were rendered at (see databaseGeneration). */
  generation: string;
  ideas: Map<number, RenderedIdea>;
  /** Listing query (as JSON) → the ids on that page and the next page's cursor. */
  pages: Map<string, { ids: number[]; nextCursor: string | null }>;
  /** Idea id → `"history":…,"mergedInto":…,"duplicates":…` of its detail. */
  details: Map<number, string>;
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
  const open = (showAuthor: boolean) => JSON.stringify(toIdeaBase(row, showAuthor)).slice(0, -1);
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

/** The ideas of `ids` in order, rendering those not cached; deleted ideas are left out. */
function renderedIdeas(db: Db, renderings: Renderings, ids: number[]): RenderedIdea[] {
  const missing = ids.filter((id) => !renderings.ideas.has(id));
  for (const row of selectIdeaViews(db, missing, null)) remember(renderings.ideas, MAX_IDEAS, row.id, render(row));
  return ids.flatMap((id) => renderings.ideas.get(id) ?? []);
}

/** JSON of each idea as `viewer` sees it, in order. */
function forViewer(db: Db, ideas: RenderedIdea[], viewer: CurrentUser | null): string[] {
  const flags = viewer
    ? selectViewerFlags(
        db,
        ideas.map((idea) => idea.id),
        viewer.id,
      )
    : undefined;
  return ideas.map((idea) => {
    const base = seesAuthor(idea.anonymous, idea.authorId, viewer) ? idea.withAuthor : idea.withoutAuthor;
    const voted = flags?.voted.has(idea.id) ?? false;
    const subscribed = flags?.subscribed.has(idea.id) ?? false;
    return `${base},"votedByMe":${voted},"subscribed":${subscribed}}`;
  });
}

/** `listIdeas` as JSON text: `{"items":[…],"nextCursor":…}`. */
export function listIdeasJson(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, query: ListIdeasQuery): string {
  const renderings = currentRenderings(deps.db);
  const key = JSON.stringify(query);
  let page = renderings.pages.get(key);
  if (!page) {
    const { rows, nextCursor } = listIdeaPage(deps, null, query);
    for (const row of rows) {
      if (!renderings.ideas.has(row.id)) remember(renderings.ideas, MAX_IDEAS, row.id, render(row));
    }
    page = { ids: rows.map((row) => row.id), nextCursor };
    remember(renderings.pages, MAX_PAGES, key, page);
  }
  const items = forViewer(deps.db, renderedIdeas(deps.db, renderings, page.ids), viewer);
  return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
}

/** `getIdeaDetail` as JSON text, or a 404 problem. */
export function ideaDetailJson(deps: Pick<Deps, 'db'>, viewer: CurrentUser | null, id: number): string {
  const renderings = currentRenderings(deps.db);
  const [idea] = renderedIdeas(deps.db, renderings, [id]);
  if (!idea) throw new HttpError(404, `There is no idea ${id}.`, { code: 'idea-not-found' });
  let extras = renderings.details.get(id);
  if (extras === undefined) {
    extras = JSON.stringify(getDetailExtras(deps, id, idea.mergedIntoId)).slice(1, -1);
    remember(renderings.details, MAX_IDEAS, id, extras);
  }
  const [json = ''] = forViewer(deps.db, [idea], viewer);
  return `${json.slice(0, -1)},${extras}}`;
}
