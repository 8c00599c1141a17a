// Imports a CSV of question,answer[,intent,lang] (a FAQ sheet). Rows of one intent share its id;
// without an intent column, rows with the same answer form one intent. A missing language is
// detected from the question (or the answer).
import { detectLanguage } from '@pulputtamo/shared/text';
import { parseCsv } from '../csv/parse-csv.ts';
import type { BotLang } from './bot-schema.ts';
import { emptyIntent, type ImportResult, PORTABLE_LANGS, type PortableIntent } from './portable-intent.ts';
import { idFromRasaName } from './rasa-names.ts';

const COLUMN_NAMES: Record<string, 'question' | 'answer' | 'intent' | 'lang'> = {
  question: 'question',
  kysymys: 'question',
  answer: 'answer',
  vastaus: 'answer',
  intent: 'intent',
  aihe: 'intent',
  lang: 'lang',
  language: 'lang',
  kieli: 'lang',
};

type Columns = Record<'question' | 'answer' | 'intent' | 'lang', number>;

/** Column positions from a header row, or undefined when the first row is data. */
function readHeader(row: string[]): Columns | undefined {
  const found: Partial<Columns> = {};
  row.forEach((cell, i) => {
    const name = COLUMN_NAMES[cell.trim().toLowerCase()];
    if (name && found[name] === undefined) found[name] = i;
  });
  if (found.question === undefined || found.answer === undefined) return undefined;
  return { question: found.question, answer: found.answer, intent: found.intent ?? -1, lang: found.lang ?? -1 };
}

export function importCsv(text: string, options: { defaultLang: BotLang; name?: string }): ImportResult {
  const name = options.name ?? 'csv';
  const warnings: string[] = [];
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (err) {
    return { intents: [], warnings: [`${name}: ${(err as Error).message}`] };
  }
  const header = rows[0] ? readHeader(rows[0]) : undefined;
  const columns: Columns = header ?? { question: 0, answer: 1, intent: 2, lang: 3 };
  const intents = new Map<string, PortableIntent>();
  const idByAnswer = new Map<string, string>();
  rows.slice(header ? 1 : 0).forEach((row, index) => {
    const line = index + (header ? 2 : 1);
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const question = cell(columns.question);
    const answer = cell(columns.answer);
    if (!question && !answer) return;
    const declared = cell(columns.lang).toLowerCase();
    const lang = declared
      ? (PORTABLE_LANGS as string[]).includes(declared)
        ? (declared as BotLang)
        : undefined
      : detectLanguage(question || answer, options.defaultLang);
    if (!lang) {
      warnings.push(`${name}: line ${line}: language "${declared}" is not fi, sv or en; skipped`);
      return;
    }
    let id = cell(columns.intent) ? idFromRasaName(cell(columns.intent)) : idByAnswer.get(answer);
    if (!id) {
      id = `faq_${idByAnswer.size + 1}`;
      idByAnswer.set(answer, id);
    }
    const intent = intents.get(id) ?? emptyIntent(id);
    intents.set(id, intent);
    if (question && !intent.examples[lang].includes(question)) intent.examples[lang].push(question);
    if (answer && intent.answer[lang] === undefined) intent.answer[lang] = answer;
    else if (answer && intent.answer[lang] !== answer) {
      warnings.push(`${name}: line ${line}: intent ${id} already has a different ${lang} answer; the first is kept`);
    }
    if (question && intent.label[lang] === undefined) intent.label[lang] = question;
  });
  return { intents: [...intents.values()], warnings };
}
