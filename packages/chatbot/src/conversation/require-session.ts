// Finds a conversation session or fails with a 404 a person can act on.
import { HttpError } from '@pulputtamo/shared';
import type { Db } from '../db/client.ts';
import { getSession, type SessionRow } from '../db/sessions.ts';

/** The session of bot `botId`; 404 when it is unknown, cleared, expired or another bot's. */
export function requireSession(db: Db, botId: string, sessionId: string): SessionRow {
  const session = getSession(db, botId, sessionId);
  if (!session) {
    throw new HttpError(
      404,
      `No conversation ${sessionId} with bot "${botId}": it was cleared or has expired. Start a new one by sending a message without sessionId.`,
      { code: 'session-not-found' },
    );
  }
  return session;
}
