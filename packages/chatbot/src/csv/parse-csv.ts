// Reads CSV (RFC 4180, also tolerating LF line ends, a BOM and a semicolon delimiter) into rows.

/** The delimiter of the header line: `;` when it has more semicolons than commas (Excel in Finnish). */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Parses `text` into rows of cells; blank lines are skipped. Throws on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\ufeff/, '');
  const delimiter = detectDelimiter(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(value);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    value = '';
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        value += c;
      }
    } else if (c === '"' && value === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      line++;
      endRow();
    } else value += c;
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted value is not closed`);
  if (value !== '' || row.length > 0) endRow();
  return rows;
}
