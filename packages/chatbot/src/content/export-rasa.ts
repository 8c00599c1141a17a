// Exports a bot's intents as Rasa YAML: nlu.yml (examples, one block per intent and language with
// `metadata.language`) and domain.yml (`utter_<intent>` responses with a `language` per variant,
// quick replies as buttons, label, link and handover under `custom`), as Botfront-era bots used.
import { stringify } from 'yaml';
import type { PortableIntent } from './portable-intent.ts';
import { PORTABLE_LANGS } from './portable-intent.ts';
import { rasaNameFromId } from './rasa-names.ts';

const YAML_OPTIONS = { lineWidth: 0 } as const;

export function exportRasaNlu(intents: readonly PortableIntent[]): string {
  const nlu = intents.flatMap((intent) =>
    PORTABLE_LANGS.filter((lang) => intent.examples[lang].length > 0).map((lang) => ({
      intent: rasaNameFromId(intent.id),
      metadata: { language: lang },
      examples: `${intent.examples[lang].map((e) => `- ${e.replace(/\s+/g, ' ')}`).join('\n')}\n`,
    })),
  );
  return stringify({ version: '3.1', nlu }, YAML_OPTIONS);
}

export function exportRasaDomain(intents: readonly PortableIntent[]): string {
  const labels = new Map(intents.map((i) => [i.id, i.label]));
  const responses: Record<string, unknown[]> = {};
  for (const intent of intents) {
    const variants = PORTABLE_LANGS.flatMap((lang) => {
      const text = intent.answer[lang];
      if (text === undefined) return [];
      const buttons = intent.quickReplies.map((id) => ({
        title: labels.get(id)?.[lang] ?? id,
        payload: `/${rasaNameFromId(id)}`,
      }));
      const custom: Record<string, unknown> = {};
      if (intent.label[lang] !== undefined) custom.label = intent.label[lang];
      if (intent.link) custom.link = { url: intent.link.url, label: intent.link.label[lang] ?? null };
      if (intent.handover) custom.handover = intent.handover;
      return [
        {
          language: lang,
          text: text.trim(),
          ...(buttons.length > 0 ? { buttons } : {}),
          ...(Object.keys(custom).length > 0 ? { custom } : {}),
        },
      ];
    });
    if (variants.length > 0) responses[`utter_${rasaNameFromId(intent.id)}`] = variants;
  }
  return stringify({ version: '3.1', intents: intents.map((i) => rasaNameFromId(i.id)), responses }, YAML_OPTIONS);
}
