// One turn of a conversation: classify (or resolve a button), decide, answer, and remember the
// turn with personal data redacted, the unanswered question logged and the counters updated.
import { randomUUID } from 'node:crypto';
import { HttpError, type MessageReply, type SendMessage, SOMETHING_ELSE } from '@pulputtamo/shared';
import { helsinkiDay } from '../analytics/helsinki-day.ts';
import type { ChatbotDeps } from '../app.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { addCounts, type CountEvent } from '../db/daily-counts.ts';
import { getLastUserMessage, insertMessage } from '../db/messages.ts';
import { insertSession, type SessionRow, updateSessionState } from '../db/sessions.ts';
import { inTransaction } from '../db/transaction.ts';
import { insertUnanswered, type NewUnanswered } from '../db/unanswered.ts';
import { classify } from '../nlu/classify.ts';
import type { NluModel } from '../nlu/nlu-model.ts';
import type { ServedBot } from '../registry/served-bot.ts';
import { buildReply, type ReplyParts } from './build-reply.ts';
import { type Decision, type DialogueState, decideReply, type Input, nextState } from './decide-reply.ts';
import { redact } from './redact.ts';
import { requireBot } from './require-bot.ts';
import { requireSession } from './require-session.ts';

type Deps = Pick<ChatbotDeps, 'db' | 'clock' | 'bots' | 'liveChat'>;

function botLang(bot: ServedBot, lang: string | undefined): BotLang {
  const langs: readonly string[] = bot.bot.languages;
  return lang && langs.includes(lang) ? (lang as BotLang) : bot.bot.defaultLanguage;
}

/** The bot's model; 503 while the first one is still being trained after start-up. */
function requireModel(bot: ServedBot): NluModel {
  if (bot.model) return bot.model;
  throw new HttpError(503, `Bot "${bot.id}" is starting; try again in a few seconds.`, {
    code: 'bot-starting',
    headers: { 'retry-after': '5' },
  });
}

function readState(session: SessionRow | undefined): DialogueState {
  if (!session) return { recentIntents: [], fallbackStreak: 0 };
  const parsed: unknown = JSON.parse(session.recentIntents);
  const recentIntents = Array.isArray(parsed) ? parsed.filter((i): i is string => typeof i === 'string') : [];
  return { recentIntents, fallbackStreak: session.fallbackStreak };
}

function checkChoice(bot: ServedBot, choice: string): void {
  if (choice === SOMETHING_ELSE || bot.intentById.has(choice)) return;
  throw new HttpError(400, `Bot "${bot.id}" has no quick reply "${choice}".`, {
    code: 'unknown-choice',
    errors: [{ path: 'choice', message: 'Send an id from quickReplies or alternatives of an earlier answer.' }],
  });
}

function countEvents(botId: string, day: string, decision: Decision, reply: ReplyParts): CountEvent[] {
  const events: CountEvent[] = [{ botId, day, kind: 'message' }];
  if (decision.kind === 'answer') {
    events.push({ botId, day, kind: decision.fallback ? 'fallback' : 'intent', key: decision.intentId });
  } else if (decision.kind === 'clarify') {
    events.push({ botId, day, kind: 'clarification', key: decision.intentId });
  } else {
    events.push({ botId, day, kind: 'fallback', key: decision.kind === 'rephrase' ? SOMETHING_ELSE : '' });
  }
  if (reply.handover) events.push({ botId, day, kind: 'handover', key: reply.handover.target });
  return events;
}

/** What goes to the unanswered log for this turn, if anything (text already redacted). */
function unansweredOf(
  botId: string,
  lang: string,
  decision: Decision,
  userText: string,
  previousText: string | undefined,
): NewUnanswered | undefined {
  if (decision.kind === 'fallback') {
    return {
      botId,
      text: userText,
      lang,
      topIntent: decision.top?.intentId ?? null,
      confidence: decision.top?.confidence ?? null,
    };
  }
  if (decision.kind === 'answer' && decision.fallback) {
    return { botId, text: userText, lang, topIntent: decision.intentId, confidence: decision.confidence };
  }
  // "Something else" under "did you mean": the question before it was not answered.
  if (decision.kind === 'rephrase' && previousText) {
    return { botId, text: previousText, lang, topIntent: null, confidence: null };
  }
  return undefined;
}

/** Answers one visitor message; creates the session on the first message. */
export function sendMessage(deps: Deps, botId: string, input: SendMessage): MessageReply {
  const bot = requireBot(deps.bots, botId);
  const session = input.sessionId ? requireSession(deps.db, botId, input.sessionId) : undefined;
  const hint = botLang(bot, input.lang ?? session?.lang);
  let turn: Input;
  let lang: BotLang;
  let userText: string;
  if (input.choice !== undefined) {
    checkChoice(bot, input.choice);
    turn = { kind: 'choice', choice: input.choice };
    lang = hint;
    userText =
      input.choice === SOMETHING_ELSE
        ? bot.bot.somethingElse[lang]
        : (bot.intentById.get(input.choice)?.label[lang] ?? input.choice);
  } else {
    const text = input.text ?? '';
    const classification = classify(requireModel(bot), text, { fallbackLang: hint });
    turn = { kind: 'text', classification };
    lang = botLang(bot, classification.lang);
    userText = redact(text);
  }
  const state = readState(session);
  const decision = decideReply(bot, turn, state);
  const reply = buildReply(bot, decision, lang, deps.liveChat !== undefined);
  const sessionId = session?.id ?? randomUUID();
  const now = deps.clock();
  const messageId = inTransaction(deps.db, () => {
    if (!session) insertSession(deps.db, { id: sessionId, botId, lang, now });
    const previous = decision.kind === 'rephrase' ? getLastUserMessage(deps.db, sessionId)?.text : undefined;
    insertMessage(deps.db, { sessionId, role: 'user', text: userText }, now);
    const id = insertMessage(
      deps.db,
      {
        sessionId,
        role: 'bot',
        text: reply.answer.text,
        intentId: reply.intent?.id ?? null,
        confidence: reply.intent?.confidence ?? null,
        fallback: reply.fallback,
      },
      now,
    );
    const next = nextState(state, decision);
    const handoverTarget = reply.handover?.target ?? session?.handoverTarget ?? null;
    updateSessionState(deps.db, sessionId, { ...next, lang, handoverTarget }, now);
    // A button never adds to the unanswered log, except "something else" (it logs the question before it).
    const unanswered =
      turn.kind === 'text' || decision.kind === 'rephrase'
        ? unansweredOf(botId, lang, decision, userText, previous)
        : undefined;
    if (unanswered) insertUnanswered(deps.db, unanswered, now);
    addCounts(deps.db, countEvents(botId, helsinkiDay(now), decision, reply));
    return id;
  });
  return { sessionId, messageId, lang, ...reply };
}
