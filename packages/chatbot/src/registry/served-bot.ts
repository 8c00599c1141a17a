// Turns one bot's content (plus the examples content owners added) into a served bot: a trained
// model and quick look-ups by intent and handover target.
import { createHash } from 'node:crypto';
import type { BotFile, BotLang, HandoverTarget, IntentFile } from '../content/bot-schema.ts';
import type { BotContent } from '../content/load-bot.ts';
import { intentRole } from '../conversation/intent-role.ts';
import { deserializeModel } from '../nlu/deserialize-model.ts';
import type { NluExample, NluModel } from '../nlu/nlu-model.ts';
import { serializeModel } from '../nlu/serialize-model.ts';
import { type TrainOptions, trainModel } from '../nlu/train-model.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import type { ModelCache } from './model-cache.ts';

/** A training example added through the admin API. */
export interface AddedExample {
  intentId: string;
  text: string;
  lang: BotLang;
}

/** A bot ready to converse. Treat as immutable; retraining makes a new one. */
export interface ServedBot {
  id: string;
  bot: BotFile;
  intents: IntentFile[];
  intentById: Map<string, IntentFile>;
  targetById: Map<string, HandoverTarget>;
  /** Added examples the model was trained with (those of intents that still exist). */
  added: AddedExample[];
  model: NluModel;
  /** The bot's shared intents by role, when it has them. */
  askHuman: string | undefined;
  capabilities: string | undefined;
}

/** The content's examples in every language followed by the added ones. */
export function trainingExamples(content: BotContent, added: readonly AddedExample[]): NluExample[] {
  const fromContent = content.intents.flatMap((intent) =>
    content.bot.languages.flatMap((lang) => intent.examples[lang].map((text) => ({ text, intent: intent.id, lang }))),
  );
  return [...fromContent, ...added.map((a) => ({ text: a.text, intent: a.intentId, lang: a.lang }))];
}

/** What a model is trained from, as a key: the examples, the options and the engine's source. */
export function modelKey(examples: readonly NluExample[], options: TrainOptions): string {
  return createHash('sha256').update(JSON.stringify({ examples, options })).update(engineFingerprint()).digest('hex');
}

/** Trains (deterministically) or takes from `cache` the model for these examples. */
function modelFor(
  botId: string,
  examples: NluExample[],
  options: TrainOptions,
  cache: ModelCache | undefined,
): NluModel {
  const key = modelKey(examples, options);
  const kept = cache?.get(botId, key);
  if (kept) {
    try {
      return deserializeModel(kept);
    } catch {
      // An unreadable stored model is simply trained again below.
    }
  }
  const model = trainModel(examples, options);
  cache?.set(botId, key, serializeModel(model));
  return model;
}

/** The served bot for `content` and the added examples (deterministic: same input, same model). */
export function trainBot(content: BotContent, added: readonly AddedExample[], cache?: ModelCache): ServedBot {
  const intentById = new Map(content.intents.map((i) => [i.id, i]));
  const kept = added.filter((a) => intentById.has(a.intentId));
  const examples = trainingExamples(content, kept);
  const model = modelFor(content.bot.id, examples, { defaultLang: content.bot.defaultLanguage }, cache);
  const byRole = (role: string) => content.intents.find((i) => intentRole(i.id) === role)?.id;
  return {
    id: content.bot.id,
    bot: content.bot,
    intents: content.intents,
    intentById,
    targetById: new Map(content.bot.handoverTargets.map((t) => [t.id, t])),
    added: kept,
    model,
    askHuman: byRole('ask_human'),
    capabilities: byRole('capabilities'),
  };
}
