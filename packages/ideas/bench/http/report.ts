// Turns measurements into the printed table, bench-results/ideas.json and the README's table.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Endpoint } from './endpoints.ts';
import type { Measurement } from './measure.ts';

export interface ResultRow {
  name: string;
  rps: number;
  p99Ms: number;
  ratioToHello: number;
}

/** One row per endpoint, ratios against the hello-world run of the same session. */
export function toResultRows(measurements: Measurement[]): ResultRow[] {
  const hello = measurements.find((m) => m.name === 'hello-world');
  return measurements.map((m) => ({
    name: m.name,
    rps: Math.round(m.rps),
    p99Ms: m.p99Ms,
    ratioToHello: hello ? Math.round((m.rps / hello.rps) * 100) / 100 : Number.NaN,
  }));
}

function targetText(e: Endpoint): string {
  const ratio = e.target.minRatio !== undefined ? `≥ ${e.target.minRatio} × hello, ` : '';
  return `${ratio}p99 < ${e.target.maxP99Ms} ms`;
}

/** Whether the row meets its endpoint's targets. */
export function meetsTarget(row: ResultRow, endpoint: Endpoint): boolean {
  const ratioOk = endpoint.target.minRatio === undefined || row.ratioToHello >= endpoint.target.minRatio;
  return ratioOk && row.p99Ms < endpoint.target.maxP99Ms;
}

/** A markdown table of the rows with each endpoint's target and whether it was met. */
export function markdownTable(rows: ResultRow[], endpoints: Endpoint[]): string {
  const lines = ['| endpoint | req/s | p99 ms | × hello | target | met |', '| --- | ---: | ---: | ---: | --- | --- |'];
  for (const row of rows) {
    const endpoint = endpoints.find((e) => e.name === row.name);
    if (!endpoint) continue;
    const met = meetsTarget(row, endpoint) ? 'yes' : '**no**';
    lines.push(
      `| ${row.name} | ${row.rps} | ${row.p99Ms} | ${row.ratioToHello.toFixed(2)} | ${targetText(endpoint)} | ${met} |`,
    );
  }
  return lines.join('\n');
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
