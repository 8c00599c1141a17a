// Wires the registry to its sources: content files from CHATBOT_CONTENT_DIR / CHATBOT_BOTS and
// the examples added through the admin API from the database.
import type { ChatbotConfig } from '../config.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { loadBots } from '../content/load-bots.ts';
import { listAddedExamples } from '../db/added-examples.ts';
import type { Db } from '../db/client.ts';
import { type BotRegistry, createBotRegistry, type ModelTrainer } from './bot-registry.ts';
import type { ModelCache } from './model-cache.ts';

/** Reads every configured bot's content (throwing ContentError or ConfigError); train with `trainAll`. */
export function openBotRegistry(
  db: Db,
  config: Pick<ChatbotConfig, 'contentDir' | 'bots' | 'internal'>,
  training: { cache?: ModelCache; trainer?: ModelTrainer } = {},
): BotRegistry {
  return createBotRegistry({
    ...training,
    load: () => loadBots({ contentDir: config.contentDir, botIds: config.bots, internal: config.internal }),
    addedExamples: (botId) =>
      listAddedExamples(db, botId).map((e) => ({ intentId: e.intentId, text: e.text, lang: e.lang as BotLang })),
  });
}
