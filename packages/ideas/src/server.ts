// Starts the ideas service: reads env, opens and migrates the database, seeds demo data, serves.
import { ConfigError, createLogger, runService } from '@pulputtamo/shared/server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { seedDemoData } from './db/seed.ts';

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
  const app = createApp({ db, config, logger, clock: Date.now });
  runService({
    name: 'ideas',
    fetch: app.fetch,
    port: config.port,
    logger,
    onShutdown: () => {
      db.$client.close();
    },
  });
}

main();
