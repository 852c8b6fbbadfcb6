// Turns a CSV file into records: the dashboard's Export log (en/it, columns matched by name in any order)
// or our own export (read back losslessly). Bad rows become problems; the good rows still import.

import { customerIdFromText, emptyRecord, type ActivityRecord, type KeyValue } from '../record/activity-record';
import { humanise, operationTypeFromActionText } from '../words/action-text';
import { CsvRowReader } from './csv-reader';
import { unguardCell } from '../leaving/csv-cell';
import { EXPORT_COLUMNS, type ExportColumnId } from '../leaving/export-columns';
import type { ImportFormat, ImportProblem, ImportResult } from './import-problem';
import { recordKey } from '../record/record-key';
import { statusFromCellText, statusFromText } from '../words/status-text';
import { toIsoUtc } from './utc-date';
import { isDigits } from './ascii-digits';

export interface CsvRecordBatch {
  records: ActivityRecord[];
  problems: ImportProblem[];
}

export interface CsvRecordParser {
  push(chunk: string): CsvRecordBatch;
  finish(): CsvRecordBatch;
  /** Known once the header has been read. */
  readonly format: ImportFormat;
  readonly rowsRead: number;
}

/** Reads a whole CSV text. */
export function recordsFromCsv(text: string, file: string): ImportResult {
  const parser = createCsvRecordParser(file);
  const first = parser.push(text);
  const last = parser.finish();
  for (const r of last.records) first.records.push(r);
  for (const p of last.problems) first.problems.push(p);
  return { records: first.records, problems: first.problems, format: parser.format, rowsRead: parser.rowsRead };
}

type DashboardField =
  | 'date'
  | 'customer'
  | 'action'
  | 'user'
  | 'status'
  | 'customerId'
  | 'resourceType'
  | 'operationType'
  | 'recordId';

/** The dashboard Export log's headers we know of, normalised (see normaliseHeader), en and it. *(unverified)* */
const DASHBOARD_HEADERS: Record<string, { field: DashboardField; italian: boolean }> = {
  'date time': { field: 'date', italian: false },
  date: { field: 'date', italian: false },
  'date and time': { field: 'date', italian: false },
  'data ora': { field: 'date', italian: true },
  'data e ora': { field: 'date', italian: true },
  data: { field: 'date', italian: true },
  'affected customer': { field: 'customer', italian: false },
  customer: { field: 'customer', italian: false },
  'customer name': { field: 'customer', italian: false },
  'cliente interessato': { field: 'customer', italian: true },
  cliente: { field: 'customer', italian: true },
  action: { field: 'action', italian: false },
  azione: { field: 'action', italian: true },
  'partner user': { field: 'user', italian: false },
  'performed by': { field: 'user', italian: false },
  'utente partner': { field: 'user', italian: true },
  'eseguito da': { field: 'user', italian: true },
  status: { field: 'status', italian: false },
  stato: { field: 'status', italian: true },
  'customer id': { field: 'customerId', italian: false },
  'id cliente': { field: 'customerId', italian: true },
  'resource type': { field: 'resourceType', italian: false },
  'tipo di risorsa': { field: 'resourceType', italian: true },
  'operation type': { field: 'operationType', italian: false },
  'tipo di operazione': { field: 'operationType', italian: true },
  // A record id, under the names the API, PowerShell (AuditRecordId) and people give it: kept as the record's id.
  id: { field: 'recordId', italian: false },
  'record id': { field: 'recordId', italian: false },
  'audit record id': { field: 'recordId', italian: false },
  auditrecordid: { field: 'recordId', italian: false },
  'id record': { field: 'recordId', italian: true },
};

/** Our export's headers (both languages) → column id. */
const EXPORT_HEADERS = new Map<string, ExportColumnId>();
for (const column of EXPORT_COLUMNS) {
  EXPORT_HEADERS.set(normaliseHeader(column.header.en), column.id);
  EXPORT_HEADERS.set(normaliseHeader(column.header.it), column.id);
}

/** Case, spaces, BOM, `-`/`_` and a "(UTC)" note do not matter in a header. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\(\s*utc\s*\)/g, ' ')
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

type RowMapper = (row: string[], dataRow: number, problems: ImportProblem[]) => ActivityRecord | undefined;

/** Streaming form for the PWA worker: push text chunks, get the records of the rows completed so far. */
export function createCsvRecordParser(file: string): CsvRecordParser {
  const reader = new CsvRowReader();
  let mapper: RowMapper | undefined;
  let format: ImportFormat = 'unknown';
  let rowsRead = 0;
  let headerSeen = false;
  let unusable = false;

  function take(chunk: string, final: boolean): CsvRecordBatch {
    const records: ActivityRecord[] = [];
    const problems: ImportProblem[] = [];
    reader.read(chunk, final, (row) => {
      if (!headerSeen) {
        headerSeen = true;
        const plan = planColumns(row, file);
        if ('problem' in plan) {
          unusable = true;
          problems.push(plan.problem);
        } else {
          mapper = plan.mapper;
          format = plan.format;
        }
        return;
      }
      rowsRead++;
      if (unusable) return;
      const record = mapper!(row, rowsRead, problems);
      if (record !== undefined) records.push(record);
    });
    if (final && !headerSeen) {
      problems.push({ kind: 'empty', file, message: `${file}: the file is empty.` });
    } else if (final && !unusable && rowsRead === 0) {
      problems.push({ kind: 'empty', file, message: `${file}: the file has a header but no rows.` });
    }
    return { records, problems };
  }

  return {
    push: (chunk) => take(chunk, false),
    finish: () => take('', true),
    get format() {
      return format;
    },
    get rowsRead() {
      return rowsRead;
    },
  };
}

