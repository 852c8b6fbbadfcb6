// Where the app's export files go, as core's ExportSink (core/leaving/export-sink.ts), from the export worker:
// the file the user picked ("Save as…", File System Access), else a file in the origin's private file system
// written synchronously as it comes (memory stays flat whatever the size; the download is that file), else Blobs
// where there is no private file system. Chunks for those are gathered into ~4 MB pieces before they are
// written; a private file's chunks are gathered into its buffers as they come and written by a worker of
// their own when there is one (export-file-writer.ts), so the export worker builds the next rows meanwhile.
import { clearStaleExportFiles, exportFileName, newExportId } from './export-temp-files';
import { FILE_BUFFER_BYTES, FileBuffers, openGatheredPrivateFile, type PrivateDirectory } from './export-file-writer';
import type { ExportFileWriter, ExportSink } from '../../core/leaving/export-sink';

/** Bytes gathered before they are written to the user's file or a Blob: one write per ~4 MB, not per 64 kB chunk. */
export const FLUSH_BYTES = 4 << 20;

export type { PrivateDirectory, PrivateFileHandle, SyncAccessHandle } from './export-file-writer';

/**
 * The file writer on a worker of its own (export-file-worker.ts), as the sink uses it: every call names the file.
 * `ready` settles once that worker runs (rejects if it cannot start: the sink then writes on this thread).
 */
export interface FileWriterThread {
  ready: Promise<void>;
  open(name: string): Promise<void>;
  /** Appends the bytes (handed over, not copied) and hands their buffer back for the next ones. */
  write(name: string, bytes: Uint8Array): Promise<Uint8Array>;
  close(name: string): Promise<void>;
  abort(name: string): Promise<void>;
  /** The export is over: end the worker. */
  end(): void;
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
  /** Bytes gathered before each write (0: each chunk as it comes). */
  gather: number;
  /** The next chunks, in order (the array and the chunks are the callee's to keep). */
  write(chunks: Uint8Array<ArrayBuffer>[]): void | Promise<void>;
  /** Its last chunk is written. */
  close(): void | Promise<void>;
  /** The whole export is written: commit, and the Blob for a download. */
  result(type: string): Promise<Blob | undefined>;
  abort(): Promise<void>;
}

/** The user's file: closing the stream is what replaces the file, so that waits until every part is whole. */
function pickedFileBytes(writable: FileSystemWritableFileStream): FileBytes {
  return {
    gather: FLUSH_BYTES,
    write: (chunks) => writable.write(new Blob(chunks)),
    close: () => undefined,
    result: async () => {
      await writable.close();
      return undefined;
    },
    abort: () => writable.abort().catch(() => undefined),
  };
}

/** A written private file as the download's Blob (of `type`: the file system gives it none). */
async function privateFileBlob(dir: PrivateDirectory, name: string, type: string): Promise<Blob> {
  return new Blob([await (await dir.getFileHandle(name, { create: false })).getFile()], { type });
}

/** A file in the origin private file system, written from this worker as the chunks come (a Blob of strings cost more than writing the CSV). */
async function privateFileBytes(dir: PrivateDirectory, name: string): Promise<FileBytes> {
  const file = await openGatheredPrivateFile(dir, name);
  return {
    // The file's own buffer gathers the chunks.
    gather: 0,
    write: (chunks) => file.write(chunks),
    close: () => file.close(),
    result: (type) => privateFileBlob(dir, name, type),
    abort: () => file.abort(),
  };
}

/** Buffers with the file writer's thread before the export waits for one back. */
const WRITES_AHEAD = 2;

/**
 * The same file, its chunks gathered here as they come and written by the file writer's own thread: each full
 * buffer is handed over and comes back for reuse, at most WRITES_AHEAD at a time.
 */
