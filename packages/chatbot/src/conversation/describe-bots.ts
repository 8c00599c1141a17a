// What a widget needs before the first message: the bots served here, and a bot's greeting and topics.
import type { BotIntro, BotSummary, ChatLang } from '@pulputtamo/shared';
import type { BotRegistry } from '../registry/bot-registry.ts';
import type { ServedBot } from '../registry/served-bot.ts';
import { makeAnswer, quickRepliesFor } from './build-reply.ts';
import { requireBot } from './require-bot.ts';

function summary(bot: ServedBot, lang: ChatLang): BotSummary {
  return {
    id: bot.id,
    name: bot.bot.name[lang],
    languages: bot.bot.languages,
    defaultLanguage: bot.bot.defaultLanguage,
    audience: bot.bot.audience,
    ready: bot.model !== null,
  };
}

/** The bots this deployment serves, named in `lang` (default: each bot's own default language). */
export function listBots(bots: BotRegistry, lang: ChatLang | undefined): BotSummary[] {
  return bots.list().map((bot) => summary(bot, lang ?? bot.bot.defaultLanguage));
}

/** The bot's greeting with the opening topics as quick replies; no session is created. */
export function describeBot(bots: BotRegistry, botId: string, lang: ChatLang | undefined): BotIntro {
  const bot = requireBot(bots, botId);
  const shown = lang && bot.bot.languages.includes(lang) ? lang : bot.bot.defaultLanguage;
  return {
    ...summary(bot, shown),
    lang: shown,
    greeting: makeAnswer(bot.bot.greeting[shown], quickRepliesFor(bot, bot.bot.openingQuickReplies, shown)),
  };
}
