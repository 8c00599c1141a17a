// Starts the chatbot service: reads env, opens and migrates the database, serves.
import { ConfigError, createLogger, runService } from '@pulputtamo/shared/server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';

function main(): void {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`chatbot: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger('chatbot', config.logLevel);
  const db = openDb(config.dbPath);
  const app = createApp({ db, config, logger, clock: Date.now });
  runService({
    name: 'chatbot',
    fetch: app.fetch,
    port: config.port,
    logger,
    onShutdown: () => {
      db.$client.close();
    },
  });
}

main();