async function threadFileBytes(thread: FileWriterThread, dir: PrivateDirectory, name: string): Promise<FileBytes> {
  await thread.open(name);
  const free: Uint8Array[] = [];
  const inFlight: Promise<void>[] = [];
  let failed: { error: unknown } | undefined;
  const fresh = () => free.pop() ?? new Uint8Array(FILE_BUFFER_BYTES);
  const send = (bytes: Uint8Array) => {
    inFlight.push(
      thread.write(name, bytes).then(
        (back) => {
          if (back.buffer.byteLength === FILE_BUFFER_BYTES) free.push(new Uint8Array(back.buffer));
        },
        // Observed at once: a failed write (the disk full) fails the next write or the close.
        (error: unknown) => void (failed ??= { error }),
      ),
    );
  };
  const gathered = new FileBuffers(fresh(), send, fresh);
  const check = () => {
    if (failed) throw failed.error;
  };
  return {
    gather: 0,
    write(chunks) {
      check();
      for (const chunk of chunks) gathered.add(chunk);
      if (inFlight.length > WRITES_AHEAD) return inFlight.shift()!.then(check);
      return undefined;
    },
    async close() {
      gathered.end();
      await Promise.all(inFlight.splice(0));
      check();
      await thread.close(name);
    },
    result: (type) => privateFileBlob(dir, name, type),
    async abort() {
      await Promise.all(inFlight.splice(0));
      await thread.abort(name).catch(() => undefined);
      await dir.removeEntry(name).catch(() => undefined);
    },
  };
}

function blobBytes(): FileBytes {
  const blobs: Blob[] = [];
  return {
    gather: FLUSH_BYTES,
    write: (chunks) => void blobs.push(new Blob(chunks)),
    close: () => undefined,
    result: async (type) => new Blob(blobs, { type }),
    abort: async () => undefined,
  };
}

/** Gathers a file's chunks and hands them to its bytes in pieces of its size. */
function gathered(bytes: FileBytes): ExportFileWriter {
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const flush = (): void | Promise<void> => {
    if (pending.length === 0) return;
    const chunks = pending;
    pending = [];
    pendingBytes = 0;
    return bytes.write(chunks);
  };
  return {
    write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      return pendingBytes >= bytes.gather ? flush() : undefined;
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
  /** A file writer on its own thread for the private files (absent, or failing to start: written on this thread). */
  writerThread?: () => FileWriterThread | undefined;
}

/** The export worker's sink (see the top of this file). */
export function appExportSink(options: AppExportSinkOptions): ExportSink<ExportedFile[]> {
  const files: FileBytes[] = [];
  // Names unique to this export: two tabs exporting at once never share a file.
  const exportId = newExportId();
  let thread: FileWriterThread | undefined | null;
  const writerThread = async (): Promise<FileWriterThread | undefined> => {
    if (thread === undefined) {
      thread = options.writerThread?.() ?? null;
      await thread?.ready.catch(() => {
        thread?.end();
        thread = null;
      });
    }
    return thread ?? undefined;
  };
  const endThread = () => {
    thread?.end();
    thread = null;
  };
  const open = async (part: number): Promise<FileBytes> => {
    if (part === 1 && options.picked) return pickedFileBytes(await options.picked.createWritable());
    try {
      const dir = await options.privateDirectory?.();
      if (dir) {
        // What earlier exports left (their downloads are long done) goes before this one adds its own (export-temp-files.ts).
        if (part === 1) await clearStaleExportFiles(dir as unknown as FileSystemDirectoryHandle).catch(() => 0);
        const name = exportFileName(exportId, part - 1);
        const on = await writerThread();
        if (on) {
          try {
            return await threadFileBytes(on, dir, name);
          } catch {
            // its thread could not open the file: this one tries
          }
        }
        return await privateFileBytes(dir, name);
      }
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
      endThread();
      const out: ExportedFile[] = [];
      for (const f of named) out.push({ part: f.part - 1, name: f.name, rows: f.rows, blob: await files[f.part - 1]!.result(options.type) });
      return out;
    },
    async abort() {
      for (const f of files) await f?.abort().catch(() => undefined);
      endThread();
    },
  };
}

/** The worker's own private file system, when it has one. */
export async function workerPrivateDirectory(): Promise<PrivateDirectory | undefined> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.getDirectory) return undefined;
  return (await storage.getDirectory()) as unknown as PrivateDirectory;
}
