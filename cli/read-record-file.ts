// Reads one saved log from disk as a stream of byte chunks, whatever its size (a 1.5 GB JSON export is never
// one string), handing each chunk's records and problems on as they complete.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileRecordBatch } from '../core/reading/records-from-file';
import { createFileRecordParser } from '../core/reading/records-from-file';
import type { ImportFormat, ImportProblem } from '../core/reading/import-problem';

/** Bytes read at a time: large enough to keep the parsers busy, small next to the 1 GB budget. */
const READ_CHUNK_BYTES = 1 << 20;

export type FileReadOutcome = { format: ImportFormat; rowsRead: number } | { problem: ImportProblem };

export async function readRecordFile(file: string, onBatch: (batch: FileRecordBatch) => Promise<void> | void): Promise<FileReadOutcome> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { problem: unreadable(file, error) };
  }
  const parser = createFileRecordParser(file);
  try {
    const stream = createReadStream('', { fd: handle, highWaterMark: READ_CHUNK_BYTES, autoClose: true });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const batch = parser.push(chunk);
      if (batch.records.length > 0 || batch.problems.length > 0) await onBatch(batch);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    return { problem: unreadable(file, error) };
  }
  await onBatch(parser.finish());
  return { format: parser.format, rowsRead: parser.rowsRead };
}

function unreadable(file: string, error: unknown): ImportProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
  return { kind: 'unreadable-file', file, message: `${file}: cannot read the file (${reason}).` };
}
