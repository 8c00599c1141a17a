import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDb } from '../db/client.ts';
import { findIdea } from '../db/ideas.ts';
import { subscribe } from '../db/subscriptions.ts';
import { upsertUser } from '../db/users.ts';
import { submitIdea } from './ideas.ts';
import { announceNewIdea, notifyComment, notifyOwnerAssigned, notifyStatusChange } from './notifications.ts';
import { buildOwnerIndex } from './owner-index.ts';

function setup(env: Record<string, string> = {}) {
  const db = openDb(':memory:');
  const deps = {
    db,
    clock: () => 1_000,
    config: loadConfig({ IDEAS_PUBLIC_URL: 'https://ideat.kuopio.fi', ...env }),
    logger: pino({ level: 'silent' }),
    ownerIndex: buildOwnerIndex(db),
  };
  const person = (subject: string, email: string | null) =>
    upsertUser(db, { issuer: 'dev', subject, displayName: subject.toUpperCase(), email, now: 0 });
  const author = person('author', 'author@kuopio.fi');
  const follower = person('follower', 'follower@kuopio.fi');
  const mailless = person('mailless', null);
  const actor = person('actor', 'actor@kuopio.fi');
  const created = submitIdea(deps, author, { title: 'Uusi idea', body: 'Kuvaus' });
  for (const u of [follower, mailless, actor]) subscribe(db, u.id, created.id, 0);
  const idea = findIdea(db, created.id);
  if (!idea) throw new Error('no idea');
  return { deps, idea, author, follower, actor };
}

describe('notification messages', () => {
  it('tells the author and subscribers about a comment, not the commenter, with a link', () => {
    const { deps, idea, actor } = setup();
    const messages = notifyComment(deps, { idea, commentId: 7, commenter: actor, body: 'Hyvä ajatus' });
    expect(messages.map((m) => m.recipient).sort()).toEqual(['author@kuopio.fi', 'follower@kuopio.fi']);
    expect(messages[0]).toMatchObject({ channel: 'email', subject: 'Uusi kommentti: Uusi idea' });
    expect(messages[0]?.bodyText).toContain(`https://ideat.kuopio.fi/#/ideas/${idea.id}`);
    expect(new Set(messages.map((m) => m.dedupeKey)).size).toBe(2);
  });

  it('tells the author and subscribers about a status change with the response', () => {
    const { deps, idea, actor } = setup();
    const messages = notifyStatusChange(deps, {
      idea,
      historyId: 3,
      changedBy: actor,
      from: 'new',
      to: 'declined',
      response: 'Ei resursseja.',
      mergedInto: null,
    });
    expect(messages).toHaveLength(2);
    expect(messages[0]?.subject).toBe('Ei toteuteta: Uusi idea');
    expect(messages[0]?.bodyText).toContain('Ei resursseja.');
  });

  it('tells the new owner, and announces new ideas only when a webhook is configured', () => {
    const { deps, idea, follower } = setup();
    const toOwner = notifyOwnerAssigned(deps, {
      idea,
      assignmentId: 1,
      ownerId: follower.id,
      reasonFi: 'Sääntö.',
      by: 'bot',
    });
    expect(toOwner).toEqual([expect.objectContaining({ recipient: 'follower@kuopio.fi', dedupeKey: 'assignment:1' })]);
    expect(toOwner[0]?.bodyText).toContain('14 päivän');
    expect(announceNewIdea(deps, { idea, ownerName: 'X' })).toEqual([]);
    const hooked = setup({ IDEAS_WEBHOOK_URL: 'https://example.webhook.office.com/x' });
    const announced = announceNewIdea(hooked.deps, { idea: hooked.idea, ownerName: 'Olli' });
    expect(announced).toEqual([
      expect.objectContaining({ channel: 'webhook', recipient: 'https://example.webhook.office.com/x' }),
    ]);
  });
});
