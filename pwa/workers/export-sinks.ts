// Where the app's export files go, as core's ExportSink (core/leaving/export-sink.ts), from the export worker:
// the file the user picked ("Save as…", File System Access), else a file in the origin's private file system
// written synchronously as it comes (memory stays flat whatever the size; the download is that file), else Blobs
// where there is no private file system. Text is gathered into ~4 MB pieces before it is encoded and written.
import { clearStaleExportFiles, exportFileName, newExportId } from './export-temp-files';
import type { ExportFileWriter, ExportSink } from '../../core/leaving/export-sink';

/** Text gathered before it is encoded and written: one write per ~4 MB, not per 16 kB chunk. */
export const FLUSH_CHARS = 4_000_000;

/** The worker-only synchronous file handle (not in TypeScript's DOM library). */
export interface SyncAccessHandle {
  write(data: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** The part of the origin private file system the sink uses. */
export interface PrivateDirectory {
  getFileHandle(name: string, options: { create: boolean }): Promise<PrivateFileHandle>;
  removeEntry(name: string): Promise<void>;
}
export interface PrivateFileHandle {
  readonly name: string;
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
  getFile(): Promise<Blob>;
}

/** One exported file as the worker hands it back; `blob` is absent for the file the user picked (already saved). */
export interface ExportedFile {
  /** 0-based part index. */
  part: number;
  /** Its name as core names it (for a download; the picked file has the name the user gave it). */
  name: string;
  rows: number;
  blob?: Blob;
}

/** One file's bytes: written, ended, then committed as the export finishes (its Blob, undefined for the user's file). */
interface FileBytes {
  write(text: string): void | Promise<void>;
  /** Its last text is written. */
  close(): void | Promise<void>;
  /** The whole export is written: commit, and the Blob for a download. */
  result(type: string): Promise<Blob | undefined>;
  abort(): Promise<void>;
}

/** The user's file: closing the stream is what replaces the file, so that waits until every part is whole. */
function pickedFileBytes(writable: FileSystemWritableFileStream): FileBytes {
  return {
    write: (text) => writable.write(text),
    close: () => undefined,
    result: async () => {
      await writable.close();
      return undefined;
    },
    abort: () => writable.abort().catch(() => undefined),
  };
}

/** A file in the origin private file system, written from this worker as the text comes (a Blob of strings cost more than writing the CSV). */
async function privateFileBytes(dir: PrivateDirectory, exportId: string, part: number): Promise<FileBytes> {
  // What earlier exports left (their downloads are long done) goes before this one adds its own (export-temp-files.ts).
  if (part === 1) await clearStaleExportFiles(dir as unknown as FileSystemDirectoryHandle).catch(() => 0);
  const handle = await dir.getFileHandle(exportFileName(exportId, part - 1), { create: true });
  const access = await handle.createSyncAccessHandle();
  access.truncate(0);
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(FLUSH_CHARS * 3 + 16);
  let at = 0;
  let open = true;
  return {
    write(text) {
      if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
      const { written } = encoder.encodeInto(text, buffer);
      at += access.write(buffer.subarray(0, written), { at });
    },
    close() {
      access.flush();
      access.close();
      open = false;
    },
    async result(type) {
      return new Blob([await handle.getFile()], { type });
    },
    async abort() {
      if (open) access.close();
      open = false;
      await dir.removeEntry(handle.name).catch(() => undefined);
    },
  };
}

function blobBytes(): FileBytes {
  const blobs: Blob[] = [];
  return {
    write: (text) => void blobs.push(new Blob([text])),
    close: () => undefined,
    result: async (type) => new Blob(blobs, { type }),
    abort: async () => undefined,
  };
}

/** Gathers a file's text and hands it to its bytes in large pieces. */
function gathered(bytes: FileBytes): ExportFileWriter {
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    await bytes.write(text);
  };
  return {
    write(text) {
      pending.push(text);
      pendingChars += text.length;
      return pendingChars >= FLUSH_CHARS ? flush() : undefined;
    },
    async close() {
      await flush();
      await bytes.close();
    },
  };
}

export interface AppExportSinkOptions {
  /** The file the user picked: the first part goes there (further parts come back as Blobs for a download). */
  picked?: FileSystemFileHandle;
  /** The origin private file system; undefined, or failing, means Blobs. */
  privateDirectory?: () => Promise<PrivateDirectory | undefined>;
  /** The type of the Blobs handed back. */
  type: string;
}

/** The export worker's sink (see the top of this file). */
export function appExportSink(options: AppExportSinkOptions): ExportSink<ExportedFile[]> {
  const files: FileBytes[] = [];
  // Names unique to this export: two tabs exporting at once never share a file.
  const exportId = newExportId();
  const open = async (part: number): Promise<FileBytes> => {
    if (part === 1 && options.picked) return pickedFileBytes(await options.picked.createWritable());
    try {
      const dir = await options.privateDirectory?.();
      if (dir) return await privateFileBytes(dir, exportId, part);
    } catch {
      // no private file system here (or no sync access): Blobs instead
    }
    return blobBytes();
  };
  return {
    async open(part) {
      const bytes = await open(part);
      files[part - 1] = bytes;
      return gathered(bytes);
    },
    async finish(named) {
      const out: ExportedFile[] = [];
      for (const f of named) out.push({ part: f.part - 1, name: f.name, rows: f.rows, blob: await files[f.part - 1]!.result(options.type) });
      return out;
    },
    async abort() {
      for (const f of files) await f?.abort().catch(() => undefined);
    },
  };
}

/** The worker's own private file system, when it has one. */
export async function workerPrivateDirectory(): Promise<PrivateDirectory | undefined> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.getDirectory) return undefined;
  return (await storage.getDirectory()) as unknown as PrivateDirectory;
}
