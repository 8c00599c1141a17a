// The end of a conversation as handed to a person (visitor text was redacted when stored).
import type { Db } from '../db/client.ts';
import { listTranscript } from '../db/messages.ts';
import type { TranscriptLine } from './live-chat-adapter.ts';

/** How much of the conversation a person gets to see. */
export const TRANSCRIPT_LINES = 20;

export function readTranscript(db: Db, sessionId: string): TranscriptLine[] {
  return listTranscript(db, sessionId, TRANSCRIPT_LINES).map((m) => ({ role: m.role, text: m.text, at: m.createdAt }));
}
