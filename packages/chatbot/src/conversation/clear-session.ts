// "Clear conversation": the session and its messages are deleted, so the next person at a shared
// computer sees nothing. Anonymous counters and the redacted unanswered log are not linked to it.
import type { ChatbotDeps } from '../app.ts';
import { deleteSession } from '../db/sessions.ts';
import { requireBot } from './require-bot.ts';
import { requireSession } from './require-session.ts';

export function clearSession(deps: Pick<ChatbotDeps, 'db' | 'bots'>, botId: string, sessionId: string): void {
  requireBot(deps.bots, botId);
  requireSession(deps.db, botId, sessionId);
  deleteSession(deps.db, botId, sessionId);
}
