// Turns measurements into the printed table, bench-results/ideas.json and the README's table.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Endpoint } from './endpoints.ts';
import type { Measurement } from './measure.ts';

export interface ResultRow {
  name: string;
  rps: number;
  p99Ms: number;
  ratioToHello: number;
  /** Server CPU time per request (µs). */
  serverCpuUs: number;
  /** Socket errors and timeouts (> 10 s) during the measured run. */
  errors: number;
}

/** One row per endpoint, ratios against the hello-world run of the same session. */
export function toResultRows(measurements: Measurement[]): ResultRow[] {
  const hello = measurements.find((m) => m.name === 'hello-world');
  return measurements.map((m) => ({
    name: m.name,
    rps: Math.round(m.rps),
    p99Ms: m.p99Ms,
    ratioToHello: hello ? Math.round((m.rps / hello.rps) * 100) / 100 : Number.NaN,
    serverCpuUs: Math.round(m.serverCpuUs),
    errors: m.errors,
  }));
}

function targetText(e: Endpoint): string {
  if (!e.target) return 'none (reference)';
  const ratio = e.target.minRatio !== undefined ? `≥ ${e.target.minRatio} × hello, ` : '';
  return `${ratio}p99 < ${e.target.maxP99Ms} ms`;
}

/** Whether the row meets its endpoint's targets. */
export function meetsTarget(row: ResultRow, endpoint: Endpoint): boolean {
  if (!endpoint.target) return true;
  const ratioOk = endpoint.target.minRatio === undefined || row.ratioToHello >= endpoint.target.minRatio;
  return ratioOk && row.p99Ms < endpoint.target.maxP99Ms;
}

/** Markdown table text with padded columns (as the formatter writes it); `right` marks numeric columns. */
function formatTable(header: string[], right: boolean[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A markdown table of the rows with each endpoint's target and whether it was met. */
export function markdownTable(rows: ResultRow[], endpoints: Endpoint[]): string {
  const cells = rows.flatMap((row) => {
    const endpoint = endpoints.find((e) => e.name === row.name);
    if (!endpoint) return [];
    return [
      [
        row.name,
        String(row.rps),
        String(row.p99Ms),
        row.ratioToHello.toFixed(2),
        String(row.serverCpuUs),
        targetText(endpoint),
        endpoint.target ? (meetsTarget(row, endpoint) ? 'yes' : '**no**') : '–',
      ],
    ];
  });
  return formatTable(
    ['endpoint', 'req/s', 'p99 ms', '× hello', 'server CPU µs/req', 'target', 'met'],
    [false, true, true, true, true, false, false],
    cells,
  );
}

export function writeResultsJson(path: string, rows: ResultRow[]): void {
  writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
}

const START = '<!-- bench:http:start -->';
const END = '<!-- bench:http:end -->';

/** Replaces the text between the bench:http markers of the README; false when the markers are missing. */
export function writeReadmeTable(path: string, block: string): boolean {
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return false;
  writeFileSync(path, `${readme.slice(0, from + START.length)}\n${block}\n${readme.slice(to)}`);
  return true;
}
