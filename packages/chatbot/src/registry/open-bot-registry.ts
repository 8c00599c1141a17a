// Wires the registry to its sources: content files from CHATBOT_CONTENT_DIR / CHATBOT_BOTS and
// the examples added through the admin API from the database.
import type { ChatbotConfig } from '../config.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { loadBots } from '../content/load-bots.ts';
import { listAddedExamples } from '../db/added-examples.ts';
import type { Db } from '../db/client.ts';
import { type BotRegistry, createBotRegistry } from './bot-registry.ts';
import type { ModelCache } from './model-cache.ts';

/** Loads and trains every configured bot; throws ContentError or ConfigError when it cannot. */
export function openBotRegistry(
  db: Db,
  config: Pick<ChatbotConfig, 'contentDir' | 'bots' | 'internal'>,
  cache?: ModelCache,
): BotRegistry {
  return createBotRegistry({
    cache,
    load: () => loadBots({ contentDir: config.contentDir, botIds: config.bots, internal: config.internal }),
    addedExamples: (botId) =>
      listAddedExamples(db, botId).map((e) => ({ intentId: e.intentId, text: e.text, lang: e.lang as BotLang })),
  });
}
