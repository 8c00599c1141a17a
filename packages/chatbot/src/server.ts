// Starts the chatbot service: reads env, opens and migrates the database, reads the bots' content
// (stopping on any error in it), serves, trains the bots in a worker thread (or takes their stored
// models), drains the email outbox and applies the retention period; stops cleanly.
import {
  ConfigError,
  createEmailSender,
  createLogger,
  createOutboxWorker,
  runService,
  startWalCheckpointer,
} from '@pulputtamo/shared/server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { ContentError } from './content/load-bot.ts';
import { openDb } from './db/client.ts';
import { outboxStore, type QueuedEmail } from './db/outbox.ts';
import { deleteOlderThan } from './db/retention.ts';
import { createWebhookLiveChat } from './handover/create-webhook-live-chat.ts';
import { createDbModelCache } from './registry/model-cache.ts';
import { openBotRegistry } from './registry/open-bot-registry.ts';
import { trainInWorker } from './registry/train-in-worker.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How often the outbox is drained. */
const OUTBOX_INTERVAL_MS = 5_000;

/** Exits with the message of a configuration or content error; other errors are thrown on. */
function exitOn(err: unknown): never {
  if (err instanceof ConfigError || err instanceof ContentError) {
    console.error(`chatbot: ${err.message}`);
    process.exit(2);
  }
  throw err;
}

function main(): void {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    exitOn(err);
  }
  const logger = createLogger('chatbot', config.logLevel);
  const db = openDb(config.dbPath);
  const checkpointer = startWalCheckpointer(db.$client, {
    onError: (err) => logger.error({ err }, 'background WAL checkpoints stopped; the connection checkpoints itself'),
  });
  let bots: ReturnType<typeof openBotRegistry>;
  try {
    bots = openBotRegistry(db, config, { cache: createDbModelCache(db, Date.now), trainer: trainInWorker });
  } catch (err) {
    db.$client.close();
    exitOn(err);
  }
  const started = Date.now();
  bots
    .trainAll()
    .then(() => {
      logger.info({ bots: bots.list().map((b) => b.id), ms: Date.now() - started }, 'bots ready');
    })
    .catch((err) => {
      logger.fatal({ err }, 'training the bots failed');
      process.exit(1);
    });
  const clock = Date.now;
  const liveChat = config.liveChatWebhookUrl ? createWebhookLiveChat(config.liveChatWebhookUrl) : undefined;
  const app = createApp({ db, config, logger, clock, bots, liveChat });

  const email = config.smtpUrl ? createEmailSender<QueuedEmail>(config.smtpUrl, config.mailFrom) : undefined;
  if (!email) logger.warn('CHATBOT_SMTP_URL is not set: contact request emails stay queued in the outbox');
  const outbox = email ? createOutboxWorker({ store: outboxStore(db), clock, logger, senders: { email } }) : undefined;
  outbox?.start(OUTBOX_INTERVAL_MS);

  const hourly = () => {
    const removed = deleteOlderThan(db, clock() - config.retentionDays * DAY_MS);
    if (Object.values(removed).some((n) => n > 0)) logger.info(removed, 'retention: removed old conversations');
  };
  hourly();
  const hourlyTimer = setInterval(hourly, HOUR_MS);
  hourlyTimer.unref();

  runService({
    name: 'chatbot',
    fetch: app.fetch,
    port: config.port,
    logger,
    onShutdown: async () => {
      clearInterval(hourlyTimer);
      await outbox?.stop();
      email?.close();
      await checkpointer.stop();
      db.$client.close();
    },
  });
}

main();
