// Drizzle schema of the ideas database (SQLite). Columns are snake_case, times are epoch milliseconds.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

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
});

export const ideas = sqliteTable(
  'ideas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    categoryId: integer('category_id').references(() => categories.id),
    authorId: integer('author_id').references(() => users.id),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    status: text('status', {
      enum: ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
    })
      .notNull()
      .default('new'),
    ownerId: integer('owner_id').references(() => users.id),
    voteCount: integer('vote_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [index('ideas_status').on(t.status), index('ideas_category').on(t.categoryId)],
);
