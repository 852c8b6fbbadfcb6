import { describe, expect, it } from 'vitest';
import { writeExportFiles, type ExportFilesOptions } from '../../core/leaving/export-files';
import type { ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { appExportSink, FLUSH_CHARS, type PrivateDirectory, type PrivateFileHandle, type SyncAccessHandle } from './export-sinks';

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
        write: async (text: string) => void (state.text += text),
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

  it('private file system: writes in pieces of about 4 MB, not per chunk', async () => {
    const { dir, files } = privateFiles();
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...records[i % records.length]!, id: `r${i}` }) as ActivityRecord);
    const out = await writeExportFiles(many, { ...CSV, maxRowsPerFile: undefined }, appExportSink({ privateDirectory: async () => dir, type: TYPE }));
    const file = [...files.values()][0]!;
    expect(out[0]!.blob!.size).toBe(file.bytes.length);
    expect(file.writes).toBe(Math.ceil(file.bytes.length / FLUSH_CHARS) || 1);
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
