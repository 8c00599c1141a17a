// Queries behind the GDPR rights: everything stored about one person, and their anonymisation.
import type { Db } from './client.ts';

/** Every row that names the person, as plain objects (times in epoch ms). */
export function selectPersonalData(db: Db, userId: number) {
  const all = (sql: string) => db.$client.prepare(sql).all(userId);
  return {
    user: db.$client
      .prepare('SELECT id, issuer, subject, display_name, email, org_unit, role, created_at FROM users WHERE id = ?')
      .get(userId),
    ideas: all(
      'SELECT id, title, body, status, anonymous, category_id, created_at, updated_at, deleted_at FROM ideas WHERE author_id = ? ORDER BY id',
    ),
    comments: all(
      'SELECT id, idea_id, body, created_at, edited_at, deleted_at FROM comments WHERE author_id = ? ORDER BY id',
    ),
    votes: all('SELECT idea_id, created_at FROM votes WHERE user_id = ? ORDER BY idea_id'),
    subscriptions: all('SELECT idea_id, created_at FROM subscriptions WHERE user_id = ? ORDER BY idea_id'),
    ownedIdeas: all('SELECT id, title, status FROM ideas WHERE owner_id = ? ORDER BY id'),
    statusChanges: all(
      'SELECT idea_id, from_status, to_status, response, created_at FROM status_history WHERE changed_by = ? ORDER BY id',
    ),
    sessions: all('SELECT created_at, expires_at FROM sessions WHERE user_id = ? ORDER BY created_at'),
    auditLog: all('SELECT action, target_type, target_id, created_at FROM audit_log WHERE actor_id = ? ORDER BY id'),
  };
}

export type PersonalData = ReturnType<typeof selectPersonalData>;

/**
 * Removes the person from the data while keeping discussions readable: their ideas and comments
 * stay without an author, votes, subscriptions and sessions go, open ideas they owned lose their
 * owner, and the user row keeps only an id. Returns the ideas whose votes or owner changed.
 */
export function anonymiseUserRows(db: Db, userId: number): { votedIdeaIds: number[]; orphanedIdeaIds: number[] } {
  const c = db.$client;
  const votedIdeaIds = (
    c.prepare('SELECT idea_id FROM votes WHERE user_id = ?').all(userId) as { idea_id: number }[]
  ).map((r) => r.idea_id);
  const orphanedIdeaIds = (
    c
      .prepare(
        `SELECT id FROM ideas WHERE owner_id = ? AND deleted_at IS NULL
           AND status NOT IN ('implemented', 'declined', 'duplicate')`,
      )
      .all(userId) as { id: number }[]
  ).map((r) => r.id);
  c.prepare('DELETE FROM votes WHERE user_id = ?').run(userId);
  c.prepare('DELETE FROM subscriptions WHERE user_id = ?').run(userId);
  c.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  c.prepare('UPDATE ideas SET author_id = NULL WHERE author_id = ?').run(userId);
  c.prepare('UPDATE comments SET author_id = NULL WHERE author_id = ?').run(userId);
  c.prepare(
    `UPDATE ideas SET owner_id = NULL WHERE owner_id = ? AND deleted_at IS NULL
       AND status NOT IN ('implemented', 'declined', 'duplicate')`,
  ).run(userId);
  c.prepare('DELETE FROM owner_rules WHERE owner_id = ?').run(userId);
  c.prepare('UPDATE categories SET default_owner_id = NULL WHERE default_owner_id = ?').run(userId);
  c.prepare('UPDATE categories SET admin_id = NULL WHERE admin_id = ?').run(userId);
  c.prepare(
    `UPDATE users SET display_name = 'Poistettu käyttäjä', email = NULL, org_unit = NULL, role = 'staff',
       subject = 'deleted:' || id WHERE id = ?`,
  ).run(userId);
  return { votedIdeaIds, orphanedIdeaIds };
}
