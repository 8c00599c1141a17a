// The measured endpoints and how each request varies its idea, its signed-in person and its text.
import type { Request as AutocannonRequest } from 'autocannon';

export interface Session {
  userId: number;
  cookie: string;
}

export interface EndpointData {
  /** Ideas anyone can open (not deleted). */
  visibleIds: number[];
  /** Ideas that take votes (not deleted, not merged) with their authors, who may not vote. */
  votable: { id: number; authorId: number }[];
  sessions: Session[];
  comments: string[];
  typedTitles: string[];
}

export interface Target {
  /** Lowest acceptable requests/s as a share of the hello-world route's. */
  minRatio?: number;
  maxP99Ms: number;
}

export interface Endpoint {
  name: string;
  server: 'app' | 'hello';
  /** None for the reference rows that only show where the floor is. */
  target?: Target;
  /** Builds each request; `base` carries autocannon's defaults. */
  request(base: AutocannonRequest): AutocannonRequest;
}

const any = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** hello-world, then the reads, then the writes (so the reads see the generated data unchanged). */
export function createEndpoints(data: EndpointData): Endpoint[] {
  const cookie = () => any(data.sessions).cookie;
  const json = { 'content-type': 'application/json' };
  return [
    {
      name: 'hello-world',
      server: 'hello',
      target: { maxP99Ms: 25 },
      request: (base) => ({ ...base, method: 'GET', path: '/hello' }),
    },
    {
      // A reference without a target: the first page of ideas as list-trending answers it (same
      // bytes, same headers) sent by the hello app with no work at all: the floor of list-trending.
      name: 'floor-page',
      server: 'hello',
      request: (base) => ({ ...base, method: 'GET', path: '/floor/page' }),
    },
    {
      // A reference without a target: the app's own middleware (request id and log line, security
      // headers, CORS, CSRF guard, signed session cookie and its lookup) around a two-field answer.
      name: 'app-health',
      server: 'app',
      request: (base) => ({ ...base, method: 'GET', path: '/health', headers: { cookie: cookie() } }),
    },
    {
      name: 'list-trending',
      server: 'app',
      target: { minRatio: 0.5, maxP99Ms: 25 },
      request: (base) => ({ ...base, method: 'GET', path: '/api/ideas?sort=trending', headers: { cookie: cookie() } }),
    },
    {
      name: 'get-idea',
      server: 'app',
      target: { maxP99Ms: 25 },
      request: (base) => ({
        ...base,
        method: 'GET',
        path: `/api/ideas/${any(data.visibleIds)}`,
        headers: { cookie: cookie() },
      }),
    },
    {
      name: 'similar-ideas',
      server: 'app',
      target: { maxP99Ms: 20 },
      request: (base) => ({
        ...base,
        method: 'GET',
        path: `/api/ideas/similar?text=${encodeURIComponent(any(data.typedTitles))}`,
        headers: { cookie: cookie() },
      }),
    },
    {
      // A reference without a target: one committed SQLite row (WAL, synchronous=NORMAL) and a small
      // JSON answer from the hello app, nothing else: the floor of any write endpoint.
      name: 'floor-write',
      server: 'hello',
      request: (base) => ({ ...base, method: 'PUT', path: '/floor/write', headers: { 'content-length': '0' } }),
    },
    {
      name: 'put-vote',
      server: 'app',
      target: { minRatio: 0.3, maxP99Ms: 25 },
      request: (base) => {
        const idea = any(data.votable);
        let session = any(data.sessions);
        while (session.userId === idea.authorId) session = any(data.sessions);
        // A browser's fetch sends `Content-Length: 0` with a body-less PUT (Fetch standard, HTTP-network fetch).
        const headers = { cookie: session.cookie, 'content-length': '0' };
        return { ...base, method: 'PUT', path: `/api/ideas/${idea.id}/vote`, headers };
      },
    },
    {
      name: 'post-comment',
      server: 'app',
      target: { maxP99Ms: 25 },
      request: (base) => ({
        ...base,
        method: 'POST',
        path: `/api/ideas/${any(data.visibleIds)}/comments`,
        headers: { ...json, cookie: cookie() },
        body: JSON.stringify({ body: any(data.comments) }),
      }),
    },
  ];
}
