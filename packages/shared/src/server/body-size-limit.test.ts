// Body size limits over real HTTP: declared lengths, chunked bodies and reads.
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodySizeLimit } from './body-size-limit.ts';
import { createErrorHandler } from './problem-handlers.ts';

let server: ServerType;
let base: string;

beforeAll(async () => {
  const app = new Hono();
  app.onError(createErrorHandler(pino({ level: 'silent' })));
  app.use(bodySizeLimit(1024));
  app.post('/echo', async (c) => c.json({ length: (await c.req.text()).length }));
  app.get('/read', (c) => c.json({ ok: true }));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A body sent in chunks without Content-Length (Transfer-Encoding: chunked). */
function chunked(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(300, left);
      left -= n;
      controller.enqueue(new TextEncoder().encode('x'.repeat(n)));
    },
  });
}

const post = (body: string | ReadableStream<Uint8Array>) =>
  fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half' } as RequestInit);

describe('bodySizeLimit', () => {
  it('passes bodies up to the limit, declared or chunked', async () => {
    expect(await (await post('x'.repeat(1024))).json()).toEqual({ length: 1024 });
    expect(await (await post(chunked(1000))).json()).toEqual({ length: 1000 });
    expect((await fetch(`${base}/read`)).status).toBe(200);
  });

  it('refuses larger bodies with a 413 problem, declared or chunked', async () => {
    for (const res of [await post('x'.repeat(1025)), await post(chunked(5000))]) {
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({
        type: '/problems/body-too-large',
        detail: expect.stringContaining('1 KiB'),
      });
    }
  });
});
