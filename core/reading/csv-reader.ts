// Our own RFC 4180 reader: imports must beat Papa Parse on big exports, and the PWA worker streams files
// in chunks, so a quote or CRLF split across two chunks has to read the same as the whole text.

export type CsvReaderDelimiter = ',' | ';';

export interface CsvTable {
  rows: string[][];
  delimiter: CsvReaderDelimiter;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const BOM = '\uFEFF';

/** Reads a whole CSV text (BOM, `,` or `;`, CRLF/LF/CR, quoted newlines; blank lines skipped). */
export function readCsv(text: string, options: { delimiter?: CsvReaderDelimiter } = {}): CsvTable {
  const reader = new CsvRowReader(options);
  const rows = reader.push(text);
  const rest = reader.finish();
  for (const row of rest) rows.push(row);
  return { rows, delimiter: reader.delimiter ?? ',' };
}

/**
 * The delimiter Excel used: whichever of `,` and `;` the header line has more of, outside quotes.
 * Undefined while the header line is not complete yet (and `final` is false).
 */
export function detectDelimiter(text: string, final = true): CsvReaderDelimiter | undefined {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      if (c === LF || c === CR) return semicolons > commas ? ';' : ',';
      if (c === 44) commas++;
      else if (c === 59) semicolons++;
    }
  }
  if (!final) return undefined;
  return semicolons > commas ? ';' : ',';
}

/** Incremental reader: `push` returns the rows completed so far, `finish` the last one. */
export class CsvRowReader {
  delimiter: CsvReaderDelimiter | undefined;
  private buffer = '';
  private started = false;

  constructor(options: { delimiter?: CsvReaderDelimiter } = {}) {
    this.delimiter = options.delimiter;
  }

  push(textChunk: string): string[][] {
    const rows: string[][] = [];
    this.read(textChunk, false, (row) => rows.push(row));
    return rows;
  }

  finish(): string[][] {
    const rows: string[][] = [];
    this.read('', true, (row) => rows.push(row));
    return rows;
  }

  /**
   * Hands each completed row to `onRow` as soon as it is read: a caller that maps rows to records lets
   * each row die young instead of keeping a whole file of arrays alive (garbage collection dominates).
   */
  read(chunk: string, final: boolean, onRow: (row: string[]) => void): void {
    let text = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    if (!this.started) {
      // The BOM may arrive alone; wait for a character to know it is there.
      if (text.length === 0 && !final) return;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(BOM.length);
      this.started = true;
    }
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(text, final);
      if (this.delimiter === undefined) {
        this.buffer = text;
        return;
      }
    }
    const consumed = parseRows(text, this.delimiter, final, onRow);
    this.buffer = consumed === text.length ? '' : text.slice(consumed);
  }
}

/**
 * Hands every complete row of `s` to `onRow` and returns how far it read. Unquoted stretches are found
 * with indexOf (cached until passed) so a plain cell costs one slice, not a character loop.
 */
function parseRows(s: string, delimiter: string, final: boolean, onRow: (row: string[]) => void): number {
  const n = s.length;
  const dc = delimiter.charCodeAt(0);
  let nextD = indexOrEnd(s, delimiter, 0);
  let nextLF = indexOrEnd(s, '\n', 0);
  let nextCR = indexOrEnd(s, '\r', 0);
  let pos = 0;
  let rowStart = 0;
  let row: string[] = [];
  let onlyBlank = true; // the row so far is one unquoted empty cell: a blank line
  while (pos < n) {
    let field: string;
    if (s.charCodeAt(pos) === QUOTE) {
      onlyBlank = false;
      const from = pos + 1;
      let at = from;
      let doubled = false;
      let value: string;
      for (;;) {
        const close = s.indexOf('"', at);
        if (close === -1) {
          if (!final) return rowStart;
          value = s.slice(from); // unterminated quote: keep what is there
          pos = n;
          break;
        }
        if (close + 1 >= n && !final) return rowStart; // the next chunk may start with a doubled quote
        if (s.charCodeAt(close + 1) === QUOTE) {
          doubled = true;
          at = close + 2;
          continue;
        }
        value = s.slice(from, close);
        pos = close + 1;
        break;
      }
      if (doubled) value = value.split('""').join('"'); // faster than replaceAll in V8
      // Text after a closing quote is malformed; keep it rather than lose it.
      if (pos < n) {
        const c = s.charCodeAt(pos);
        if (c !== dc && c !== LF && c !== CR) {
          if (nextD < pos) nextD = indexOrEnd(s, delimiter, pos);
          if (nextLF < pos) nextLF = indexOrEnd(s, '\n', pos);
          if (nextCR < pos) nextCR = indexOrEnd(s, '\r', pos);
          const end = Math.min(nextD, nextLF, nextCR);
          value += s.slice(pos, end);
          pos = end;
        }
      }
      field = value;
    } else {
      if (nextD < pos) nextD = indexOrEnd(s, delimiter, pos);
      if (nextLF < pos) nextLF = indexOrEnd(s, '\n', pos);
      if (nextCR < pos) nextCR = indexOrEnd(s, '\r', pos);
      let end = nextD < nextLF ? nextD : nextLF;
      if (nextCR < end) end = nextCR;
      field = s.slice(pos, end);
      if (field.length > 0) onlyBlank = false;
      pos = end;
    }
    row.push(field);
    if (pos >= n) {
      if (!final) return rowStart;
      if (!(onlyBlank && row.length === 1)) onRow(row);
      return n;
    }
    const c = s.charCodeAt(pos);
    if (c === dc) {
      pos++;
      onlyBlank = false;
      continue;
    }
    if (c === CR) {
      if (pos + 1 >= n && !final) return rowStart; // CRLF may be split across chunks
      pos += s.charCodeAt(pos + 1) === LF ? 2 : 1;
    } else {
      pos++; // LF
    }
    if (!(onlyBlank && row.length === 1)) onRow(row);
    row = [];
    rowStart = pos;
    onlyBlank = true;
  }
  // Ended right after a delimiter: the row's last cell is empty.
  if (row.length > 0) {
    if (!final) return rowStart;
    row.push('');
    onRow(row);
  }
  return n;
}

function indexOrEnd(s: string, search: string, from: number): number {
  const i = s.indexOf(search, from);
  return i === -1 ? s.length : i;
}
