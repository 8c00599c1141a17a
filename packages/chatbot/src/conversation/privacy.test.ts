// Personal data typed into a bot never reaches the database file: identity codes, phone numbers,
// emails, IBANs and card numbers are redacted before anything is stored.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { createTestApp, trainTestBots } from '../test-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'pulputtamo-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RAW = [
  '131052-308T',
  '040 123 4567',
  'maija.meikalainen@example.fi',
  'FI21 1234 5600 0007 85',
  '4111 1111 1111 1111',
];

describe('privacy', () => {
  it('stores only redacted text from visitors', async () => {
    const db = openDb(join(dir, 'chatbot.db'));
    const t = createTestApp({
      db,
      env: { CHATBOT_BOTS: 'library' },
      bots: trainTestBots({ CHATBOT_BOTS: 'library' }, db),
    });
    const first = await t.send('library', { text: `Hetuni on ${RAW[0]}, puhelin ${RAW[1]}` });
    const sessionId = first.sessionId;
    await t.send('library', { text: `Sähköposti ${RAW[2]}, tili ${RAW[3]}, kortti ${RAW[4]}`, sessionId });
    await t.send('library', { text: `lähetä lasku ${RAW[3]}`, sessionId });
    const res = await t.req('POST', '/api/bots/library/contact-requests', {
      json: {
        sessionId,
        name: 'Maija',
        phone: '050 765 4321',
        message: `Hetu ${RAW[0]} ja kortti ${RAW[4]}`,
        consent: true,
      },
    });
    expect(res.status).toBe(201);
    const unanswered = await t.req('GET', '/api/admin/bots/library/unanswered', { admin: true });
    expect(JSON.stringify(await unanswered.json())).toContain('lähetä lasku [iban]');
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
    const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'));
    const stored = files.join('\n');
    expect(stored).toContain('[hetu]');
    for (const raw of RAW) expect(stored).not.toContain(raw);
    expect(stored).not.toContain('4111111111111111');
  });
});
