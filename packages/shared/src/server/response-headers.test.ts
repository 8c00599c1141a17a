// The headers every response carries, checked over real HTTP through @hono/node-server: set before
// the handler, they must still reach handler responses, error problems and preflights.
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../problem.ts';
import { allowCors } from './cors.ts';
import { createErrorHandler, notFoundHandler } from './problem-handlers.ts';
import { type RequestIdVariables, requestLogger } from './request-logger.ts';
import { securityHeaders } from './security-headers.ts';

const INTRANET = 'https://intranet.example';
let server: ServerType;
let base: string;

beforeAll(async () => {
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use(requestLogger(pino({ level: 'silent' })));
  app.onError(createErrorHandler(pino({ level: 'silent' })));
  app.notFound(notFoundHandler);
  app.use(securityHeaders({ frameAncestors: [INTRANET] }));
  app.use('/api/*', allowCors({ origins: [INTRANET], methods: ['GET', 'POST'], credentials: true }));
  app.get('/api/things', (c) => c.json({ ok: true }));
  app.get('/api/gone', () => {
    throw new HttpError(410, 'Gone.');
  });
  app.get('/widget/chat.js', (c) => c.body('export {}', 200, { 'content-type': 'text/javascript' }));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('security headers, request id and CORS over HTTP', () => {
  it('reach a handler response along with its body', async () => {
    const res = await fetch(`${base}/api/things`, { headers: { origin: INTRANET, 'x-request-id': 'req-1' } });
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-request-id')).toBe('req-1');
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${INTRANET}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('reach error problems and unknown paths', async () => {
    const gone = await fetch(`${base}/api/gone`, { headers: { origin: INTRANET } });
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(gone.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(gone.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(gone.headers.get('strict-transport-security')).toContain('max-age=');
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('give other origins no CORS grant, on requests and preflights alike', async () => {
    const res = await fetch(`${base}/api/things`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/things`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('answer an embedding site’s preflight with the methods and the asked-for headers', async () => {
    const res = await fetch(`${base}/api/things`, {
      method: 'OPTIONS',
      headers: {
        origin: INTRANET,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-request-id',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,x-request-id');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toBe('Origin, Access-Control-Request-Headers');
  });

  it('mark widget bundles loadable from any site', async () => {
    const res = await fetch(`${base}/widget/chat.js`);
    expect(await res.text()).toBe('export {}');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
