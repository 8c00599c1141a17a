// Words for a decision: the answer text in the visitor's language, its quick replies, links,
// actions, and the person to reach. Pure apart from markdown rendering.
import type { ChatAction, ChatAnswer, Handover, QuickReply } from '@pulputtamo/shared';
import { SOMETHING_ELSE } from '@pulputtamo/shared';
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { BotLang } from '../content/bot-schema.ts';
import type { ServedBot } from '../registry/served-bot.ts';
import type { Decision } from './decide-reply.ts';
import { intentRole } from './intent-role.ts';

export interface ReplyParts {
  intent: { id: string; confidence: number } | null;
  answer: ChatAnswer;
  alternatives?: QuickReply[];
  handover?: Handover;
  fallback: boolean;
}

/** Quick replies for intent ids, labelled in `lang`; ids the bot does not have are skipped. */
export function quickRepliesFor(bot: ServedBot, ids: readonly string[], lang: BotLang): QuickReply[] {
  return ids.flatMap((id) => {
    const intent = bot.intentById.get(id);
    return intent ? [{ id, label: intent.label[lang] }] : [];
  });
}

/** The handover block for target `id` in `lang`. */
export function describeHandover(bot: ServedBot, id: string, lang: BotLang, liveChat: boolean): Handover | undefined {
  const target = bot.targetById.get(id);
  if (!target) return undefined;
  return {
    target: target.id,
    contact: target.contact[lang],
    role: target.role[lang],
    hours: target.hours?.[lang] ?? null,
    url: target.url,
    liveChat,
  };
}

/** An answer object from markdown text. */
export function makeAnswer(
  text: string,
  quickReplies: QuickReply[],
  links: ChatAnswer['links'] = [],
  actions: ChatAction[] = [],
): ChatAnswer {
  return { text: text.trim(), html: renderMarkdown(text.trim()), quickReplies, links, actions };
}

function handoverActions(liveChat: boolean): ChatAction[] {
  return liveChat ? ['contact-request', 'live-chat'] : ['contact-request'];
}

/** Fallback buttons: talk to a person, and what the bot can do. */
function helpChoices(bot: ServedBot): string[] {
  return [bot.askHuman, bot.capabilities].filter((id): id is string => id !== undefined);
}

/** Builds the reply for `decision` in `lang`; `liveChat` says whether a live-chat adapter is configured. */
export function buildReply(bot: ServedBot, decision: Decision, lang: BotLang, liveChat: boolean): ReplyParts {
  const handover =
    decision.kind !== 'clarify' && decision.handoverTarget
      ? describeHandover(bot, decision.handoverTarget, lang, liveChat)
      : undefined;
  const actions = handover ? handoverActions(liveChat) : [];
  switch (decision.kind) {
    case 'answer': {
      const intent = bot.intentById.get(decision.intentId);
      if (!intent) throw new Error(`intent ${decision.intentId} is not in bot ${bot.id}`);
      const role = intentRole(intent.id);
      const replies = role === 'capabilities' ? bot.bot.openingQuickReplies : intent.quickReplies;
      const links = intent.link ? [{ url: intent.link.url, label: intent.link.label[lang] }] : [];
      if (role === 'goodbye') actions.unshift('clear-conversation');
      return {
        intent: { id: intent.id, confidence: decision.confidence },
        answer: makeAnswer(intent.answer[lang], quickRepliesFor(bot, replies, lang), links, actions),
        ...(handover ? { handover } : {}),
        fallback: decision.fallback,
      };
    }
    case 'clarify': {
      const alternatives = quickRepliesFor(bot, decision.alternatives, lang);
      const somethingElse = { id: SOMETHING_ELSE, label: bot.bot.somethingElse[lang] };
      return {
        intent: { id: decision.intentId, confidence: decision.confidence },
        answer: makeAnswer(bot.bot.didYouMean[lang], [...alternatives, somethingElse]),
        alternatives,
        fallback: false,
      };
    }
    case 'fallback':
    case 'rephrase': {
      const text = handover
        ? bot.bot.handoverOffer[lang]
        : decision.kind === 'rephrase'
          ? bot.bot.rephrase[lang]
          : bot.bot.fallback[lang];
      const replies = handover ? [bot.capabilities].filter((id) => id !== undefined) : helpChoices(bot);
      return {
        intent: null,
        answer: makeAnswer(text, quickRepliesFor(bot, replies, lang), [], actions),
        ...(handover ? { handover } : {}),
        fallback: true,
      };
    }
  }
}
