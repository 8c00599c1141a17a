// Finds a served bot or fails with a 404 a person can act on.
import { HttpError } from '@pulputtamo/shared';
import type { BotRegistry } from '../registry/bot-registry.ts';
import type { ServedBot } from '../registry/served-bot.ts';

/** The bot `botId` if this deployment serves it; 404 otherwise (staff-only bots look absent). */
export function requireBot(bots: BotRegistry, botId: string): ServedBot {
  const bot = bots.get(botId);
  if (!bot) {
    const served = bots
      .list()
      .map((b) => b.id)
      .join(', ');
    throw new HttpError(404, `There is no bot "${botId}" here. Bots served here: ${served}.`, {
      code: 'bot-not-found',
    });
  }
  return bot;
}
