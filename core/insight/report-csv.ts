// A report table as Excel opens it (SPEC §4), through the same cell guard as Export log: UTF-8 BOM, CRLF, the
// locale's delimiter, text cells guarded and quoted, dates as Excel dates, numbers as numbers (with the decimal
// comma in Italian), numbered files past Excel's row limit. Never CSV built by hand anywhere else.
import type { Lang, CsvDelimiter } from '../words/locale';
import { excelCell, quoteCell } from '../leaving/csv-cell';
import { EXCEL_MAX_ROWS } from '../leaving/excel-csv-writer';
import { toExcelDateTime } from '../reading/utc-date';
import { reportHeader, type ReportCell, type ReportTable } from './report-table';

/** One piece of a report's text (a report is thousands of rows at most: text, unlike Export log's bytes). */
export interface ReportCsvChunk {
  /** 1-based file number; a new number starts with BOM + header. */
  file: number;
  text: string;
  /** Data rows written so far, all files. */
  rows: number;
  /** Data rows in this chunk. */
  chunkRows: number;
}

export interface ReportCsvOptions {
  lang: Lang;
  delimiter: CsvDelimiter;
  /** Lines per file, header included; default Excel's 1,048,576. */
  maxRowsPerFile?: number;
  /** Rows per yielded chunk; default 2000. */
  chunkRows?: number;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A number as the language writes it for Excel: digits, a minus, the decimal mark. Built from a finite number, it
 * can hold nothing a spreadsheet would run, so it skips the text guard (which would turn -3 into the text '-3).
 */
export function numberCellText(n: number, lang: Lang, delimiter: CsvDelimiter): string {
  if (!Number.isFinite(n)) return '';
  // No exponent: 1e21 would read as text and lose the number.
  let text = Math.abs(n) >= 1e21 ? n.toFixed(0) : String(Math.round(n * 1e6) / 1e6);
  if (text.includes('e')) text = n.toFixed(6).replace(/\.?0+$/, '');
  if (lang === 'it') text = text.replace('.', ',');
  return quoteCell(text, delimiter);
}

export function reportCell(cell: ReportCell, lang: Lang, delimiter: CsvDelimiter): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'number') return numberCellText(cell, lang, delimiter);
  if (typeof cell === 'string') return excelCell(cell, delimiter.charCodeAt(0), lang);
  const excel = toExcelDateTime(cell.dateTime);
  return excel === '' ? excelCell(cell.dateTime, delimiter.charCodeAt(0), lang) : excel;
}

function line(cells: readonly ReportCell[], lang: Lang, delimiter: CsvDelimiter): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += delimiter;
    out += reportCell(cells[i], lang, delimiter);
  }
  return out;
}

/** The report's CSV text in chunks, files numbered from 1 as Export log's are. */
export function* reportCsvChunks(table: ReportTable, options: ReportCsvOptions): Generator<ReportCsvChunk> {
  const { lang, delimiter } = options;
  const header = BOM + line(reportHeader(table, lang), lang, delimiter);
  const perFile = Math.max(1, Math.floor(options.maxRowsPerFile ?? EXCEL_MAX_ROWS) - 1);
  const chunkRows = Math.max(1, Math.floor(options.chunkRows ?? 2000));
  let file = 1;
  let inFile = 0;
  let rows = 0;
  let lines: string[] = [header];
  let chunkCount = 0;
  for (const row of table.rows) {
    if (inFile === perFile) {
      if (lines.length > 0) yield { file, text: lines.join(CRLF) + CRLF, rows, chunkRows: chunkCount };
      file++;
      inFile = 0;
      lines = [header];
      chunkCount = 0;
    }
    lines.push(line(row, lang, delimiter));
    inFile++;
    rows++;
    chunkCount++;
    if (chunkCount >= chunkRows) {
      yield { file, text: lines.join(CRLF) + CRLF, rows, chunkRows: chunkCount };
      lines = [];
      chunkCount = 0;
    }
  }
  if (lines.length > 0) yield { file, text: lines.join(CRLF) + CRLF, rows, chunkRows: chunkCount };
}
