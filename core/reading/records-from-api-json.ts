// Turns saved JSON into records: API pages or arrays, PowerShell's ConvertTo-Json output (PascalCase,
// maybe wrapped in {value, Count}), and our own JSON export, which comes back exactly as it left.
// This file reads values already parsed; files and text go through records-from-json-stream.ts, which
// streams them and uses the per-record readers below.

import { emptyRecord, type ActivityRecord, type KeyValue } from '../record/activity-record';
import type { ImportProblem, ImportResult } from './import-problem';
import { recordFromAuditJson } from './record-from-audit-json';
import { recordKey } from '../record/record-key';

type Json = Record<string, unknown>;

export function recordsFromApiJson(value: unknown, file: string): ImportResult {
  if (isObject(value) && value['activityLens'] !== undefined && Array.isArray(value['records'])) {
    return lensRecords(value['records'], file);
  }
  const raws: unknown[] = [];
  if (!collect(value, raws, 0)) {
    return {
      records: [],
      problems: [
        {
          kind: 'unknown-format',
          file,
          message: `${file}: this JSON holds no audit records (expected an array of records, an API page with "items", PowerShell output or an Activity Lens export).`,
        },
      ],
      format: 'unknown',
      rowsRead: 0,
    };
  }
  const records: ActivityRecord[] = [];
  const problems: ImportProblem[] = [];
  raws.forEach((raw, index) => {
    const result = auditRecordAt(raw, file, index + 1);
    if ('record' in result) records.push(result.record);
    else problems.push(result.problem);
  });
  if (raws.length === 0) problems.push({ kind: 'empty', file, message: `${file}: no records in this file.` });
  return { records, problems, format: 'api-json', rowsRead: raws.length };
}

/** Flattens the shapes records come in; false when the value is none of them. */
function collect(value: unknown, into: unknown[], depth: number): boolean {
  if (depth > 3) return false;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item) && listOf(item) !== undefined && !looksLikeRecord(item)) collect(item, into, depth + 1);
      else into.push(item);
    }
    return true;
  }
  if (!isObject(value)) return false;
  const list = listOf(value);
  if (list !== undefined) return collect(list, into, depth + 1);
  if (looksLikeRecord(value)) {
    into.push(value);
    return true;
  }
  return false;
}

/** The keys that hold the records of a page (`items`/`Items`) or of PowerShell's collection wrapper (`value`/`Value`). */
export const RECORD_LIST_KEYS: readonly string[] = ['items', 'Items', 'value', 'Value'];

function listOf(value: Json): unknown[] | undefined {
  for (const key of RECORD_LIST_KEYS) {
    if (Array.isArray(value[key])) return value[key] as unknown[];
  }
  return undefined;
}

/** An object with any of these keys is a record rather than a page that holds records. */
export function looksLikeRecord(value: Json): boolean {
  return ['operationDate', 'OperationDate', 'operationType', 'OperationType', 'id', 'Id'].some((k) => k in value);
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (isObject(problem) && typeof problem['message'] === 'string') return problem['message'];
  return 'not a usable audit record';
}

function problemKind(problem: unknown): ImportProblem['kind'] {
  if (isObject(problem) && problem['kind'] === 'bad-date') return 'bad-date';
  return 'bad-row';
}

const TEXT_FIELDS = [
  'key', 'id', 'partnerId', 'customerId', 'customerName', 'userPrincipalName', 'applicationId', 'resourceType',
  'resourceOldValue', 'resourceNewValue', 'operationType', 'actionText', 'originalCorrelationId', 'operationDate',
  'operationStatus',
] as const;
const LIST_FIELDS = ['customizedData', 'attributes', 'extra'] as const;

/** Our own export: the records are already ActivityRecords; check their shape rather than trust it. */
function lensRecords(list: unknown[], file: string): ImportResult {
  const records: ActivityRecord[] = [];
  const problems: ImportProblem[] = [];
  list.forEach((item, index) => {
    const result = lensRecordAt(item, file, index + 1);
    if ('record' in result) records.push(result.record);
    else problems.push(result.problem);
  });
  if (list.length === 0) problems.push({ kind: 'empty', file, message: `${file}: no records in this file.` });
  return { records, problems, format: 'lens-json', rowsRead: list.length };
}

/** One parsed API / PowerShell record, the `row`-th of the file, as a record or a problem naming file and row. */
export function auditRecordAt(raw: unknown, file: string, row: number): { record: ActivityRecord } | { problem: ImportProblem } {
  const result = recordFromAuditJson(raw, 'api-json') as { record: ActivityRecord } | { problem: unknown };
  if ('record' in result) return result;
  return { problem: { kind: problemKind(result.problem), file, row, message: `${file}, record ${row}: ${problemText(result.problem)}` } };
}

/** One record of our own JSON export, the `row`-th of the file: checked field by field rather than trusted. */
export function lensRecordAt(item: unknown, file: string, row: number): { record: ActivityRecord } | { problem: ImportProblem } {
  if (!isObject(item)) {
    return { problem: { kind: 'bad-row', file, row, message: `${file}, record ${row}: not a record object; skipped.` } };
  }
  const record = emptyRecord('lens-json');
  for (const field of TEXT_FIELDS) {
    const v = item[field];
    if (typeof v === 'string') record[field] = v;
  }
  for (const field of LIST_FIELDS) {
    const v = item[field];
    if (Array.isArray(v)) record[field] = v.filter(isObject).map((kv): KeyValue => ({ key: String(kv['key'] ?? ''), value: String(kv['value'] ?? '') }));
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(record.operationDate) || Number.isNaN(Date.parse(record.operationDate))) {
    return {
      problem: {
        kind: 'bad-date',
        file,
        row,
        message: `${file}, record ${row}: "${record.operationDate}" is not a date; skipped.`,
      },
    };
  }
  if (record.key === '') record.key = recordKey(record);
  return { record };
}
