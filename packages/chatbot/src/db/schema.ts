// Drizzle schema of the chatbot database (SQLite). Columns are snake_case, times are epoch milliseconds.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

/** One conversation with one visitor; ended by "clear conversation" or expiry. */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  botId: text('bot_id').notNull(),
  lang: text('lang').notNull(),
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
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('messages_session').on(t.sessionId)],
);
