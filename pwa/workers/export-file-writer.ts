// Turns an export's chunks of bytes into a file in the origin private file system: gathered into large buffers as
// they come, each written through the worker-only synchronous access handle once full. The writes can run on a
// worker of their own (export-file-worker.ts, the buffers transferred, not copied) so the export worker builds the
// next rows meanwhile. (Handing text to another thread cost as much as encoding it: the writer now makes bytes.)

/** The worker-only synchronous file handle (not in TypeScript's DOM library). */
export interface SyncAccessHandle {
  write(data: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** The part of the origin private file system the export uses. */
export interface PrivateDirectory {
  getFileHandle(name: string, options: { create: boolean }): Promise<PrivateFileHandle>;
  removeEntry(name: string): Promise<void>;
}
export interface PrivateFileHandle {
  readonly name: string;
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
  getFile(): Promise<Blob>;
}

/** Bytes gathered before they are written: one write per ~8 MB. */
export const FILE_BUFFER_BYTES = 8 << 20;

/** One private file, written in order. */
export interface PrivateFile {
  /** Appends bytes. */
  write(bytes: Uint8Array): void;
  /** Every byte is written: flush and release the file (its Blob can then be read). */
  close(): void;
  /** Release the file if open and delete it. */
  abort(): Promise<void>;
}

/** Opens (creates, empties) `name` in `dir`. */
export async function openPrivateFile(dir: PrivateDirectory, name: string): Promise<PrivateFile> {
  const handle = await dir.getFileHandle(name, { create: true });
  const access = await handle.createSyncAccessHandle();
  access.truncate(0);
  let at = 0;
  let open = true;
  return {
    write(bytes) {
      if (bytes.length > 0) at += access.write(bytes, { at });
    },
    close() {
      access.flush();
      access.close();
      open = false;
    },
    async abort() {
      if (open) access.close();
      open = false;
      await dir.removeEntry(handle.name).catch(() => undefined);
    },
  };
}

/**
 * Gathers an export's chunks of bytes into buffers of FILE_BUFFER_BYTES, handing each on once the next chunk does
 * not fit (`full`, with the bytes filled), and the last at `end`. `next` gives the buffer to fill after a full one.
 * A chunk bigger than a whole buffer is handed on as it is (it is the sink's to keep).
 */
export class FileBuffers {
  private filled = 0;
  constructor(
    private buffer: Uint8Array,
    private readonly full: (bytes: Uint8Array) => void,
    private readonly next: () => Uint8Array,
  ) {}

  add(bytes: Uint8Array): void {
    if (this.buffer.length - this.filled < bytes.length) {
      this.handOn();
      if (bytes.length > this.buffer.length) {
        this.full(bytes);
        return;
      }
    }
    this.buffer.set(bytes, this.filled);
    this.filled += bytes.length;
  }

  /** Hands on what is gathered (the end of the file). */
  end(): void {
    if (this.filled > 0) this.handOn();
  }

  private handOn(): void {
    if (this.filled === 0) return;
    this.full(this.buffer.subarray(0, this.filled));
    this.buffer = this.next();
    this.filled = 0;
  }
}

/** One private file written on this thread, its chunks gathered into large writes. */
export interface GatheredPrivateFile {
  write(chunks: readonly Uint8Array[]): void;
  close(): void;
  abort(): Promise<void>;
}

/** Opens (creates, empties) `name` in `dir` for writing chunks of bytes into it on this thread. */
export async function openGatheredPrivateFile(dir: PrivateDirectory, name: string): Promise<GatheredPrivateFile> {
  const file = await openPrivateFile(dir, name);
  // One buffer, reused: written synchronously before it is filled again.
  let buffer = new Uint8Array(FILE_BUFFER_BYTES);
  const gathered = new FileBuffers(buffer, (filled) => file.write(filled), () => buffer);
  return {
    write(chunks) {
      for (const chunk of chunks) gathered.add(chunk);
    },
    close() {
      gathered.end();
      buffer = new Uint8Array(0);
      file.close();
    },
    abort: () => file.abort(),
  };
}
