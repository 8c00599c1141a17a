// The bots this deployment serves, trained and kept in memory; reloaded from disk on request and
// retrained when content owners add an example.
import type { BotContent } from '../content/load-bot.ts';
import type { ModelCache } from './model-cache.ts';
import { type AddedExample, type ServedBot, trainBot } from './train-bot.ts';

export interface BotRegistryOptions {
  /** Reads every served bot's content; throws ContentError or ConfigError when it cannot. */
  load: () => BotContent[];
  /** The examples added to a bot through the admin API (from the database). */
  addedExamples: (botId: string) => AddedExample[];
  /** Keeps trained models between starts; without one every start trains. */
  cache?: ModelCache;
}

export interface BotRegistry {
  get(botId: string): ServedBot | undefined;
  /** Served bots in configuration order. */
  list(): ServedBot[];
  /** Reads the content again and retrains every bot. On an error the old bots stay served. */
  reload(): ServedBot[];
  /** Retrains one bot with its current content and added examples. */
  retrain(botId: string): ServedBot | undefined;
}

/** Loads and trains every bot now (throwing what `load` throws) and returns the registry. */
export function createBotRegistry(options: BotRegistryOptions): BotRegistry {
  const train = (contents: BotContent[]) =>
    new Map(contents.map((c) => [c.bot.id, trainBot(c, options.addedExamples(c.bot.id), options.cache)]));
  let bots = train(options.load());
  return {
    get: (botId) => bots.get(botId),
    list: () => [...bots.values()],
    reload() {
      bots = train(options.load());
      return [...bots.values()];
    },
    retrain(botId) {
      const current = bots.get(botId);
      if (!current) return undefined;
      const next = trainBot(
        { bot: current.bot, intents: current.intents },
        options.addedExamples(botId),
        options.cache,
      );
      bots = new Map(bots).set(botId, next);
      return next;
    },
  };
}
