// `nlu:eval --misses`: every example the cross-validation got wrong, listed under its own intent.
import type { IntentReport } from '../nlu/build-intent-report.ts';

/**
 * One header line per intent with mistakes ("lib_x (3 of 36)"), then one line per mistake:
 * what it was taken for, with what confidence, its language and its text.
 */
export function formatMisses(report: Pick<IntentReport, 'intents' | 'misses'>): string[] {
  const lines = [`Misclassified examples (${report.misses.length}), under their own intent:`];
  if (report.misses.length === 0) return [...lines, '  none'];
  const support = new Map(report.intents.map((i) => [i.intent, i.support]));
  const perIntent = new Map<string, number>();
  for (const m of report.misses) perIntent.set(m.example.intent, (perIntent.get(m.example.intent) ?? 0) + 1);
  let current: string | undefined;
  for (const { example, predicted, confidence } of report.misses) {
    if (example.intent !== current) {
      current = example.intent;
      lines.push(`  ${current} (${perIntent.get(current)} of ${support.get(current) ?? '?'})`);
    }
    const lang = example.lang ? `[${example.lang}] ` : '';
    const taken = predicted ? `${predicted} ${(confidence * 100).toFixed(0)}%` : '(nothing readable)';
    lines.push(`    → ${taken}  ${lang}"${example.text}"`);
  }
  return lines;
}
