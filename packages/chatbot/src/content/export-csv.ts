// Exports a bot's intents as a CSV of question,answer,intent,lang: one row per example, with the
// intent's answer in the example's language (a language with an answer but no example gets a row
// with an empty question, so every answer survives a round trip).
import { formatCsv } from '../csv/format-csv.ts';
import { PORTABLE_LANGS, type PortableIntent } from './portable-intent.ts';

export const CSV_HEADER = ['question', 'answer', 'intent', 'lang'] as const;

export function exportCsv(intents: readonly PortableIntent[]): string {
  const rows: string[][] = [];
  for (const intent of intents) {
    for (const lang of PORTABLE_LANGS) {
      const answer = intent.answer[lang] ?? '';
      const questions = intent.examples[lang];
      if (questions.length === 0 && answer) rows.push(['', answer, intent.id, lang]);
      for (const question of questions) rows.push([question, answer, intent.id, lang]);
    }
  }
  return formatCsv([[...CSV_HEADER], ...rows]);
}