function planColumns(
  header: string[],
  file: string,
): { mapper: RowMapper; format: ImportFormat } | { problem: ImportProblem } {
  const names = header.map(normaliseHeader);
  const exportIds = names.map((n) => EXPORT_HEADERS.get(n));
  if (exportIds.includes('recordId') && exportIds.includes('operationType')) {
    return { mapper: lensRowMapper(header, exportIds, file), format: 'lens-csv' };
  }
  const fields = names.map((n) => DASHBOARD_HEADERS[n]);
  const has = (f: DashboardField) => fields.some((x) => x?.field === f);
  if (!has('date') || !(has('customer') || has('action'))) {
    const found = header.map((h) => `"${h.replace(/^\uFEFF/, '').trim()}"`).join(', ');
    const missing = !has('date') ? 'a date column (Date-Time / Data-ora)' : 'an Affected customer or Action column';
    return {
      problem: {
        kind: 'missing-column',
        file,
        message: `${file}: not an activity log CSV: it has no ${missing}. Columns found: ${found || 'none'}.`,
      },
    };
  }
  return { mapper: dashboardRowMapper(header, fields, file), format: 'dashboard-csv' };
}

function dashboardRowMapper(
  header: string[],
  fields: ({ field: DashboardField; italian: boolean } | undefined)[],
  file: string,
): RowMapper {
  const italian = fields.filter((f) => f?.italian).length > fields.filter((f) => f && !f.italian).length;
  const order = italian ? 'dmy' : undefined;
  const col = (f: DashboardField) => fields.findIndex((x) => x?.field === f);
  const date = col('date');
  const customer = col('customer');
  const action = col('action');
  const user = col('user');
  const status = col('status');
  const customerId = col('customerId');
  const resourceType = col('resourceType');
  const operationType = col('operationType');
  const recordId = col('recordId');
  const labels = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const extraColumns = fields.flatMap((f, i) => (f === undefined ? [i] : []));
  const statusLabel = 'Status';

  return (row, dataRow, problems) => {
    if (!checkWidth(row, header.length, file, dataRow, problems)) return undefined;
    const dateText = (row[date] ?? '').trim();
    const iso = isoFromText(dateText, order);
    if (iso === undefined) {
      problems.push(badDate(file, dataRow, dateText));
      return undefined;
    }
    const record = emptyRecord('dashboard-csv');
    record.operationDate = iso;
    const extra: KeyValue[] = [];
    // Every text cell is kept exactly as the file has it: a leading tab, newline or space is part of the text
    // (and the writer guards it), not noise. Only recognising a known action or status looks past spaces.
    if (recordId >= 0) record.id = row[recordId] ?? '';
    if (customer >= 0) record.customerName = row[customer] ?? '';
    if (user >= 0) record.userPrincipalName = row[user] ?? '';
    if (customerId >= 0) record.customerId = customerIdFromText(row[customerId] ?? '');
    if (resourceType >= 0) record.resourceType = row[resourceType] ?? '';
    if (operationType >= 0) record.operationType = row[operationType] ?? '';
    if (action >= 0 && record.operationType === '') {
      const sentence = row[action] ?? '';
      const op = sentence.trim() === '' ? undefined : operationTypeFromActionText(sentence);
      if (op) record.operationType = op;
      else record.actionText = sentence;
    }
    if (status >= 0) {
      const text = row[status] ?? '';
      const known = text.trim() === '' ? undefined : statusFromText(text);
      if (known) record.operationStatus = known;
      else if (text !== '') extra.push({ key: statusLabel, value: text });
    }
    for (const i of extraColumns) {
      const value = row[i] ?? '';
      if (value !== '') extra.push({ key: labels[i]!, value });
    }
    record.extra = extra;
    record.key = recordKey(record);
    return record;
  };
}

