// GET /health: the liveness check load balancers and the start-up smoke test use.
import { Hono } from 'hono';
import type { Health } from '../health.ts';

export function healthRoutes(): Hono {
  return new Hono().get('/health', (c) => c.json<Health>({ status: 'ok' }));
}
