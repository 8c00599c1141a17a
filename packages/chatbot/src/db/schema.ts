// Drizzle schema of the chatbot database (SQLite). Columns are snake_case, times are epoch milliseconds.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

/** One conversation with one visitor; ended by "clear conversation" or the retention job. */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  botId: text('bot_id').notNull(),
  lang: text('lang').notNull(),
  /** JSON array of the last intents answered, newest last (routes "talk to a person" to the right expert). */
  recentIntents: text('recent_intents').notNull().default('[]'),
  /** Fallbacks in a row; two or more offer the handover directly. */
  fallbackStreak: integer('fallback_streak').notNull().default(0),
  /** The handover target last offered, the default target of a contact request. */
  handoverTarget: text('handover_target'),
  createdAt: integer('created_at').notNull().default(now),
  updatedAt: integer('updated_at').notNull().default(now),
});

/** Messages of a session; user text is stored only after personal data is redacted. */
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'bot'] }).notNull(),
    text: text('text').notNull(),
    intentId: text('intent_id'),
    confidence: real('confidence'),
    fallback: integer('fallback', { mode: 'boolean' }).notNull().default(false),
    /** The visitor's feedback on a bot answer; null until given. */
    helpful: integer('helpful', { mode: 'boolean' }),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('messages_session').on(t.sessionId), index('messages_created').on(t.createdAt)],
);

/** Questions the bot could not answer, redacted, kept for content owners (not linked to a session). */
export const unansweredQuestions = sqliteTable(
  'unanswered_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    botId: text('bot_id').notNull(),
    text: text('text').notNull(),
    lang: text('lang').notNull(),
    topIntent: text('top_intent'),
    confidence: real('confidence'),
    status: text('status', { enum: ['open', 'added', 'dismissed'] })
      .notNull()
      .default('open'),
    /** The intent the question became an example of. */
    intentId: text('intent_id'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('unanswered_bot_status').on(t.botId, t.status, t.createdAt)],
);

/** Training examples added by content owners through the admin API, on top of the content files. */
export const addedExamples = sqliteTable(
  'added_examples',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    botId: text('bot_id').notNull(),
    intentId: text('intent_id').notNull(),
    text: text('text').notNull(),
    lang: text('lang').notNull(),
    questionId: integer('question_id'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('added_examples_unique').on(t.botId, t.intentId, t.text)],
);

/** "Please contact me" requests; the visitor's details are kept only for the retention period. */
export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    botId: text('bot_id').notNull(),
    target: text('target').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Redacted like every other text from a visitor. */
    message: text('message').notNull(),
    lang: text('lang').notNull(),
    delivery: text('delivery', { enum: ['email', 'stored'] }).notNull(),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('contact_requests_bot').on(t.botId, t.createdAt)],
);

/** Email waiting to be sent; rows stay pending until the SMTP server took them. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    dedupeKey: text('dedupe_key').unique(),
    status: text('status', { enum: ['pending', 'sent', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull().default(now),
    sentAt: integer('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)],
);

/**
 * Anonymous counters per bot and day (`kind`: message, intent, fallback, clarification, helpful,
 * not_helpful, handover, contact_request, live_chat; `key`: an intent id or a handover target).
 * They hold no personal data and outlive the retention of conversations.
 */
export const dailyCounts = sqliteTable(
  'daily_counts',
  {
    botId: text('bot_id').notNull(),
    day: text('day').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.botId, t.day, t.kind, t.key] })],
);

/**
 * The last trained model of each bot with the key of what it was trained from (examples,
 * options, engine source); start-up reuses it when the key matches instead of training again.
 */
export const trainedModels = sqliteTable('trained_models', {
  botId: text('bot_id').primaryKey(),
  key: text('key').notNull(),
  model: text('model').notNull(),
  createdAt: integer('created_at').notNull().default(now),
});
