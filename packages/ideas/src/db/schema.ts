// Drizzle schema of the ideas database (SQLite). Columns are snake_case, times are epoch milliseconds.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

export const IDEA_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'implemented',
  'declined',
  'duplicate',
] as const;

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    orgUnit: text('org_unit'),
    role: text('role', { enum: ['staff', 'moderator', 'admin'] })
      .notNull()
      .default('staff'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('users_issuer_subject').on(t.issuer, t.subject)],
);

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  defaultOwnerId: integer('default_owner_id').references(() => users.id),
  adminId: integer('admin_id').references(() => users.id),
  /** The City's service area this category belongs to (null for a top-level area). */
  parentId: integer('parent_id'),
  position: integer('position').notNull().default(0),
});

export const ideas = sqliteTable(
  'ideas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull().default(''),
    /** JSON array of tag strings, denormalised from idea_tags for fast reads. */
    tags: text('tags').notNull().default('[]'),
    categoryId: integer('category_id').references(() => categories.id),
    authorId: integer('author_id').references(() => users.id),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: IDEA_STATUSES }).notNull().default('new'),
    ownerId: integer('owner_id').references(() => users.id),
    mergedIntoId: integer('merged_into_id'),
    voteCount: integer('vote_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    /** log2(1 + votes) + createdAt / one week: newer ideas need fewer votes to rank as high (see services/trending-score.ts). */
    trendingScore: real('trending_score').notNull().default(0),
    firstOwnerResponseAt: integer('first_owner_response_at'),
    lastOwnerResponseAt: integer('last_owner_response_at'),
    /** When the last public response (status change with a response) was given. */
    answeredAt: integer('answered_at'),
    deletedAt: integer('deleted_at'),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [
    index('ideas_status').on(t.status),
    index('ideas_category').on(t.categoryId),
    index('ideas_created').on(t.createdAt, t.id),
    index('ideas_votes').on(t.voteCount, t.id),
    index('ideas_trending').on(t.trendingScore, t.id),
    index('ideas_answered').on(t.answeredAt, t.id),
    index('ideas_owner').on(t.ownerId),
    index('ideas_author').on(t.authorId),
    index('ideas_merged_into').on(t.mergedIntoId),
  ],
);

export const ideaTags = sqliteTable(
  'idea_tags',
  {
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.tag] }), index('idea_tags_tag').on(t.tag, t.ideaId)],
);

export const votes = sqliteTable(
  'votes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ideaId] }), index('votes_idea').on(t.ideaId)],
);

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    /** Null for bot comments. */
    authorId: integer('author_id').references(() => users.id),
    kind: text('kind', { enum: ['user', 'bot', 'status'] })
      .notNull()
      .default('user'),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull().default(''),
    createdAt: integer('created_at').notNull().default(now),
    editedAt: integer('edited_at'),
    hiddenAt: integer('hidden_at'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: integer('hidden_by').references(() => users.id),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('comments_idea').on(t.ideaId, t.id)],
);

export const statusHistory = sqliteTable(
  'status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    changedBy: integer('changed_by').references(() => users.id),
    fromStatus: text('from_status', { enum: IDEA_STATUSES }).notNull(),
    toStatus: text('to_status', { enum: IDEA_STATUSES }).notNull(),
    response: text('response'),
    mergedIntoId: integer('merged_into_id'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('status_history_idea').on(t.ideaId, t.id)],
);

export const ownerRules = sqliteTable('owner_rules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['category', 'keyword', 'org_unit'] }).notNull(),
  value: text('value').notNull(),
  categoryId: integer('category_id').references(() => categories.id),
  ownerId: integer('owner_id')
    .notNull()
    .references(() => users.id),
  priority: integer('priority').notNull().default(0),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: integer('created_at').notNull().default(now),
});

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    assignedBy: text('assigned_by', { enum: ['bot', 'person'] }).notNull(),
    assignedByUserId: integer('assigned_by_user_id').references(() => users.id),
    ruleId: integer('rule_id'),
    reasonJson: text('reason_json').notNull().default('{}'),
    confidence: real('confidence'),
    confirmed: integer('confirmed', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('assignments_idea').on(t.ideaId, t.id), index('assignments_confirmed').on(t.confirmed)],
);

export const subscriptions = sqliteTable(
  'subscriptions',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    ideaId: integer('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ideaId] }), index('subscriptions_idea').on(t.ideaId)],
);

export const notificationOutbox = sqliteTable(
  'notification_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    payloadJson: text('payload_json'),
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

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: integer('target_id'),
    detailJson: text('detail_json').notNull().default('{}'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('audit_log_created').on(t.createdAt)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the cookie. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull().default(now),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);
