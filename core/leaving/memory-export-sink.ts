// An export sink that keeps each file's text chunks in memory until the export is whole, then hands the named
// files to `save`: for surfaces whose export is already in memory (the side panel's records, the toolbar's month)
// and that save a file in one go (a Blob for a download link, the extension's downloads).

import type { ExportSink, NamedExportFile } from './export-sink';

/** A named file with its text, as the chunks the writer cut (join them, or pass them to a Blob). */
export interface InMemoryExportFile extends NamedExportFile {
  chunks: string[];
}

export function inMemoryExportSink<Saved>(save: (files: InMemoryExportFile[]) => Saved | Promise<Saved>): ExportSink<Saved> {
  let texts: string[][] = [];
  return {
    open(part) {
      const chunks: string[] = [];
      texts[part - 1] = chunks;
      return { write: (text) => void chunks.push(text), close: () => undefined };
    },
    finish: (files) => save(files.map((f) => ({ ...f, chunks: texts[f.part - 1] ?? [] }))),
    abort() {
      texts = [];
    },
  };
}
