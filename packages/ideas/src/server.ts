// Starts the ideas service: reads env, opens and migrates the database, seeds demo data, serves,
// runs the background jobs, and stops them all cleanly on SIGINT/SIGTERM.
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
import { openDb } from './db/client.ts';
import { type OutboxRow, outboxStore } from './db/outbox.ts';
import { seedDemoData } from './db/seed.ts';
import { deleteExpiredSessions } from './db/sessions.ts';
import { createWebhookSender } from './notify/send-webhook.ts';
import { buildOwnerIndex } from './services/owner-index.ts';
import { sendResponseReminders } from './services/response-reminders.ts';

const HOUR_MS = 3_600_000;
/** How often the outbox is drained. */
const OUTBOX_INTERVAL_MS = 5_000;

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
  const checkpointer = startWalCheckpointer(db.$client, {
    onError: (err) => logger.error({ err }, 'background WAL checkpoints stopped; the connection checkpoints itself'),
  });
  if (config.seed && seedDemoData(db)) logger.info('seeded demo data into an empty database');
  const clock = Date.now;
  const ownerIndex = buildOwnerIndex(db);
  const app = createApp({ db, config, logger, clock, ownerIndex });

  const email = config.smtpUrl ? createEmailSender<OutboxRow>(config.smtpUrl, config.mailFrom) : undefined;
  if (!email) logger.warn('IDEAS_SMTP_URL is not set: email notifications stay queued in the outbox');
  const outbox = createOutboxWorker({
    store: outboxStore(db),
    clock,
    logger,
    senders: { email, webhook: createWebhookSender() },
  });
  outbox.start(OUTBOX_INTERVAL_MS);

  const hourly = () => {
    const removed = deleteExpiredSessions(db, clock());
    if (removed > 0) logger.info({ removed }, 'removed expired sessions');
    const due = sendResponseReminders({ db, config, logger, clock, ownerIndex });
    if (due.overdue > 0) logger.info(due, 'owner response window: reminders and escalations queued');
  };
  hourly();
  const hourlyTimer = setInterval(hourly, HOUR_MS);
  hourlyTimer.unref();

  runService({
    name: 'ideas',
    fetch: app.fetch,
    port: config.port,
    logger,
    onShutdown: async () => {
      clearInterval(hourlyTimer);
      await outbox.stop();
      email?.close();
      await checkpointer.stop();
      db.$client.close();
    },
  });
}

main();
