// "Export log" as Excel opens it (SPEC §4): UTF-8 BOM, CRLF, RFC 4180, guarded cells, numbered files past
// Excel's row limit. Streams text chunks so a million records never become one string.
//
// API
//   excelCsvChunks(records, options)       Generator<CsvChunk>: BOM + header, then rows; a chunk ends at
//                                          chunkRows rows or chunkChars characters, each chunk one flat string
//   excelCsvChunksAsync(records, options)  the same writer over an AsyncIterable (async-record-feed.ts)
//   excelCsvHeader(options) / excelCsvRow(record, options)  one line, without its CRLF
//   A new file (BOM + header again) starts when one reaches maxRowsPerFile lines, header included.
//   Stop iterating to cancel; CsvChunk.rows (data rows so far, all files) drives a progress bar.

import type { ActivityRecord, KeyValue } from '../record/activity-record';
import { actionText } from '../words/action-text';
import { chunksFromAsyncRecords, type ExportRecords } from './async-record-feed';
import { EXCEL_MAX_CELL_CHARS, excelCell, guardCell, needsGuard } from './csv-cell';
import { EXPORT_COLUMNS } from './export-columns';
import type { CsvDelimiter, Lang } from '../words/locale';
import { detailsText } from '../words/record-details';
import { statusCellText } from '../words/status-text';
import { toExcelDateTime } from '../reading/utc-date';

/** Rows per sheet in Excel, header included: a file never holds more. */
export const EXCEL_MAX_ROWS = 1_048_576;

const DEFAULT_CHUNK_ROWS = 2000;
/**
 * A chunk also ends once its text reaches this many characters. Measured: with 2,000-row chunks (~3M chars)
 * the rows waiting in a chunk outlive V8's young generation and the export ran 5-6x slower; at 16K it costs
 * ~15% over building the rows alone.
 */
const DEFAULT_CHUNK_CHARS = 16_384;
const BOM = '\uFEFF';
const CRLF = '\r\n';

export interface ExcelCsvOptions {
  /** Language of the headers, Action, Status and Details. */
  lang: Lang;
  /** `,` or `;` (see csvDelimiterForLocale); no `sep=` line is ever written, as Excel would then drop the BOM. */
  delimiter: CsvDelimiter;
  /** Lines per file, header included; default EXCEL_MAX_ROWS. At least 2. */
  maxRowsPerFile?: number;
  /** Most data rows per yielded chunk; default 2000. */
  chunkRows?: number;
  /** A chunk ends once its text reaches this many characters; default 16,384 (see DEFAULT_CHUNK_CHARS). */
  chunkChars?: number;
}

export interface CsvChunk {
  /** 1-based number of the file this text belongs to; a new number starts with BOM + header. */
  file: number;
  text: string;
  /** Data rows written so far, all files (for progress). */
  rows: number;
  /** Data rows in this chunk's text (0 for a header-only chunk). */
  chunkRows: number;
}

export function excelCsvHeader(options: Pick<ExcelCsvOptions, 'lang' | 'delimiter'>): string {
  const delimiter = options.delimiter.charCodeAt(0);
  let line = '';
  for (let i = 0; i < EXPORT_COLUMNS.length; i++) {
    if (i > 0) line += options.delimiter;
    line += excelCell(EXPORT_COLUMNS[i]!.header[options.lang], delimiter, options.lang);
  }
  return line;
}

/**
 * Appends one cell as excelCell writes it (guard, RFC 4180 quotes, cut to Excel's limit) to `parts`, as
 * pieces rather than one string: the chunk is joined once, natively, instead of concatenating every row.
 * Returns the characters appended. `delimiter` is the delimiter's char code.
 */
