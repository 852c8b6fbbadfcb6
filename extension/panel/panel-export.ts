// Export log from the side panel: exactly the records the panel shows, as Excel CSV (SPEC §4) or lossless JSON,
// through core's one export pipeline (core/leaving/export-files.ts), in slices so the panel stays responsive, with
// progress and cancel. This surface's sink keeps the files as Blobs; saveFile downloads each through a link.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { ExportCancelled, writeExportFiles, type ExportFormat } from '../../core/leaving/export-files';
import type { ExportSink } from '../../core/leaving/export-sink';
import { inMemoryExportSink } from '../../core/leaving/memory-export-sink';
import { saveWithDownloadLink } from '../../ui/download-link/download-link';

export { ExportCancelled, type ExportFormat };

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

/** Gives the page a turn to paint and to take the Cancel click. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const SLICE_MS = 12;

/** The side panel's sink: each finished file a Blob of its chunks (saved by saveFile once the export is whole). */
export function blobExportSink(format: ExportFormat): ExportSink<ExportedFile[]> {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  return inMemoryExportSink((files) => files.map((f) => ({ name: f.name, blob: new Blob(f.chunks, { type }), rows: f.rows })));
}

export async function buildExportFiles(request: ExportRequest): Promise<ExportedFile[]> {
  const { records, signal } = request;
  const total = Math.max(1, records.length);
  let sliceStart = performance.now();
  const files = await writeExportFiles(
    records,
    {
      format: request.format,
      lang: request.lang,
      delimiter: request.delimiter,
      from: request.from,
      to: request.to,
      maxRowsPerFile: request.maxRowsPerFile,
      signal,
      // Every chunk: past a slice's time, show progress and let the page paint and take the Cancel click.
      onProgress: async (done) => {
        if (performance.now() - sliceStart < SLICE_MS) return;
        request.onProgress?.(Math.min(1, done / total));
        await nextTurn();
        sliceStart = performance.now();
      },
    },
    blobExportSink(request.format),
  );
  request.onProgress?.(1);
  return files;
}

/** Saves through a download link: the file goes to the default downloads folder, as the dashboard's Export log. */
export function saveFile(document: Document, file: ExportedFile): void {
  saveWithDownloadLink(document, file.blob, file.name);
}
