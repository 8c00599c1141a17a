// The bots this deployment serves, kept in memory. Content is read at once (so broken content
// stops start-up); models are trained after, one bot at a time, and swapped in when ready. Content
// reloads and added examples retrain in the same way while the previous model keeps answering.
import type { BotContent } from '../content/load-bot.ts';
import { deserializeModel } from '../nlu/deserialize-model.ts';
import type { NluExample, NluModel } from '../nlu/nlu-model.ts';
import { serializeModel } from '../nlu/serialize-model.ts';
import { type TrainOptions, trainModel } from '../nlu/train-model.ts';
import type { ModelCache } from './model-cache.ts';
import { modelKey } from './model-key.ts';
import { type AddedExample, type ServedBot, servedBot, trainingExamples } from './served-bot.ts';

/** Trains one model, in this thread (returning it) or elsewhere (returning a promise). */
export type ModelTrainer = (examples: NluExample[], options: TrainOptions) => NluModel | Promise<NluModel>;

export interface BotRegistryOptions {
  /** Reads every served bot's content; throws ContentError or ConfigError when it cannot. */
  load: () => BotContent[];
  /** The examples added to a bot through the admin API (from the database). */
  addedExamples: (botId: string) => AddedExample[];
  /** Keeps trained models between starts; without one every start trains. */
  cache?: ModelCache | undefined;
  /** Default: train in this thread, synchronously (tests, CLIs). The service uses a worker. */
  trainer?: ModelTrainer;
}

export interface BotRegistry {
  get(botId: string): ServedBot | undefined;
  /** Served bots in configuration order. */
  list(): ServedBot[];
  /** Trains every bot that has no model yet; with the in-process trainer it is done on return. */
  trainAll(): Promise<void>;
  /** Reads the content again and retrains every bot; on an error the served bots stay as they were. */
  reload(): Promise<ServedBot[]>;
  /** Retrains one bot with its content and its current added examples. */
  retrain(botId: string): Promise<ServedBot | undefined>;
}

/** Reads the content now (throwing what `load` throws); call `trainAll` to train. */
export function createBotRegistry(options: BotRegistryOptions): BotRegistry {
  const trainer = options.trainer ?? trainModel;
  let bots = new Map(options.load().map((c) => [c.bot.id, servedBot(c, options.addedExamples(c.bot.id), null)]));
  /** The latest training job per bot; an older job finishing later is discarded. */
  const generation = new Map<string, number>();

  function modelFor(content: BotContent, added: AddedExample[]): NluModel | Promise<NluModel> {
    const id = content.bot.id;
    const examples = trainingExamples(content, added);
    const trainOptions: TrainOptions = { defaultLang: content.bot.defaultLanguage };
    const key = modelKey(examples, trainOptions);
    const kept = options.cache?.get(id, key);
    if (kept) {
      try {
        return deserializeModel(kept);
      } catch {
        // An unreadable stored model is trained again below.
      }
    }
    const keep = (model: NluModel) => {
      options.cache?.set(id, key, serializeModel(model));
      return model;
    };
    const result = trainer(examples, trainOptions);
    return result instanceof Promise ? result.then(keep) : keep(result);
  }

  /** Trains and swaps the bot in, unless a newer job for it was started meanwhile. */
  function train(content: BotContent, added: AddedExample[]): void | Promise<void> {
    const id = content.bot.id;
    const job = (generation.get(id) ?? 0) + 1;
    generation.set(id, job);
    const swap = (model: NluModel) => {
      if (generation.get(id) === job) bots = new Map(bots).set(id, servedBot(content, added, model));
    };
    const result = modelFor(content, added);
    return result instanceof Promise ? result.then(swap) : swap(result);
  }

  async function trainEach(contents: BotContent[]): Promise<void> {
    for (const content of contents) {
      const pending = train(content, options.addedExamples(content.bot.id));
      if (pending) await pending;
    }
  }

  const contentOf = (bot: ServedBot): BotContent => ({ bot: bot.bot, intents: bot.intents });

  return {
    get: (botId) => bots.get(botId),
    list: () => [...bots.values()],
    trainAll: () => trainEach([...bots.values()].filter((b) => b.model === null).map(contentOf)),
    async reload() {
      const contents = options.load();
      await trainEach(contents);
      return [...bots.values()];
    },
    async retrain(botId) {
      const current = bots.get(botId);
      if (!current) return undefined;
      await trainEach([contentOf(current)]);
      return bots.get(botId);
    },
  };
}
