// Turns an export's text into the bytes of a file in the origin private file system: UTF-8 encoded into large
// buffers as the text comes, each written through the worker-only synchronous access handle once full. The
// export worker encodes; the writes can run on a worker of their own (export-file-worker.ts, the buffers
// transferred, not copied) so the export worker builds the next rows meanwhile. Handing the text itself to
// another thread cost as much as encoding it (profiled: the copy of 1.4 GB of UTF-16 into messages).

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

/** Bytes encoded before they are written: one write per ~8 MB. */
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
 * Encodes text pieces as they come into buffers of FILE_BUFFER_BYTES, handing each on once the next piece may not
 * fit (`full`, with the bytes filled), and the last at `end`. `next` gives the buffer to fill after a full one.
 */
export class Utf8Buffers {
  private readonly encoder = new TextEncoder();
  private filled = 0;
  constructor(
    private buffer: Uint8Array,
    private readonly full: (bytes: Uint8Array) => void,
    private readonly next: () => Uint8Array,
  ) {}

  add(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: room for that, or hand on what is gathered first.
    const most = text.length * 3;
    if (this.buffer.length - this.filled < most) {
      this.handOn();
      if (this.buffer.length < most) this.buffer = new Uint8Array(most);
    }
    this.filled += this.encoder.encodeInto(text, this.buffer.subarray(this.filled)).written;
  }

  /** Hands on what is gathered (the end of the file). */
  end(): void {
    if (this.filled > 0) this.handOn();
  }

  private handOn(): void {
    if (this.filled > 0) this.full(this.buffer.subarray(0, this.filled));
    this.buffer = this.next();
    this.filled = 0;
  }
}

/** One private file written from text on this thread. */
export interface PrivateFileText {
  write(texts: readonly string[]): void;
  close(): void;
  abort(): Promise<void>;
}

/** Opens (creates, empties) `name` in `dir` for writing text into it, encoded and written on this thread. */
export async function openPrivateFileText(dir: PrivateDirectory, name: string): Promise<PrivateFileText> {
  const file = await openPrivateFile(dir, name);
  // One buffer, reused: written synchronously before it is filled again.
  let buffer = new Uint8Array(FILE_BUFFER_BYTES);
  const bytes = new Utf8Buffers(buffer, (filled) => file.write(filled), () => buffer);
  return {
    write(texts) {
      for (const text of texts) bytes.add(text);
    },
    close() {
      bytes.end();
      buffer = new Uint8Array(0);
      file.close();
    },
    abort: () => file.abort(),
  };
}