export function pushExcelCell(parts: string[], text: string, delimiter: number, lang: Lang): number {
  const length = text.length;
  if (length === 0) return 0;
  const guarded = needsGuard(text);
  if (length + (guarded ? 1 : 0) > EXCEL_MAX_CELL_CHARS) {
    const cut = excelCell(text, delimiter, lang);
    parts.push(cut);
    return cut.length;
  }
  // 0: bare; 1: quoted; 2: quoted with inner quotes doubled. Short texts by a char loop, long ones by the
  // native indexOf, which runs at memory speed over the long JSON values.
  let quote = 0;
  if (length < 32) {
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c <= 59 && (c === 34 || c === delimiter || c === 10 || c === 13)) {
        quote = c === 34 ? 2 : text.indexOf('"', i + 1) >= 0 ? 2 : 1;
        break;
      }
    }
  } else if (text.indexOf('"') >= 0) {
    quote = 2;
  } else if (text.indexOf(delimiter === 44 ? ',' : ';') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
    quote = 1;
  }
  if (quote === 0 && !guarded) {
    parts.push(text);
    return length;
  }
  const body = quote === 2 ? text.replace(QUOTES, '""') : text;
  parts.push(guarded ? OPEN_GUARDED : '"', body, '"');
  return body.length + (guarded ? OPEN_GUARDED.length + 1 : 2);
}

/** Every `"`: measured, a global regex replace doubles the quotes of the long JSON values ~20% faster than replaceAll. */
const QUOTES = /"/g;
/** The opening quote and the guard (whatever guardCell prefixes). */
const OPEN_GUARDED = '"' + guardCell('=').slice(0, -1);
/** A key/value list's JSON starts `[{"key"`: whether the guard rule could ever touch it. */
const LIST_CELLS_GUARDED = needsGuard('[{"key":"","value":""}]');

/** True when JSON.stringify(text) is just `"text"` (no quote, backslash, control character or surrogate). */
function isPlainJsonText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** A text inside the list's JSON, as the quoted cell holds it: JSON-escaped, then quotes doubled. */
function listText(text: string): string {
  return isPlainJsonText(text) ? text : JSON.stringify(text).slice(1, -1).replace(QUOTES, '""');
}

/**
 * A customizedData / attributes / extra cell: the list's JSON (as JSON.stringify writes it) quoted, written
 * straight in its doubled-quote form instead of stringifying then doubling every quote of it.
 */
function pushListCell(parts: string[], list: KeyValue[], delimiter: number, lang: Lang): number {
  if (list.length === 0) return 0;
  if (LIST_CELLS_GUARDED) return pushExcelCell(parts, JSON.stringify(list), delimiter, lang);
  let body = '"[';
  for (let i = 0; i < list.length; i++) {
    const kv = list[i]!;
    body += (i === 0 ? '{""key"":""' : ',{""key"":""') + listText(kv.key) + '"",""value"":""' + listText(kv.value) + '""}';
  }
  body += ']"';
  // The doubled form is never shorter than the JSON: within the limit here means within it there too.
  if (body.length - 2 > EXCEL_MAX_CELL_CHARS) return pushExcelCell(parts, JSON.stringify(list), delimiter, lang);
  parts.push(body);
  return body.length;
}

/**
 * Appends one record's cells, in EXPORT_COLUMNS order, with their delimiters (no line end); returns the
 * characters appended. This runs a million times per export: no per-row arrays, strings or closures.
 */
function pushRow(parts: string[], record: ActivityRecord, lang: Lang, d: string, dc: number): number {
  // Our own yyyy-MM-dd HH:mm:ss: never a trigger, never holds a delimiter.
  const date = toExcelDateTime(record.operationDate);
  parts.push(date, d);
  let n = date.length + 17;
  n += pushExcelCell(parts, record.customerName, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, actionText(record, lang), dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.userPrincipalName, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.customerId, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.resourceType, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.operationType, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, statusCellText(record.operationStatus, lang), dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.applicationId, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, detailsText(record, lang), dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.id, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.partnerId, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.originalCorrelationId, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.resourceOldValue, dc, lang);
  parts.push(d);
  n += pushExcelCell(parts, record.resourceNewValue, dc, lang);
  parts.push(d);
  n += pushListCell(parts, record.customizedData, dc, lang);
  parts.push(d);
  n += pushListCell(parts, record.attributes, dc, lang);
  parts.push(d);
  n += pushListCell(parts, record.extra, dc, lang);
  return n;
}

