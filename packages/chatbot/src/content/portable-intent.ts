// The shape content takes between this repo's YAML and other formats (Rasa, CSV): every field
// may be partial, because other formats carry less than a content file.
import type { BotLang, IntentFile, Localised } from './bot-schema.ts';
import type { BotContent } from './load-bot.ts';

export interface PortableIntent {
  id: string;
  label: Partial<Localised>;
  examples: Record<BotLang, string[]>;
  answer: Partial<Localised>;
  link: { url: string; label: Partial<Localised> } | null;
  quickReplies: string[];
  handover: string | null;
}

/** What an importer read, and what it could not carry over. */
export interface ImportResult {
  intents: PortableIntent[];
  warnings: string[];
}

export const PORTABLE_LANGS: readonly BotLang[] = ['fi', 'sv', 'en'];

export function emptyIntent(id: string): PortableIntent {
  return {
    id,
    label: {},
    examples: { fi: [], sv: [], en: [] },
    answer: {},
    link: null,
    quickReplies: [],
    handover: null,
  };
}

function fromIntentFile(intent: IntentFile): PortableIntent {
  return {
    id: intent.id,
    label: { ...intent.label },
    examples: { fi: [...intent.examples.fi], sv: [...intent.examples.sv], en: [...intent.examples.en] },
    answer: { ...intent.answer },
    link: intent.link ? { url: intent.link.url, label: { ...intent.link.label } } : null,
    quickReplies: [...intent.quickReplies],
    handover: intent.handover,
  };
}

/** A bot's intents with the examples added through the admin API merged in (no duplicates). */
export function portableIntents(
  content: BotContent,
  added: readonly { intentId: string; text: string; lang: BotLang }[] = [],
): PortableIntent[] {
  const intents = content.intents.map(fromIntentFile);
  const byId = new Map(intents.map((i) => [i.id, i]));
  for (const a of added) {
    const list = byId.get(a.intentId)?.examples[a.lang];
    if (list && !list.includes(a.text)) list.push(a.text);
  }
  return intents;
}
