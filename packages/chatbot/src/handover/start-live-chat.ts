// A visitor asks for a person now: the conversation is handed to the live-chat adapter.
import { HttpError, type LiveChatStart } from '@pulputtamo/shared';
import { helsinkiDay } from '../analytics/helsinki-day.ts';
import type { ChatbotDeps } from '../app.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { requireSession } from '../conversation/require-session.ts';
import { addCounts } from '../db/daily-counts.ts';
import { chooseTarget } from './choose-target.ts';
import { readTranscript } from './read-transcript.ts';

type Deps = Pick<ChatbotDeps, 'db' | 'clock' | 'bots' | 'liveChat' | 'logger'>;

/** Hands the session over; 404 without a live-chat adapter, 503 when the product does not take it. */
export async function startLiveChat(
  deps: Deps,
  botId: string,
  input: { sessionId: string; target?: string | undefined },
): Promise<LiveChatStart> {
  const bot = requireBot(deps.bots, botId);
  const session = requireSession(deps.db, botId, input.sessionId);
  if (!deps.liveChat) {
    throw new HttpError(404, 'Live chat is not available here. Leave a contact request instead.', {
      code: 'live-chat-not-configured',
    });
  }
  const target = chooseTarget(bot, session, input.target);
  const lang = session.lang as BotLang;
  const now = deps.clock();
  try {
    const accepted = await deps.liveChat.start({
      botId,
      sessionId: session.id,
      lang,
      target: { id: target.id, role: target.role[lang] ?? target.role.fi },
      transcript: readTranscript(deps.db, session.id),
      requestedAt: now,
    });
    addCounts(deps.db, [{ botId, day: helsinkiDay(now), kind: 'live_chat', key: target.id }]);
    return { target: target.id, url: accepted.url, message: accepted.message };
  } catch (err) {
    deps.logger.warn({ err, adapter: deps.liveChat.name, botId }, 'live chat handover failed');
    throw new HttpError(503, 'No one can take a live chat right now. Leave a contact request instead.', {
      code: 'live-chat-unavailable',
    });
  }
}
