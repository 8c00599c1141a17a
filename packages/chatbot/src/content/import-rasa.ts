// Imports Rasa YAML as the AuroraAI/Botfront bots exported it: nlu.yml intents with examples
// (retrieval intents like `chitchat/time` included, entity annotations removed) and domain.yml
// `utter_<intent>` responses whose variants carry `language: fi|sv|en`.
import { detectLanguage } from '@pulputtamo/shared/text';
import { parse } from 'yaml';
import type { BotLang } from './bot-schema.ts';
import { emptyIntent, type ImportResult, PORTABLE_LANGS, type PortableIntent } from './portable-intent.ts';
import { idFromRasaName } from './rasa-names.ts';

export interface RasaFile {
  /** Shown in warnings, e.g. `data/nlu.yml`. */
  name: string;
  text: string;
  /** The language of every example in the file, when the export was one file per language. */
  lang?: BotLang;
}

export interface RasaSources {
  nlu: RasaFile[];
  domain?: RasaFile;
  /** Language of examples and answers that say none and whose language detection is unsure. */
  defaultLang: BotLang;
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLang = (v: unknown): v is BotLang => typeof v === 'string' && (PORTABLE_LANGS as string[]).includes(v);

/** `[Kuopio](city)` and `[Kuopio]{"entity": "city"}` → `Kuopio`. */
function stripEntities(text: string): string {
  return text.replace(/\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})/g, '$1');
}

/** Examples from a `examples: |` block of `- text` lines, or from a list of strings or `{text}`. */
function exampleLines(examples: unknown): string[] {
  const raw =
    typeof examples === 'string'
      ? examples.split('\n').map((line) => line.match(/^\s*-\s+(.*)$/)?.[1] ?? '')
      : Array.isArray(examples)
        ? examples.map((e) => (isDict(e) ? String(e.text ?? '') : String(e)))
        : [];
  return raw.map((line) => stripEntities(line).trim()).filter(Boolean);
}

function parseYaml(file: RasaFile, warnings: string[]): Dict {
  try {
    const data: unknown = parse(file.text);
    if (isDict(data)) return data;
    warnings.push(`${file.name}: not a YAML mapping; skipped`);
  } catch (err) {
    warnings.push(`${file.name}: not readable YAML (${(err as Error).message.split('\n')[0]}); skipped`);
  }
  return {};
}

function languageOf(declared: unknown, text: string, sources: RasaSources, where: string, warnings: string[]) {
  if (declared === undefined || declared === null) return detectLanguage(text, sources.defaultLang);
  if (isLang(declared)) return declared;
  warnings.push(`${where}: language "${String(declared)}" is not fi, sv or en; skipped`);
  return undefined;
}

function readNlu(file: RasaFile, sources: RasaSources, intents: Map<string, PortableIntent>, warnings: string[]) {
  const data = parseYaml(file, warnings);
  const items = Array.isArray(data.nlu) ? data.nlu : [];
  for (const [index, item] of items.entries()) {
    if (!isDict(item) || typeof item.intent !== 'string') {
      const kind = isDict(item) ? Object.keys(item)[0] : typeof item;
      warnings.push(`${file.name}: nlu.${index} (${kind}) is not an intent; skipped`);
      continue;
    }
    const id = idFromRasaName(item.intent);
    const intent = intents.get(id) ?? emptyIntent(id);
    intents.set(id, intent);
    const metadata = isDict(item.metadata) ? item.metadata : {};
    for (const text of exampleLines(item.examples)) {
      const declared = file.lang ?? metadata.language;
      const lang = languageOf(declared, text, sources, `${file.name}: intent ${item.intent}`, warnings);
      if (lang && !intent.examples[lang].includes(text)) intent.examples[lang].push(text);
    }
  }
}

function readVariant(intent: PortableIntent, variant: Dict, lang: BotLang, intents: Map<string, PortableIntent>) {
  intent.answer[lang] = String(variant.text ?? '').trim();
  const buttons = Array.isArray(variant.buttons) ? variant.buttons.filter(isDict) : [];
  for (const button of buttons) {
    const payload = typeof button.payload === 'string' ? button.payload.replace(/^\//, '').replace(/\{.*$/, '') : '';
    if (!payload) continue;
    const id = idFromRasaName(payload);
    if (!intent.quickReplies.includes(id)) intent.quickReplies.push(id);
    const target = intents.get(id);
    if (target && target.label[lang] === undefined && typeof button.title === 'string')
      target.label[lang] = button.title;
  }
  const custom = isDict(variant.custom) ? variant.custom : {};
  if (typeof custom.label === 'string') intent.label[lang] = custom.label;
  if (typeof custom.handover === 'string') intent.handover = custom.handover;
  if (isDict(custom.link) && typeof custom.link.url === 'string') {
    intent.link ??= { url: custom.link.url, label: {} };
    if (typeof custom.link.label === 'string') intent.link.label[lang] = custom.link.label;
  }
}

function readDomain(file: RasaFile, sources: RasaSources, intents: Map<string, PortableIntent>, warnings: string[]) {
  const data = parseYaml(file, warnings);
  const responses = isDict(data.responses) ? data.responses : isDict(data.templates) ? data.templates : {};
  for (const [name, variants] of Object.entries(responses)) {
    const id = name.startsWith('utter_') ? idFromRasaName(name.slice('utter_'.length)) : undefined;
    const intent = id ? intents.get(id) : undefined;
    if (!intent) {
      warnings.push(`${file.name}: response ${name} answers no intent of the NLU data; skipped`);
      continue;
    }
    const seen = new Set<BotLang>();
    for (const variant of Array.isArray(variants) ? variants.filter(isDict) : []) {
      const text = String(variant.text ?? '');
      const declared =
        file.lang ?? variant.language ?? (isDict(variant.metadata) ? variant.metadata.language : undefined);
      const lang = languageOf(declared, text, sources, `${file.name}: ${name}`, warnings);
      if (!lang) continue;
      if (seen.has(lang)) {
        warnings.push(`${file.name}: ${name} has more than one ${lang} variant; the first is kept`);
        continue;
      }
      seen.add(lang);
      readVariant(intent, variant, lang, intents);
    }
  }
}

/** The first example in each language labels an intent that has no label (Botfront's convention). */
function fillLabels(intent: PortableIntent): void {
  for (const lang of PORTABLE_LANGS) {
    const first = intent.examples[lang][0];
    if (intent.label[lang] === undefined && first)
      intent.label[lang] = first.length > 80 ? `${first.slice(0, 77)}…` : first;
  }
}

/** Reads the files into portable intents (in first-seen order) and lists what was skipped. */
export function importRasa(sources: RasaSources): ImportResult {
  const warnings: string[] = [];
  const intents = new Map<string, PortableIntent>();
  for (const file of sources.nlu) readNlu(file, sources, intents, warnings);
  if (sources.domain) readDomain(sources.domain, sources, intents, warnings);
  for (const intent of intents.values()) fillLabels(intent);
  return { intents: [...intents.values()], warnings };
}
