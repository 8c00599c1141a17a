// A visitor asks to be contacted: the request is stored and, in the same transaction, an email to
// the handover target's expert is queued in the outbox (sent by the outbox worker).
import type { ContactRequest, ContactRequestReceipt } from '@pulputtamo/shared';
import { helsinkiDay } from '../analytics/helsinki-day.ts';
import type { ChatbotDeps } from '../app.ts';
import { redact } from '../conversation/redact.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { requireSession } from '../conversation/require-session.ts';
import { insertContactRequest } from '../db/contact-requests.ts';
import { addCounts } from '../db/daily-counts.ts';
import { insertOutboxMessage } from '../db/outbox.ts';
import { inTransaction } from '../db/transaction.ts';
import { chooseTarget } from './choose-target.ts';
import { contactRequestEmail } from './contact-request-email.ts';
import { readTranscript } from './read-transcript.ts';

type Deps = Pick<ChatbotDeps, 'db' | 'clock' | 'bots' | 'config'>;

/** Stores the request and queues the email; without any address for the target it is only stored. */
export function createContactRequest(deps: Deps, botId: string, input: ContactRequest): ContactRequestReceipt {
  const bot = requireBot(deps.bots, botId);
  const session = requireSession(deps.db, botId, input.sessionId);
  const target = chooseTarget(bot, session, input.target);
  const recipient = target.email ?? deps.config.handoverEmail ?? null;
  const now = deps.clock();
  const message = redact(input.message);
  const request = {
    botId,
    target: target.id,
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    message,
    lang: session.lang,
    delivery: recipient ? ('email' as const) : ('stored' as const),
  };
  const id = inTransaction(deps.db, () => {
    const requestId = insertContactRequest(deps.db, request, now);
    if (recipient) {
      const mail = contactRequestEmail({
        ...request,
        requestId,
        botName: bot.bot.name.fi,
        target,
        transcript: readTranscript(deps.db, session.id),
        createdAt: now,
      });
      insertOutboxMessage(deps.db, { recipient, ...mail, dedupeKey: `contact-request:${requestId}` }, now);
    }
    addCounts(deps.db, [{ botId, day: helsinkiDay(now), kind: 'contact_request', key: target.id }]);
    return requestId;
  });
  return { id, target: target.id, delivery: request.delivery };
}
