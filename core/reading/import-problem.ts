// Errors as values for every importer: one bad row or record becomes a problem the user can act on
// (file, row, what is wrong) while the good rows still import.

import type { ActivityRecord } from '../record/activity-record';

export type ImportProblemKind =
  | 'unreadable-file'
  | 'unknown-format'
  | 'missing-column'
  | 'bad-row'
  | 'bad-date'
  | 'bad-json'
  | 'empty';

export interface ImportProblem {
  kind: ImportProblemKind;
  file: string;
  /** 1-based data row of a CSV (header excluded), or the record's index in a JSON file. */
  row?: number;
  /** User-facing: names the file, the row and the problem. */
  message: string;
}

export type ImportFormat = 'dashboard-csv' | 'lens-csv' | 'api-json' | 'lens-json' | 'unknown';

export interface ImportResult {
  records: ActivityRecord[];
  problems: ImportProblem[];
  format: ImportFormat;
  /** Data rows (CSV) or records (JSON) looked at, good and bad. */
  rowsRead: number;
}
