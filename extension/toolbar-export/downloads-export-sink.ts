// The toolbar export's sink: the month's files are kept in memory while core writes them (the records are in
// memory already), then each goes to the downloads folder under its final name through `saveTextFile`
// (background-downloads.ts: a Blob URL, a data: URL, or the offscreen document's Blob URL).
import type { ExportSink } from '../../core/leaving/export-sink';
import { inMemoryExportSink } from '../../core/leaving/memory-export-sink';

/** Writes one file (its UTF-8 bytes in parts) to the downloads folder; resolves once the download has started. */
export type SaveTextFile = (file: { name: string; parts: Uint8Array<ArrayBuffer>[]; mimeType: string }) => Promise<void>;

export interface SavedFile {
  name: string;
  rows: number;
}

export function downloadsExportSink(saveTextFile: SaveTextFile, mimeType: string): ExportSink<SavedFile[]> {
  return inMemoryExportSink(async (files) => {
    const saved: SavedFile[] = [];
    for (const file of files) {
      await saveTextFile({ name: file.name, parts: file.chunks, mimeType });
      saved.push({ name: file.name, rows: file.rows });
    }
    return saved;
  });
}
