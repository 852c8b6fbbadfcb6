// Where an export's files go, as one interface with one implementation per surface (a download link, the
// extension's downloads, a file the user picked, the app's private files, a Node file): the pipeline
// (export-files.ts) decides what each file holds and what it is called; a sink only keeps the bytes.
//
// Lifecycle: open(1) → write… → close, open(2) → write… → close, …, then finish(named files) once; or abort at
// any point. A file's final name comes only with finish: a part is called `_part-2-of-3`, and how many parts
// there are is known only once the last record is written.

/** One file of the export, written. */
export interface NamedExportFile {
  /** 1-based, in the order the files were opened. */
  part: number;
  /** Its name as every surface gives it (export-file-name.ts). */
  name: string;
  /** Data rows (CSV) or records (JSON) it holds. */
  rows: number;
}

/**
 * One file being written: its UTF-8 bytes in chunks, in order, then close (the file is whole; its name comes
 * with finish). A chunk is the sink's to keep: the writer never touches it again.
 */
export interface ExportFileWriter {
  write(bytes: Uint8Array<ArrayBuffer>): void | Promise<void>;
  close(): void | Promise<void>;
}

/** Where an export's files go (see the lifecycle at the top of this file). `Saved` is what finish hands back. */
export interface ExportSink<Saved = void> {
  /** Starts the next file; the one before it is closed. */
  open(part: number): ExportFileWriter | Promise<ExportFileWriter>;
  /** Every file is whole: each gets its name now (renamed, downloaded, handed back). */
  finish(files: readonly NamedExportFile[]): Saved | Promise<Saved>;
  /** The export failed or was cancelled: what was written goes; nothing appears half-written under an export's name. */
  abort(reason: unknown): void | Promise<void>;
}
