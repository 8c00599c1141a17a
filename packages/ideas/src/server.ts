// Starts the ideas service: reads env, opens and migrates the database, seeds demo data, serves,
// runs the background jobs, and stops them all cleanly on SIGINT/SIGTERM.
import { ConfigError, createLogger, runService } from '@pulputtamo/shared/server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { seedDemoData } from './db/seed.ts';
import { deleteExpiredSessions } from './db/sessions.ts';

const HOUR_MS = 3_600_000;

function main(): void {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`ideas: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger('ideas', config.logLevel);
  const db = openDb(config.dbPath);
  if (config.seed && seedDemoData(db)) logger.info('seeded demo data into an empty database');
  const clock = Date.now;
  const app = createApp({ db, config, logger, clock });
  const sessionCleanup = setInterval(() => {
    const removed = deleteExpiredSessions(db, clock());
    if (removed > 0) logger.info({ removed }, 'removed expired sessions');
  }, HOUR_MS);
  sessionCleanup.unref();
  runService({
    name: 'ideas',
    fetch: app.fetch,
    port: config.port,
    logger,
    onShutdown: () => {
      clearInterval(sessionCleanup);
      db.$client.close();
    },
  });
}

main();
