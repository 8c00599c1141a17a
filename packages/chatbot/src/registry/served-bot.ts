// A bot as this deployment serves it: its content, the examples content owners added, quick
// look-ups by intent and handover target, and its trained model once training has finished.
import type { BotFile, BotLang, HandoverTarget, IntentFile } from '../content/bot-schema.ts';
import type { BotContent } from '../content/load-bot.ts';
import { intentRole } from '../conversation/intent-role.ts';
import type { NluExample, NluModel } from '../nlu/nlu-model.ts';

/** A training example added through the admin API. */
export interface AddedExample {
  intentId: string;
  text: string;
  lang: BotLang;
}

/** Treat as immutable; retraining makes a new one. */
export interface ServedBot {
  id: string;
  bot: BotFile;
  intents: IntentFile[];
  intentById: Map<string, IntentFile>;
  targetById: Map<string, HandoverTarget>;
  /** Added examples the model is trained with (those of intents that still exist). */
  added: AddedExample[];
  /** Null while the first model is being trained. */
  model: NluModel | null;
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

/** The served bot for `content`; added examples of intents that no longer exist are dropped. */
export function servedBot(content: BotContent, added: readonly AddedExample[], model: NluModel | null): ServedBot {
  const intentById = new Map(content.intents.map((i) => [i.id, i]));
  const byRole = (role: string) => content.intents.find((i) => intentRole(i.id) === role)?.id;
  return {
    id: content.bot.id,
    bot: content.bot,
    intents: content.intents,
    intentById,
    targetById: new Map(content.bot.handoverTargets.map((t) => [t.id, t])),
    added: added.filter((a) => intentById.has(a.intentId)),
    model,
    askHuman: byRole('ask_human'),
    capabilities: byRole('capabilities'),
  };
}
