// "Export log" as Excel opens it (SPEC §4): UTF-8 BOM, CRLF, RFC 4180, guarded cells, numbered files past
// Excel's row limit. Streams the file's UTF-8 bytes in chunks, so a million records never become one string and
// no sink encodes text again.
//
// API
//   excelCsvChunks(records, options)       Generator<CsvChunk>: BOM + header, then rows; a chunk ends at
//                                          chunkRows rows or chunkBytes bytes, each chunk its own Uint8Array
//   writeExcelCell(out, text, …)           the per-cell step: one cell as excelCell writes it, as UTF-8 bytes
//   excelCsvChunksAsync(records, options)  the same writer over an AsyncIterable (async-record-feed.ts)
//   excelCsvHeader(options) / excelCsvRow(record, options)  one line, without its CRLF
//   A new file (BOM + header again) starts when one reaches maxRowsPerFile lines, header included.
//   Stop iterating to cancel; CsvChunk.rows (data rows so far, all files) drives a progress bar.

import type { ActivityRecord, KeyValue } from '../record/activity-record';
import { actionText } from '../words/action-text';
import { chunksFromAsyncRecords, type ExportRecords } from './async-record-feed';
import { EXCEL_MAX_CELL_CHARS, excelCell, guardCell, needsGuard } from './csv-cell';
import { Utf8Out } from './utf8-out';
import { EXPORT_COLUMNS } from './export-columns';
import type { CsvDelimiter, Lang } from '../words/locale';
import { detailsText } from '../words/record-details';
import { statusCellText } from '../words/status-text';
import { toExcelDateTime } from '../reading/utc-date';

/** Rows per sheet in Excel, header included: a file never holds more. */
export const EXCEL_MAX_ROWS = 1_048_576;

const DEFAULT_CHUNK_ROWS = 2000;
/**
 * A chunk also ends once it holds this many bytes: the rows are bytes as soon as they are written (no strings
 * wait in a chunk), so the size only trades the sink's per-chunk cost against memory held per chunk.
 */
const DEFAULT_CHUNK_BYTES = 64 << 10;
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
  /** A chunk ends once it holds this many bytes; default 64 KiB (see DEFAULT_CHUNK_BYTES). */
  chunkBytes?: number;
}

