// Contact requests for the admin (they matter most when no email address is configured).
import type { ChatbotDeps } from '../app.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { type ContactRequestRow, listContactRequests } from '../db/contact-requests.ts';

/** Newest first, at most 500. */
export function listContactRequestsOf(deps: Pick<ChatbotDeps, 'db' | 'bots'>, botId: string): ContactRequestRow[] {
  requireBot(deps.bots, botId);
  return listContactRequests(deps.db, botId, 500);
}
