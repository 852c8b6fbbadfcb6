// "Export log" as Excel opens it (SPEC §4): UTF-8 BOM, CRLF, RFC 4180, guarded cells, numbered files past
// Excel's row limit. Streams text chunks so a million records never become one string.
//
// API
//   excelCsvChunks(records, options)       Generator<CsvChunk>: BOM + header, then rows; a chunk ends at
//                                          chunkRows rows or chunkChars characters, each chunk one flat string
//   excelCsvChunksAsync(records, options)  the same over an AsyncIterable (stores that stream)
//   excelCsvHeader(options) / excelCsvRow(record, options)  one line, without its CRLF
//   A new file (BOM + header again) starts when one reaches maxRowsPerFile lines, header included.
//   Stop iterating to cancel; CsvChunk.rows (data rows so far, all files) drives a progress bar.

import type { ActivityRecord, KeyValue } from './activity-record';
import { actionText } from './action-text';
import { excelCell } from './csv-cell';
import { EXPORT_COLUMNS } from './export-columns';
import type { CsvDelimiter, Lang } from './locale';
import { detailsText } from './record-details';
import { statusCellText } from './status-text';
import { toExcelDateTime } from './utc-date';

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

function listJson(list: KeyValue[]): string {
  return list.length === 0 ? '' : JSON.stringify(list);
}

/**
 * One record's line, cells in EXPORT_COLUMNS order. Kept as one concatenation: this runs a million times per
 * export and per-cell arrays or closures showed up in profiles.
 */
export function excelCsvRow(record: ActivityRecord, options: Pick<ExcelCsvOptions, 'lang' | 'delimiter'>): string {
  const lang = options.lang;
  const d = options.delimiter;
  const dc = d.charCodeAt(0);
  // Our own yyyy-MM-dd HH:mm:ss: never a trigger, never holds a delimiter.
  return (
    toExcelDateTime(record.operationDate) +
    d +
    excelCell(record.customerName, dc, lang) +
    d +
    excelCell(actionText(record, lang), dc, lang) +
    d +
    excelCell(record.userPrincipalName, dc, lang) +
    d +
    excelCell(record.customerId, dc, lang) +
    d +
    excelCell(record.resourceType, dc, lang) +
    d +
    excelCell(record.operationType, dc, lang) +
    d +
    excelCell(statusCellText(record.operationStatus, lang), dc, lang) +
    d +
    excelCell(record.applicationId, dc, lang) +
    d +
    excelCell(detailsText(record, lang), dc, lang) +
    d +
    excelCell(record.id, dc, lang) +
    d +
    excelCell(record.partnerId, dc, lang) +
    d +
    excelCell(record.originalCorrelationId, dc, lang) +
    d +
    excelCell(record.resourceOldValue, dc, lang) +
    d +
    excelCell(record.resourceNewValue, dc, lang) +
    d +
    excelCell(listJson(record.customizedData), dc, lang) +
    d +
    excelCell(listJson(record.attributes), dc, lang) +
    d +
    excelCell(listJson(record.extra), dc, lang)
  );
}

/** The state both generators share: collects lines, cuts chunks, starts a new file when one is full. */
class CsvChunker {
  /** Chunks completed and not yet yielded (at most two: a full file's tail and a chunk of the next). */
  readonly ready: CsvChunk[] = [];
  private readonly options: ExcelCsvOptions;
  private readonly header: string;
  private readonly maxDataRows: number;
  private readonly chunkRows: number;
  private readonly chunkChars: number;
  private lines: string[] = [];
  private linesRows = 0;
  private linesChars = 0;
  private file = 0;
  private rowsInFile = 0;
  private rows = 0;

  constructor(options: ExcelCsvOptions) {
    this.options = options;
    this.header = BOM + excelCsvHeader(options);
    this.maxDataRows = Math.max(1, Math.floor(options.maxRowsPerFile ?? EXCEL_MAX_ROWS) - 1);
    this.chunkRows = Math.max(1, Math.floor(options.chunkRows ?? DEFAULT_CHUNK_ROWS));
    this.chunkChars = Math.max(1, Math.floor(options.chunkChars ?? DEFAULT_CHUNK_CHARS));
  }

  push(record: ActivityRecord): void {
    if (this.file === 0 || this.rowsInFile === this.maxDataRows) this.startFile();
    const line = excelCsvRow(record, this.options);
    this.lines.push(line);
    this.linesChars += line.length;
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
    this.lines.push(this.header);
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    this.ready.push({ file: this.file, text: this.lines.join(CRLF) + CRLF, rows: this.rows, chunkRows: this.linesRows });
    this.lines = [];
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

/** excelCsvChunks over records that arrive asynchronously (a store's cursor, a network page stream). */
export async function* excelCsvChunksAsync(
  records: AsyncIterable<ActivityRecord> | Iterable<ActivityRecord>,
  options: ExcelCsvOptions,
): AsyncGenerator<CsvChunk> {
  const chunker = new CsvChunker(options);
  for await (const record of records) {
    chunker.push(record);
    if (chunker.ready.length > 0) yield* chunker.ready.splice(0);
  }
  chunker.finish();
  yield* chunker.ready.splice(0);
}
