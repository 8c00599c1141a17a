// Serves a Hono app on a port and shuts it down cleanly on SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';

export interface RunServiceOptions {
  name: string;
  fetch: (request: Request) => Response | Promise<Response>;
  port: number;
  hostname?: string;
  logger: Logger;
  /** Runs after the last in-flight request finished: stop workers, close databases. */
  onShutdown: () => void | Promise<void>;
  /** Longest wait for in-flight requests before giving up (ms). */
  shutdownTimeoutMs?: number;
}

/**
 * Starts the HTTP server. On the first SIGINT or SIGTERM it stops accepting,
 * lets in-flight requests finish, runs `onShutdown` and exits 0 (1 if that
 * took longer than the timeout or failed).
 */
export function runService(options: RunServiceOptions): void {
  const { logger, name } = options;
  const server = serve(
    { fetch: options.fetch, port: options.port, hostname: options.hostname },
    (info: AddressInfo) => {
      logger.info({ port: info.port }, `${name} listening on http://localhost:${info.port}`);
    },
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name} stopping`);
    const timer = setTimeout(() => {
      logger.error(`${name} did not stop within the timeout; exiting`);
      process.exit(1);
    }, options.shutdownTimeoutMs ?? 10_000);
    timer.unref();
    server.close(async () => {
      try {
        await options.onShutdown();
        logger.info(`${name} stopped`);
        logger.flush?.();
        process.exit(0);
      } catch (err) {
        logger.error({ err }, `${name} failed while stopping`);
        process.exit(1);
      }
    });
    // Keep-alive sockets with no request in flight would hold close() open.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
