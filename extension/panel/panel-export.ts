// Export log from the side panel: exactly the records the panel shows, as Excel CSV (SPEC §4) or lossless JSON,
// built in slices so the panel stays responsive, with progress and cancel; saved through a download link.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { excelCsvChunks } from '../../core/leaving/excel-csv-writer';
import { jsonChunks } from '../../core/leaving/json-writer';
import { exportFileName } from '../../core/leaving/export-file-name';
import { saveWithDownloadLink } from '../../ui/download-link/download-link';

export type ExportFormat = 'csv' | 'json';

export interface ExportRequest {
  records: readonly ActivityRecord[];
  format: ExportFormat;
  lang: Lang;
  delimiter: CsvDelimiter;
  from: string;
  to: string;
  signal?: AbortSignal;
  /** 0..1 */
  onProgress?: (fraction: number) => void;
  /** Rows per CSV file (Excel's sheet limit by default); tests pass small numbers. */
  maxRowsPerFile?: number;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
  rows: number;
}

export class ExportCancelled extends Error {
  readonly kind = 'cancelled' as const;
  constructor() {
    super('Export cancelled.');
  }
}

/** Gives the page a turn to paint and to take the Cancel click. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const SLICE_MS = 12;

export async function buildExportFiles(request: ExportRequest): Promise<ExportedFile[]> {
  const { records, signal } = request;
  const total = Math.max(1, records.length);
  const files: { parts: string[]; rows: number }[] = [];
  let done = 0;
  let sliceStart = performance.now();
  const checkpoint = async (): Promise<void> => {
    if (signal?.aborted) throw new ExportCancelled();
    if (performance.now() - sliceStart < SLICE_MS) return;
    request.onProgress?.(Math.min(1, done / total));
    await nextTurn();
    if (signal?.aborted) throw new ExportCancelled();
    sliceStart = performance.now();
  };
  if (request.format === 'json') {
    const parts: string[] = [];
    // Progress counts the records the writer has taken, whatever size its chunks are.
    const counted = function* (): Generator<ActivityRecord> {
      for (const r of records) {
        done++;
        yield r;
      }
    };
    for (const text of jsonChunks(counted())) {
      parts.push(text);
      await checkpoint();
    }
    files.push({ parts, rows: records.length });
  } else {
    for (const chunk of excelCsvChunks(records, {
      lang: request.lang,
      delimiter: request.delimiter,
      maxRowsPerFile: request.maxRowsPerFile,
    })) {
      // Files are numbered from 1; each starts with its own BOM and header.
      const file = (files[chunk.file - 1] ??= { parts: [], rows: 0 });
      file.parts.push(chunk.text);
      file.rows += chunk.chunkRows;
      done = chunk.rows;
      await checkpoint();
    }
  }
  request.onProgress?.(1);
  const ext = request.format;
  const type = ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const present = files.filter(Boolean);
  return present.map((file, i) => ({
    name:
      present.length > 1
        ? exportFileName({ from: request.from, to: request.to, ext, part: i + 1, parts: present.length })
        : exportFileName({ from: request.from, to: request.to, ext }),
    blob: new Blob(file.parts, { type }),
    rows: file.rows,
  }));
}

/** Saves through a download link: the file goes to the default downloads folder, as the dashboard's Export log. */
export function saveFile(document: Document, file: ExportedFile): void {
  saveWithDownloadLink(document, file.blob, file.name);
}
