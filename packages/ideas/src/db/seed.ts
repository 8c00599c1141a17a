// Demo data for the first start: service areas, staff, owner rules and ideas with votes, comments
// and answered statuses, written through the same services the API uses so every count and index holds.
import { count } from 'drizzle-orm';
import { pino } from 'pino';
import type { CurrentUser } from '../auth/current-user.ts';
import { loadConfig } from '../config.ts';
import { addComment } from '../services/comments.ts';
import type { Deps } from '../services/ideas.ts';
import { submitIdea } from '../services/ideas.ts';
import { buildOwnerIndex } from '../services/owner-index.ts';
import { changeOwner } from '../services/owners.ts';
import { changeStatus } from '../services/statuses.ts';
import { addVote } from '../services/votes.ts';
import type { Db } from './client.ts';
import { clearOutbox } from './outbox.ts';
import { insertOwnerRule } from './owner-rules.ts';
import { categories } from './schema.ts';
import { SEED_CATEGORIES, SEED_IDEAS, SEED_RULES, SEED_USERS } from './seed-data.ts';
import { inTransaction } from './transaction.ts';
import { upsertUser } from './users.ts';

const DEMO_ISSUER = 'dev';
const DAY = 86_400_000;

/** Seeds demo data when the database has no categories yet; returns whether it seeded. */
export function seedDemoData(db: Db, now: number = Date.now()): boolean {
  const [row] = db.select({ n: count() }).from(categories).all();
  if ((row?.n ?? 0) > 0) return false;
  let time = now;
  const deps: Deps = {
    db,
    clock: () => time,
    config: loadConfig({}),
    logger: pino({ level: 'silent' }),
    ownerIndex: buildOwnerIndex(db),
  };
  inTransaction(db, () => {
    const people = new Map<string, CurrentUser>();
    for (const u of SEED_USERS) {
      const user = upsertUser(db, {
        issuer: DEMO_ISSUER,
        subject: u.subject,
        displayName: u.displayName,
        email: `${u.subject}@demo.kuopio.invalid`,
        orgUnit: u.orgUnit,
        role: u.role,
        now: now - 90 * DAY,
      });
      people.set(u.subject, user);
    }
    const person = (subject: string): CurrentUser => {
      const p = people.get(subject);
      if (!p) throw new Error(`seed: unknown person ${subject}`);
      return p;
    };
    const admin = person('admin');
    const slugToId = new Map<string, number>();
    SEED_CATEGORIES.forEach((c, position) => {
      const [inserted] = db
        .insert(categories)
        .values({
          slug: c.slug,
          nameFi: c.fi,
          nameSv: c.sv,
          nameEn: c.en,
          parentId: c.parent ? (slugToId.get(c.parent) ?? null) : null,
          defaultOwnerId: person(c.owner).id,
          adminId: admin.id,
          position,
        })
        .returning({ id: categories.id })
        .all();
      if (inserted) slugToId.set(c.slug, inserted.id);
    });
    for (const r of SEED_RULES) {
      insertOwnerRule(db, {
        kind: r.kind,
        value: r.value,
        categoryId: null,
        ownerId: person(r.owner).id,
        priority: r.priority,
        createdBy: admin.id,
        now: now - 60 * DAY,
      });
    }
    for (const s of SEED_IDEAS) {
      const created = now - s.daysAgo * DAY;
      time = created;
      const idea = submitIdea(deps, person(s.author), {
        title: s.title,
        body: s.body,
        categoryId: slugToId.get(s.category) ?? null,
        tags: s.tags ?? [],
        anonymous: s.anonymous ?? false,
      });
      if (s.owner && idea.owner?.id !== person(s.owner).id) {
        time += 3_600_000;
        changeOwner(deps, admin, idea.id, { userId: person(s.owner).id });
      }
      (s.voters ?? []).forEach((v, i) => {
        time = created + (i + 1) * 5_400_000;
        addVote(deps, person(v), idea.id);
      });
      (s.comments ?? []).forEach(([who, body], i) => {
        time = created + (i + 1) * 0.7 * DAY;
        addComment(deps, person(who), idea.id, body);
      });
      for (const st of s.statuses ?? []) {
        time = created + st.afterDays * DAY;
        changeStatus(deps, person(s.owner ?? 'admin'), idea.id, { status: st.status, response: st.response });
      }
    }
    // The demo's history must not send mail on first start.
    clearOutbox(db);
  });
  return true;
}
