// Helpful / not helpful on one bot answer; a changed mind moves the count, a repeat changes nothing.
import { type Feedback, HttpError } from '@pulputtamo/shared';
import { helsinkiDay } from '../analytics/helsinki-day.ts';
import type { ChatbotDeps } from '../app.ts';
import { addCounts, type CountEvent } from '../db/daily-counts.ts';
import { getBotMessage, setHelpful } from '../db/messages.ts';
import { inTransaction } from '../db/transaction.ts';
import { requireBot } from './require-bot.ts';
import { requireSession } from './require-session.ts';

/** Records the feedback on the bot message `messageId` of the session. */
export function giveFeedback(deps: Pick<ChatbotDeps, 'db' | 'bots'>, botId: string, input: Feedback): void {
  requireBot(deps.bots, botId);
  requireSession(deps.db, botId, input.sessionId);
  const message = getBotMessage(deps.db, input.sessionId, input.messageId);
  if (!message) {
    throw new HttpError(404, `Message ${input.messageId} is not an answer in this conversation.`, {
      code: 'message-not-found',
    });
  }
  if (message.helpful === input.helpful) return;
  const base = { botId, day: helsinkiDay(message.createdAt), key: message.intentId ?? '' };
  const events: CountEvent[] = [{ ...base, kind: input.helpful ? 'helpful' : 'not_helpful' }];
  if (message.helpful !== null) events.push({ ...base, kind: message.helpful ? 'helpful' : 'not_helpful', delta: -1 });
  inTransaction(deps.db, () => {
    setHelpful(deps.db, message.id, input.helpful);
    addCounts(deps.db, events);
  });
}
