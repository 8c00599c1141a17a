// Which handover target a contact request or live chat goes to.
import { HttpError } from '@pulputtamo/shared';
import type { HandoverTarget } from '../content/bot-schema.ts';
import type { SessionRow } from '../db/sessions.ts';
import type { ServedBot } from '../registry/served-bot.ts';

/** The requested target, else the one last offered in the session, else the bot's default. */
export function chooseTarget(bot: ServedBot, session: SessionRow, requested: string | undefined): HandoverTarget {
  const id = requested ?? session.handoverTarget ?? bot.bot.defaultHandover;
  const target = bot.targetById.get(id);
  if (!target) {
    throw new HttpError(400, `Bot "${bot.id}" has no handover target "${id}".`, {
      code: 'unknown-target',
      errors: [{ path: 'target', message: `Use one of: ${[...bot.targetById.keys()].join(', ')}.` }],
    });
  }
  return target;
}
