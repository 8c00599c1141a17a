// Loads the content of every bot a deployment serves, refusing staff-only bots outside the
// internal deployment.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@pulputtamo/shared/server';
import { type BotContent, loadBot } from './load-bot.ts';

export interface LoadBotsOptions {
  contentDir: string;
  /** Bot ids to serve (CHATBOT_BOTS). */
  botIds: readonly string[];
  /** True only behind the staff sign-in (CHATBOT_INTERNAL=1). */
  internal: boolean;
}

/**
 * Loads `contentDir/<id>` for each id. Throws ContentError (naming file, intent and field) for
 * broken content and ConfigError for a bot that is missing or may not be served here.
 */
export function loadBots(options: LoadBotsOptions): BotContent[] {
  return options.botIds.map((id) => {
    const dir = join(options.contentDir, id);
    if (!existsSync(join(dir, 'bot.yml'))) {
      throw new ConfigError(
        `Invalid configuration:\n  CHATBOT_BOTS: there is no bot "${id}" (no ${join(dir, 'bot.yml')}). Expected bot ids with a folder under CHATBOT_CONTENT_DIR.`,
      );
    }
    const content = loadBot(dir);
    if (content.bot.audience === 'staff' && !options.internal) {
      throw new ConfigError(
        `Invalid configuration:\n  CHATBOT_BOTS: bot "${id}" is for staff only and is served only by an internal deployment behind the staff sign-in. Remove it, or set CHATBOT_INTERNAL=1 on that internal deployment.`,
      );
    }
    return content;
  });
}