function lensRowMapper(header: string[], ids: (ExportColumnId | undefined)[], file: string): RowMapper {
  const col = (id: ExportColumnId) => ids.indexOf(id);
  const c = {
    dateTime: col('dateTime'),
    customerName: col('customerName'),
    action: col('action'),
    partnerUser: col('partnerUser'),
    customerId: col('customerId'),
    resourceType: col('resourceType'),
    operationType: col('operationType'),
    status: col('status'),
    application: col('application'),
    recordId: col('recordId'),
    partnerId: col('partnerId'),
    correlationId: col('correlationId'),
    oldValue: col('oldValue'),
    newValue: col('newValue'),
    customizedData: col('customizedData'),
    attributes: col('attributes'),
    extra: col('extra'),
  };
  const labels = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  // Columns someone added to our export in a spreadsheet: kept as extra rather than dropped.
  const unknownColumns = ids.flatMap((id, i) => (id === undefined ? [i] : []));
  const text = (row: string[], i: number) => (i < 0 ? '' : unguardCell(row[i] ?? ''));

  return (row, dataRow, problems) => {
    if (!checkWidth(row, header.length, file, dataRow, problems)) return undefined;
    const dateText = (row[c.dateTime] ?? '').trim();
    const iso = isoFromText(dateText, undefined);
    if (iso === undefined) {
      problems.push(badDate(file, dataRow, dateText));
      return undefined;
    }
    const record = emptyRecord('lens-csv');
    record.operationDate = iso;
    record.id = text(row, c.recordId);
    record.partnerId = text(row, c.partnerId);
    record.customerId = text(row, c.customerId);
    record.customerName = text(row, c.customerName);
    record.userPrincipalName = text(row, c.partnerUser);
    record.applicationId = text(row, c.application);
    record.resourceType = text(row, c.resourceType);
    record.resourceOldValue = text(row, c.oldValue);
    record.resourceNewValue = text(row, c.newValue);
    record.operationType = text(row, c.operationType);
    if (record.operationType === '') {
      // The writer fills an empty action with the humanised resource type (actionText): that is not a sentence
      // the record brought, so it is not read back as one.
      const action = text(row, c.action);
      record.actionText = action === humanise(record.resourceType) ? '' : action;
    }
    record.originalCorrelationId = text(row, c.correlationId);
    record.operationStatus = statusFromCellText(text(row, c.status));
    const lists: [keyof Pick<ActivityRecord, 'customizedData' | 'attributes' | 'extra'>, number][] = [
      ['customizedData', c.customizedData],
      ['attributes', c.attributes],
      ['extra', c.extra],
    ];
    for (const [field, i] of lists) {
      const list = keyValuesFromJson(text(row, i));
      if (list === undefined) {
        problems.push({
          kind: 'bad-row',
          file,
          row: dataRow,
          message: `${file}, row ${dataRow}: the "${labels[i]}" cell is not the JSON list our export writes; row skipped.`,
        });
        return undefined;
      }
      record[field] = list;
    }
    for (const i of unknownColumns) {
      const value = row[i] ?? '';
      if (value !== '') record.extra.push({ key: labels[i]!, value });
    }
    record.key = recordKey(record);
    return record;
  };
}

function keyValuesFromJson(cell: string): KeyValue[] | undefined {
  if (cell === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) {
    const list: KeyValue[] = [];
    for (const item of value) {
      if (item === null || typeof item !== 'object') return undefined;
      const { key, value: v } = item as { key?: unknown; value?: unknown };
      list.push({ key: String(key ?? ''), value: typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v) });
    }
    return list;
  }
  if (value !== null && typeof value === 'object') {
    // An object map ({"objectType":"…"}) is accepted too.
    return Object.entries(value).map(([key, v]) => ({ key, value: typeof v === 'string' ? v : JSON.stringify(v) }));
  }
  return undefined;
}

function checkWidth(row: string[], width: number, file: string, dataRow: number, problems: ImportProblem[]): boolean {
  if (row.length <= width) return true;
  for (let i = width; i < row.length; i++) {
    if (row[i] !== '') {
      problems.push({
        kind: 'bad-row',
        file,
        row: dataRow,
        message: `${file}, row ${dataRow}: has ${row.length} cells but the header has ${width}; row skipped.`,
      });
      return false;
    }
  }
  return true;
}

function badDate(file: string, dataRow: number, value: string): ImportProblem {
  return {
    kind: 'bad-date',
    file,
    row: dataRow,
    message:
      value === ''
        ? `${file}, row ${dataRow}: the date is empty; row skipped.`
        : `${file}, row ${dataRow}: "${value}" is not a date; row skipped.`,
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Our export's `yyyy-MM-dd HH:mm:ss` (and ISO) read without a date library: on a 300k-row import date
 * parsing would otherwise cost more than reading the CSV. Anything else goes to toIsoUtc.
 */
function isoFromText(text: string, order: 'dmy' | undefined): string | undefined {
  if (text.length === 19 && isDigits(text, 0, 4) && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const sep = text.charCodeAt(10);
    if ((sep === 32 || sep === 84) && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 &&
      isDigits(text, 5, 7) && isDigits(text, 8, 10) && isDigits(text, 11, 13) && isDigits(text, 14, 16) && isDigits(text, 17, 19)) {
      const year = Number(text.slice(0, 4));
      const month = Number(text.slice(5, 7));
      const day = Number(text.slice(8, 10));
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1] ?? 0;
      if (day < 1 || day > days || Number(text.slice(11, 13)) > 23 || Number(text.slice(14, 16)) > 59 || Number(text.slice(17, 19)) > 59) {
        return undefined;
      }
      return `${text.slice(0, 10)}T${text.slice(11)}.000Z`;
    }
  }
  if (text === '') return undefined;
  const iso = order ? toIsoUtc(text, order) : toIsoUtc(text);
  return iso ? iso : undefined;
}

