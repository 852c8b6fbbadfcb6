import { describe, expect, it } from 'vitest';
import { writeExportFiles, type ExportFilesOptions } from '../../core/leaving/export-files';
import type { ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { FILE_BUFFER_BYTES, openPrivateFile, type PrivateFile } from './export-file-writer';
import { appExportSink, type FileWriterThread, type PrivateDirectory, type PrivateFileHandle, type SyncAccessHandle } from './export-sinks';

const records = [...generateSampleRecords({ count: 9, seed: 6, now: new Date('2026-11-25T08:00:00Z') })];
const CSV: ExportFilesOptions = { format: 'csv', lang: 'en', delimiter: ',', from: '2026-11-01', to: '2026-11-30', maxRowsPerFile: 5 };
const TYPE = 'text/csv;charset=utf-8';

/** An origin private file system in memory, with the worker's synchronous access handles. */
function privateFiles() {
  const files = new Map<string, { bytes: Uint8Array; writes: number; closed: boolean }>();
  const dir: PrivateDirectory = {
    async getFileHandle(name): Promise<PrivateFileHandle> {
      const file = files.get(name) ?? { bytes: new Uint8Array(0), writes: 0, closed: false };
      files.set(name, file);
      const access: SyncAccessHandle = {
        write(data, { at }) {
          const grown = new Uint8Array(Math.max(file.bytes.length, at + data.length));
          grown.set(file.bytes);
          grown.set(data, at);
          file.bytes = grown;
          file.writes++;
          return data.length;
        },
        truncate(size) {
          file.bytes = file.bytes.slice(0, size);
        },
        flush: () => undefined,
        close: () => void (file.closed = true),
      };
      return { name, createSyncAccessHandle: async () => access, getFile: async () => new Blob([file.bytes.slice()]) };
    },
    async removeEntry(name) {
      files.delete(name);
    },
  };
  return { dir, files };
}

/** A file the user picked, as File System Access hands it over. */
function pickedFile() {
  const state = { text: '', closed: false, aborted: false };
  const handle = {
    name: 'picked.csv',
    async createWritable() {
      return {
        // What the sink writes: a Blob of its gathered chunks.
        write: async (blob: Blob) => void (state.text += await blob.text()),
        close: async () => void (state.closed = true),
        abort: async () => void (state.aborted = true),
      };
    },
  } as unknown as FileSystemFileHandle;
  return { handle, state };
}

const text = (blob: Blob | undefined) => blob!.text();
const dataRows = (t: string) => t.split('\r\n').length - 2;

describe('the app’s export sinks', () => {
  it('private file system: each part written to its own file as it comes, handed back as a Blob under core’s name', async () => {
    const { dir, files } = privateFiles();
    const out = await writeExportFiles(records, CSV, appExportSink({ privateDirectory: async () => dir, type: TYPE }));
    expect(out.map((f) => [f.part, f.name, f.rows])).toEqual([
      [0, 'activity-log_2026-11-01_2026-11-30_part-1-of-3.csv', 4],
      [1, 'activity-log_2026-11-01_2026-11-30_part-2-of-3.csv', 4],
      [2, 'activity-log_2026-11-01_2026-11-30_part-3-of-3.csv', 1],
    ]);
    // One file per part, named for this export alone (export-temp-files.ts), so another tab's export never shares it.
    const names = [...files.keys()];
    expect(names).toHaveLength(3);
    const id = /^export-([0-9a-z]+-[0-9a-z]+)-1\.tmp$/.exec(names[0]!)![1];
    expect(names).toEqual([1, 2, 3].map((n) => `export-${id}-${n}.tmp`));
    expect([...files.values()].every((f) => f.closed)).toBe(true);
    expect(await Promise.all(out.map(async (f) => dataRows(await text(f.blob))))).toEqual([4, 4, 1]);
    expect(out[0]!.blob!.type).toBe(TYPE);
    expect((await text(out[0]!.blob)).startsWith('\uFEFFDate-Time (UTC),')).toBe(true);
  });

  it('private file system: writes in pieces of several MB, not per chunk', async () => {
    const { dir, files } = privateFiles();
    const many = Array.from({ length: 15_000 }, (_, i) => ({ ...records[i % records.length]!, id: `r${i}` }) as ActivityRecord);
    const out = await writeExportFiles(many, { ...CSV, maxRowsPerFile: undefined }, appExportSink({ privateDirectory: async () => dir, type: TYPE }));
    const file = [...files.values()][0]!;
    expect(out[0]!.blob!.size).toBe(file.bytes.length);
    expect(file.bytes.length).toBeGreaterThan(2 * FILE_BUFFER_BYTES);
    expect(file.writes).toBeGreaterThanOrEqual(Math.ceil(file.bytes.length / FILE_BUFFER_BYTES));
    expect(file.writes).toBeLessThanOrEqual(Math.ceil(file.bytes.length / (FILE_BUFFER_BYTES * 0.9)));
  });

  it('"Save as…": the first part goes to the picked file, further parts come back as Blobs', async () => {
    const { handle, state } = pickedFile();
    const out = await writeExportFiles(records, CSV, appExportSink({ picked: handle, privateDirectory: async () => undefined, type: TYPE }));
    expect(state.closed).toBe(true);
    expect(dataRows(state.text)).toBe(4);
    expect(out[0]!.blob).toBeUndefined();
    expect(out.slice(1).map((f) => f.name)).toEqual(['activity-log_2026-11-01_2026-11-30_part-2-of-3.csv', 'activity-log_2026-11-01_2026-11-30_part-3-of-3.csv']);
    expect(await Promise.all(out.slice(1).map(async (f) => dataRows(await text(f.blob))))).toEqual([4, 1]);
  });

  it('without a private file system (or when it fails), Blobs', async () => {
    const failing = async (): Promise<PrivateDirectory> => {
      throw new DOMException('no', 'SecurityError');
    };
    const out = await writeExportFiles(records, { ...CSV, maxRowsPerFile: undefined }, appExportSink({ privateDirectory: failing, type: TYPE }));
    expect(out.map((f) => [f.name, f.rows])).toEqual([['activity-log_2026-11-01_2026-11-30.csv', 9]]);
    expect(dataRows(await text(out[0]!.blob))).toBe(9);
  });

  it('a failed export aborts the picked file and removes the private files it wrote', async () => {
    const { dir, files } = privateFiles();
    const { handle, state } = pickedFile();
    const failing = (async function* () {
      yield records;
      throw new Error('database closed');
    })();
    // Small chunks: the pipeline reads ahead only a chunk's worth, so part 1 is whole and part 2 begun when the read fails.
    const sink = appExportSink({ picked: handle, privateDirectory: async () => dir, type: TYPE });
    await expect(writeExportFiles(failing, { ...CSV, chunkRows: 2 }, sink)).rejects.toThrow('database closed');
    expect(dataRows(state.text)).toBe(4);
    // Its part was whole before part 2 began, but the user's file is replaced only once the whole export is.
    expect(state.closed).toBe(false);
    expect(state.aborted).toBe(true);
    expect([...files.keys()]).toEqual([]);
  });
});

/** The file writer's thread, in this one: the same PrivateFile the worker runs, over the in-memory files. */
function inProcessThread(dir: PrivateDirectory, options: { start?: 'fails'; failWrite?: number } = {}) {
  const open = new Map<string, PrivateFile>();
  const state = { writes: 0, ended: false, sizes: [] as number[] };
  const thread: FileWriterThread = {
    ready: options.start === 'fails' ? Promise.reject(new Error('no nested workers')) : Promise.resolve(),
    async open(name) {
      open.set(name, await openPrivateFile(dir, name));
    },
    async write(name, bytes) {
      state.writes++;
      if (state.writes === options.failWrite) throw new DOMException('The disk is full.', 'QuotaExceededError');
      state.sizes.push(bytes.buffer.byteLength);
      open.get(name)!.write(bytes);
      return bytes;
    },
    async close(name) {
      open.get(name)!.close();
      open.delete(name);
    },
    async abort(name) {
      await open.get(name)?.abort();
      open.delete(name);
    },
    end: () => void (state.ended = true),
  };
  return { thread, state };
}

describe('the private file’s bytes written on the file writer’s thread', () => {
  const many = Array.from({ length: 15_000 }, (_, i) => ({ ...records[i % records.length]!, id: `r${i}` }) as ActivityRecord);
  const oneFile = { ...CSV, maxRowsPerFile: undefined };

  it('the same bytes as written on this thread, in full buffers handed back and forth, the thread ended', async () => {
    const here = privateFiles();
    const there = privateFiles();
    const { thread, state } = inProcessThread(there.dir);
    const a = await writeExportFiles(many, oneFile, appExportSink({ privateDirectory: async () => here.dir, type: TYPE }));
    const b = await writeExportFiles(many, oneFile, appExportSink({ privateDirectory: async () => there.dir, writerThread: () => thread, type: TYPE }));
    const bytes = [...there.files.values()][0]!.bytes;
    expect(bytes.length).toBeGreaterThan(2 * FILE_BUFFER_BYTES);
    // Compared as bytes at once (toEqual walks 20 MB element by element).
    expect(Buffer.from(bytes).equals(Buffer.from([...here.files.values()][0]!.bytes))).toBe(true);
    expect(await text(b[0]!.blob)).toBe(await text(a[0]!.blob));
    expect(state.writes).toBe(Math.ceil(bytes.length / (FILE_BUFFER_BYTES * 0.99)));
    expect(state.sizes.every((s) => s === FILE_BUFFER_BYTES)).toBe(true);
    expect(state.ended).toBe(true);
  });

  it('a thread that does not start: written on this thread', async () => {
    const { dir, files } = privateFiles();
    const { thread, state } = inProcessThread(dir, { start: 'fails' });
    const out = await writeExportFiles(records, CSV, appExportSink({ privateDirectory: async () => dir, writerThread: () => thread, type: TYPE }));
    expect(state.writes).toBe(0);
    expect(await Promise.all(out.map(async (f) => dataRows(await text(f.blob))))).toEqual([4, 4, 1]);
    expect(files.size).toBe(3);
  });

  it('a failed write fails the export and removes its files', async () => {
    const { dir, files } = privateFiles();
    const { thread, state } = inProcessThread(dir, { failWrite: 1 });
    const sink = appExportSink({ privateDirectory: async () => dir, writerThread: () => thread, type: TYPE });
    await expect(writeExportFiles(many, oneFile, sink)).rejects.toThrow('The disk is full.');
    expect(files.size).toBe(0);
    expect(state.ended).toBe(true);
  });
});
