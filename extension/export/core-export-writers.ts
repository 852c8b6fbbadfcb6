/// <reference types="vite/client" />
// Core's export writers (excel-csv-writer, json-writer, export-file-name) through one door. They are being
// written in core/ right now; import.meta.glob bundles them as soon as they exist and keeps the extension
// building meanwhile (exports then say the writers are missing). Replace with plain imports once they land.
import type { ActivityRecord } from '../../core/activity-record';
import type { CsvDelimiter, Lang } from '../../core/locale';

export interface CsvChunk {
  /** 0-based file index when the rows are split past Excel's sheet limit. */
  file: number;
  text: string;
  rows: number;
}

interface Writers {
  excelCsvChunks(records: ActivityRecord[], options: { lang: Lang; delimiter: CsvDelimiter; maxRowsPerFile?: number }): Iterable<CsvChunk>;
  jsonChunks(records: ActivityRecord[]): Iterable<string>;
  exportFileName(o: { from: string; to: string; ext: string; part?: number; parts?: number }): string;
}

const modules = import.meta.glob<Partial<Writers>>(['../../core/excel-csv-writer.ts', '../../core/json-writer.ts', '../../core/export-file-name.ts'], {
  eager: true,
});

function writer<K extends keyof Writers>(name: K): Writers[K] {
  for (const module of Object.values(modules)) {
    const found = module[name];
    if (found) return found as Writers[K];
  }
  throw new Error(`This build has no ${name} (core's export writers were not there when it was built).`);
}

export const excelCsvChunks: Writers['excelCsvChunks'] = (records, options) => writer('excelCsvChunks')(records, options);
export const jsonChunks: Writers['jsonChunks'] = (records) => writer('jsonChunks')(records);
export const exportFileName: Writers['exportFileName'] = (o) => writer('exportFileName')(o);
