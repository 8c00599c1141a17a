// Writes imported intents into a bot's content folder as intents/<id>.yml. An existing file keeps
// what the import does not carry (label, link, quick replies, handover) and gains the new
// examples; fields still missing are left out so that `content:check` names them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Localised } from './bot-schema.ts';
import { PORTABLE_LANGS, type PortableIntent } from './portable-intent.ts';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function localised(existing: unknown, incoming: Partial<Localised>): Partial<Localised> | undefined {
  const out: Partial<Localised> = isDict(existing) ? { ...(existing as Partial<Localised>) } : {};
  for (const lang of PORTABLE_LANGS) if (incoming[lang] !== undefined) out[lang] = incoming[lang];
  return Object.keys(out).length > 0 ? out : undefined;
}

function merged(intent: PortableIntent, existing: Dict): Dict {
  const oldExamples = isDict(existing.examples) ? existing.examples : {};
  const examples: Record<string, string[]> = {};
  for (const lang of PORTABLE_LANGS) {
    const old = Array.isArray(oldExamples[lang]) ? (oldExamples[lang] as unknown[]).map(String) : [];
    examples[lang] = [...new Set([...old, ...intent.examples[lang]])];
  }
  const link = intent.link
    ? {
        url: intent.link.url,
        label: localised(isDict(existing.link) ? existing.link.label : undefined, intent.link.label),
      }
    : (existing.link ?? null);
  const out: Dict = {
    id: intent.id,
    label: localised(existing.label, intent.label),
    examples,
    answer: localised(existing.answer, intent.answer),
    link,
    quickReplies: intent.quickReplies.length > 0 ? intent.quickReplies : (existing.quickReplies ?? []),
    handover: intent.handover ?? existing.handover ?? null,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/** Writes (or merges into) one file per intent; returns the files written. */
export function writeIntents(botDir: string, intents: readonly PortableIntent[]): string[] {
  const dir = join(botDir, 'intents');
  mkdirSync(dir, { recursive: true });
  return intents.map((intent) => {
    const file = join(dir, `${intent.id}.yml`);
    const existing: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, stringify(merged(intent, isDict(existing) ? existing : {}), { lineWidth: 0 }));
    return file;
  });
}