export interface CsvChunk {
  /** 1-based number of the file these bytes belong to; a new number starts with BOM + header. */
  file: number;
  /** The file's next bytes, UTF-8, as the file holds them. */
  bytes: Uint8Array<ArrayBuffer>;
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
 * Writes one cell as excelCell writes it (guard, RFC 4180 quotes, cut to Excel's limit) into `out`, as UTF-8.
 * `delimiter` is the delimiter's char code. Short texts are scanned by a char loop, long ones by the native
 * indexOf, which runs at memory speed over the long JSON values; their quotes are doubled on the bytes.
 */
export function writeExcelCell(out: Utf8Out, text: string, delimiter: number, lang: Lang): void {
  const length = text.length;
  if (length === 0) return;
  const guarded = needsGuard(text);
  if (!guarded && length < 64 && out.bareAscii(text, delimiter)) return;
  if (length + (guarded ? 1 : 0) > EXCEL_MAX_CELL_CHARS) {
    out.text(excelCell(text, delimiter, lang));
    return;
  }
  // 0: bare; 1: quoted; 2: quoted with inner quotes doubled.
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
    out.text(text);
    return;
  }
  out.byte(34);
  if (guarded) out.ascii(GUARD);
  if (quote === 2) out.textDoublingQuotes(text);
  else out.text(text);
  out.byte(34);
}

/** What guardCell prefixes. */
const GUARD = guardCell('=').slice(0, -1);
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

/** A text inside the list's JSON, as the quoted cell holds it: JSON-escaped, quotes doubled; returns its JSON length. */
function writeListText(out: Utf8Out, text: string): number {
  if (isPlainJsonText(text)) {
    out.text(text);
    return text.length;
  }
  const json = JSON.stringify(text);
  out.textDoublingQuotes(json.slice(1, -1));
  return json.length - 2;
}

/**
 * A customizedData / attributes / extra cell: the list's JSON (as JSON.stringify writes it) quoted, written
 * straight in its doubled-quote form instead of stringifying then doubling every quote of it.
 */
function writeListCell(out: Utf8Out, list: KeyValue[], delimiter: number, lang: Lang): void {
  if (list.length === 0) return;
  if (LIST_CELLS_GUARDED) return writeExcelCell(out, JSON.stringify(list), delimiter, lang);
  const start = out.length;
  // The JSON's length as JSON.stringify writes it: `[]` and per pair `{"key":"","value":""}` and a comma between.
  let jsonLength = 2 + list.length * 22 - 1;
  out.ascii('"[');
  for (let i = 0; i < list.length; i++) {
    const kv = list[i]!;
    out.ascii(i === 0 ? '{""key"":""' : ',{""key"":""');
    jsonLength += writeListText(out, kv.key);
    out.ascii('"",""value"":""');
    jsonLength += writeListText(out, kv.value);
    out.ascii('""}');
  }
  out.ascii(']"');
  if (jsonLength > EXCEL_MAX_CELL_CHARS) {
    out.rewind(start);
    writeExcelCell(out, JSON.stringify(list), delimiter, lang);
  }
}

/**
 * Writes one record's cells, in EXPORT_COLUMNS order, with their delimiters (no line end). This runs a million
 * times per export: no per-row arrays, strings or closures.
 */
function writeRow(out: Utf8Out, record: ActivityRecord, lang: Lang, dc: number): void {
  // Our own yyyy-MM-dd HH:mm:ss: never a trigger, never holds a delimiter.
  out.ascii(toExcelDateTime(record.operationDate));
  out.byte(dc);
  writeExcelCell(out, record.customerName, dc, lang);
  out.byte(dc);
  writeExcelCell(out, actionText(record, lang), dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.userPrincipalName, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.customerId, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.resourceType, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.operationType, dc, lang);
  out.byte(dc);
  writeExcelCell(out, statusCellText(record.operationStatus, lang), dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.applicationId, dc, lang);
  out.byte(dc);
  writeExcelCell(out, detailsText(record, lang), dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.id, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.partnerId, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.originalCorrelationId, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.resourceOldValue, dc, lang);
  out.byte(dc);
  writeExcelCell(out, record.resourceNewValue, dc, lang);
  out.byte(dc);
  writeListCell(out, record.customizedData, dc, lang);
  out.byte(dc);
  writeListCell(out, record.attributes, dc, lang);
  out.byte(dc);
  writeListCell(out, record.extra, dc, lang);
}

/** One record's line, cells in EXPORT_COLUMNS order, without its CRLF. */
export function excelCsvRow(record: ActivityRecord, options: Pick<ExcelCsvOptions, 'lang' | 'delimiter'>): string {
  const out = new Utf8Out(4096);
  writeRow(out, record, options.lang, options.delimiter.charCodeAt(0));
  return new TextDecoder().decode(out.take());
}

/** The writer's state: writes a chunk's bytes, cuts chunks, starts a new file when one is full. */
class CsvChunker {
  /** Chunks completed and not yet yielded (at most two: a full file's tail and a chunk of the next). */
  readonly ready: CsvChunk[] = [];
  private readonly lang: Lang;
  private readonly delimiterCode: number;
  private readonly header: string;
  private readonly maxDataRows: number;
  private readonly chunkRows: number;
  private readonly chunkBytes: number;
  private readonly out: Utf8Out;
  private linesRows = 0;
  private file = 0;
  private rowsInFile = 0;
  private rows = 0;

  constructor(options: ExcelCsvOptions) {
    this.lang = options.lang;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.header = BOM + excelCsvHeader(options) + CRLF;
    this.maxDataRows = Math.max(1, Math.floor(options.maxRowsPerFile ?? EXCEL_MAX_ROWS) - 1);
    this.chunkRows = csvChunkRows(options);
    this.chunkBytes = Math.max(1, Math.floor(options.chunkBytes ?? DEFAULT_CHUNK_BYTES));
    this.out = new Utf8Out(this.chunkBytes + 8192);
  }

  push(record: ActivityRecord): void {
    if (this.file === 0 || this.rowsInFile === this.maxDataRows) this.startFile();
    writeRow(this.out, record, this.lang, this.delimiterCode);
    this.out.byte(13);
    this.out.byte(10);
    this.linesRows++;
    this.rowsInFile++;
    this.rows++;
    if (this.linesRows >= this.chunkRows || this.out.length >= this.chunkBytes) this.flush();
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
    this.out.text(this.header);
  }

  private flush(): void {
    if (this.out.length === 0) return;
    this.ready.push({ file: this.file, bytes: this.out.take(), rows: this.rows, chunkRows: this.linesRows });
    this.linesRows = 0;
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