/** One record's line, cells in EXPORT_COLUMNS order, without its CRLF. */
export function excelCsvRow(record: ActivityRecord, options: Pick<ExcelCsvOptions, 'lang' | 'delimiter'>): string {
  const parts: string[] = [];
  pushRow(parts, record, options.lang, options.delimiter, options.delimiter.charCodeAt(0));
  return parts.join('');
}

/** The writer's state: collects a chunk's pieces, cuts chunks, starts a new file when one is full. */
class CsvChunker {
  /** Chunks completed and not yet yielded (at most two: a full file's tail and a chunk of the next). */
  readonly ready: CsvChunk[] = [];
  private readonly lang: Lang;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly header: string;
  private readonly maxDataRows: number;
  private readonly chunkRows: number;
  private readonly chunkChars: number;
  private readonly parts: string[] = [];
  private linesRows = 0;
  private linesChars = 0;
  private file = 0;
  private rowsInFile = 0;
  private rows = 0;

  constructor(options: ExcelCsvOptions) {
    this.lang = options.lang;
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.header = BOM + excelCsvHeader(options);
    this.maxDataRows = Math.max(1, Math.floor(options.maxRowsPerFile ?? EXCEL_MAX_ROWS) - 1);
    this.chunkRows = csvChunkRows(options);
    this.chunkChars = Math.max(1, Math.floor(options.chunkChars ?? DEFAULT_CHUNK_CHARS));
  }

  push(record: ActivityRecord): void {
    if (this.file === 0 || this.rowsInFile === this.maxDataRows) this.startFile();
    // Counted as before the pieces: the rows' own characters, not their CRLF nor the header.
    this.linesChars += pushRow(this.parts, record, this.lang, this.delimiter, this.delimiterCode);
    this.parts.push(CRLF);
    this.linesRows++;
    this.rowsInFile++;
    this.rows++;
    if (this.linesRows >= this.chunkRows || this.linesChars >= this.chunkChars) this.flush();
  }

  /** Flushes the rest; with no records at all, one file with just BOM + header. */
  finish(): void {
    if (this.file === 0) this.startFile();
    this.flush();
  }

  private startFile(): void {
    this.flush();
    this.file++;
    this.rowsInFile = 0;
    this.parts.push(this.header, CRLF);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.ready.push({ file: this.file, text: this.parts.join(''), rows: this.rows, chunkRows: this.linesRows });
    // Reused: a fresh array per chunk grew (and was collected) hundreds of thousands of times per export.
    this.parts.length = 0;
    this.linesRows = 0;
    this.linesChars = 0;
  }
}

/** Excel-ready CSV text of `records`, in chunks (see the API at the top of this file). */
export function* excelCsvChunks(records: Iterable<ActivityRecord>, options: ExcelCsvOptions): Generator<CsvChunk> {
  const chunker = new CsvChunker(options);
  for (const record of records) {
    chunker.push(record);
    if (chunker.ready.length > 0) yield* chunker.ready.splice(0);
  }
  chunker.finish();
  yield* chunker.ready.splice(0);
}

/** Most records one chunk of excelCsvChunks takes. */
export function csvChunkRows(options: Pick<ExcelCsvOptions, 'chunkRows'>): number {
  return Math.max(1, Math.floor(options.chunkRows ?? DEFAULT_CHUNK_ROWS));
}

/** excelCsvChunks itself over records that arrive asynchronously (a store's cursor, a network page stream). */
export function excelCsvChunksAsync(records: ExportRecords, options: ExcelCsvOptions): AsyncGenerator<CsvChunk> {
  return chunksFromAsyncRecords(records, (source) => excelCsvChunks(source, options), csvChunkRows(options));
}
