// Writes rows as CSV (RFC 4180: comma, CRLF, quotes doubled), with a BOM so spreadsheets read UTF-8.

export interface FormatCsvOptions {
  /**
   * Prefix cells that start with = + - @ with an apostrophe so a spreadsheet does not run them as
   * formulas. For exports of visitors' text; content exports keep text exact.
   */
  guardFormulas?: boolean;
}

function cell(value: string | number | null, guard: boolean): string {
  let text = value === null ? '' : String(value);
  if (guard && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv(
  rows: readonly (readonly (string | number | null)[])[],
  options: FormatCsvOptions = {},
): string {
  const guard = options.guardFormulas ?? false;
  return `\ufeff${rows.map((row) => row.map((v) => cell(v, guard)).join(',')).join('\r\n')}\r\n`;
}
