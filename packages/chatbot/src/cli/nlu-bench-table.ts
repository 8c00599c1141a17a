// Formats benchmark rows as one plain-text table (also valid Markdown).

/** What the table shows per row. */
export interface TableRow {
  dataset: string;
  system: string;
  accuracy: number;
  oosRecall: number | null;
  oosPrecision: number | null;
  trainMs: number;
  p50Ms: number;
  p99Ms: number;
}

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

/** A Markdown table: dataset × system × accuracy, OOS recall/precision, train time, p50/p99 latency. */
export function formatBenchTable(rows: readonly TableRow[]): string {
  const header = ['dataset', 'system', 'accuracy', 'OOS recall', 'OOS precision', 'train s', 'p50 ms', 'p99 ms'];
  const body = rows.map((r) => [
    r.dataset,
    r.system,
    pct(r.accuracy),
    pct(r.oosRecall),
    pct(r.oosPrecision),
    (r.trainMs / 1000).toFixed(1),
    ms(r.p50Ms),
    ms(r.p99Ms),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
