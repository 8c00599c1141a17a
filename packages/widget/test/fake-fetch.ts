// A fake `fetch` for component tests: routes `METHOD /path` to handlers and records every call.
import { vi } from 'vitest';

export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Reply = { status?: number; json?: unknown; retryAfter?: number };
type Handler = (call: FakeCall) => Reply | undefined;

export interface FakeServer {
  calls: FakeCall[];
  on(route: string, handler: Handler | Reply): FakeServer;
  /** Calls whose `METHOD /path` equals `route`. */
  callsTo(route: string): FakeCall[];
}

/** Replaces global fetch; unknown routes answer 404 problem+json, `fail()` makes fetch reject. */
export function fakeFetch(): FakeServer {
  const routes = new Map<string, Handler>();
  const calls: FakeCall[] = [];
  const server: FakeServer = {
    calls,
    on(route, handler) {
      routes.set(route, typeof handler === 'function' ? handler : () => handler);
      return server;
    },
    callsTo(route) {
      return calls.filter((c) => `${c.method} ${c.path}` === route);
    },
  };
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://widget.test');
    const method = init.method ?? 'GET';
    const call: FakeCall = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = routes.get(`${method} ${url.pathname}`);
    const result = handler?.(call);
    if (result === undefined && !handler) {
      return new Response(JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
    if (result && 'status' in result && result.status === 0) throw new TypeError('Failed to fetch');
    const status = result?.status ?? 200;
    if (status === 204) return new Response(null, { status });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (result?.retryAfter) headers['retry-after'] = String(result.retryAfter);
    return new Response(JSON.stringify(result?.json ?? null), { status, headers });
  });
  return server;
}

/** Lets pending promises and Lit updates settle. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms));
}

/** `querySelector` through a chain of shadow roots: `deep(el, 'pulputtamo-idea-list', 'button.vote')`. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    const scope: ParentNode | null | undefined = current?.shadowRoot ?? current;
    current = scope?.querySelector(selector) ?? null;
    if (!current) return null;
  }
  return current as T | null;
}

export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop() as string;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  const scope = parent?.shadowRoot ?? parent;
  return scope ? [...scope.querySelectorAll<T>(last)] : [];
}
