// An export sink that keeps each file's chunks of bytes in memory until the export is whole, then hands the named
// files to `save`: for surfaces whose export is already in memory (the side panel's records, the toolbar's month)
// and that save a file in one go (a Blob for a download link, the extension's downloads).

import type { ExportSink, NamedExportFile } from './export-sink';

/** A named file with its bytes, as the chunks the writer cut (pass them to a Blob). */
export interface InMemoryExportFile extends NamedExportFile {
  chunks: Uint8Array<ArrayBuffer>[];
}

export function inMemoryExportSink<Saved>(save: (files: InMemoryExportFile[]) => Saved | Promise<Saved>): ExportSink<Saved> {
  let kept: Uint8Array<ArrayBuffer>[][] = [];
  return {
    open(part) {
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      kept[part - 1] = chunks;
      return { write: (bytes) => void chunks.push(bytes), close: () => undefined };
    },
    finish: (files) => save(files.map((f) => ({ ...f, chunks: kept[f.part - 1] ?? [] }))),
    abort() {
      kept = [];
    },
  };
}
