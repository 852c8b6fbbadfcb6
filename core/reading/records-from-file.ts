// One entry point for any file a user drops or names: sniffs JSON or CSV once, from its first bytes, so the caller
// need not know. Every reading goes through createFileRecordParser (byte chunks, any file size): recordsFromBytes
// reads a stream of chunks, recordsFromFile a text already in memory, both by the same sniff and the same readers.

import type { ImportFormat, ImportProblem, ImportResult } from './import-problem';
import type { ActivityRecord } from '../record/activity-record';
import { createCsvRecordParser } from './records-from-csv';
import { createJsonRecordParser } from './records-from-json-stream';

/** A whole text as records: the streaming reader over its UTF-8 bytes, so it reads exactly as a dropped file does. */
export function recordsFromFile(name: string, text: string): ImportResult {
  const parser = createFileRecordParser(name);
  const first = parser.push(new TextEncoder().encode(text));
  const last = parser.finish();
  for (const r of last.records) first.records.push(r);
  for (const p of last.problems) first.problems.push(p);
  return { records: first.records, problems: first.problems, format: parser.format, rowsRead: parser.rowsRead };
}

/** What one chunk of bytes completed, and how many bytes have been read so far. */
export interface FileBytesBatch extends FileRecordBatch {
  bytesRead: number;
}

/**
 * A file arriving as byte chunks (a browser File's stream, a Node read stream) as batches of records and problems,
 * one per chunk read, then the last. Stopping early (return, a thrown consumer) stops reading the source too.
 */
export async function* recordsFromBytes(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<FileBytesBatch> {
  const parser = createFileRecordParser(name);
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead += chunk.length;
    yield { ...parser.push(chunk), bytesRead };
  }
  yield { ...parser.finish(), bytesRead };
}

export interface FileRecordBatch {
  records: ActivityRecord[];
  problems: ImportProblem[];
}

/** A file read chunk by chunk, whatever its size: push its bytes as they come, then finish. */
export interface FileRecordParser {
  push(chunk: Uint8Array): FileRecordBatch;
  finish(): FileRecordBatch;
  readonly format: ImportFormat;
  /** Data rows (CSV) or records (JSON) looked at so far, good and bad. */
  readonly rowsRead: number;
}

/** Bytes looked at before deciding what a file is. */
const SNIFF_BYTES = 4096;

/**
 * The one reader of files: the first bytes say JSON or CSV (the only sniff), then JSON bytes go to the streaming
 * JSON reader and CSV bytes, decoded as UTF-8 across chunk ends, to the CSV one.
 * Memory stays that of one chunk and the records it completes, so any file size reads.
 */
export function createFileRecordParser(name: string): FileRecordParser {
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let inner: FileRecordParser | undefined;
  let refused: ImportProblem | undefined;
  let done = false;

  function decide(final: boolean): FileRecordBatch {
    const bytes = concat(head, headBytes);
    head = [];
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
    const kind = fileKind(name, text, final);
    if (kind === 'empty') {
      refused = { kind: 'empty', file: name, message: `${name}: the file is empty.` };
      return { records: [], problems: [] };
    }
    if (kind === 'unknown') {
      refused = notAnActivityLog(name);
      return { records: [], problems: [] };
    }
    inner = kind === 'json' ? createJsonRecordParser(name) : csvFromBytes(name);
    return inner.push(bytes);
  }

  return {
    push(chunk) {
      if (done || refused) return { records: [], problems: [] };
      if (inner) return inner.push(chunk);
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES && !hasNonSpace(head)) return { records: [], problems: [] };
      if (headBytes < SNIFF_BYTES && needsWholeHead(name)) return { records: [], problems: [] };
      return decide(false);
    },
    finish() {
      if (done) return { records: [], problems: [] };
      done = true;
      const before = inner || refused ? { records: [], problems: [] } : decide(true);
      if (refused) return { records: [], problems: [refused] };
      const last = inner!.finish();
      for (const r of last.records) before.records.push(r);
      for (const p of last.problems) before.problems.push(p);
      return before;
    },
    get format() {
      return inner?.format ?? 'unknown';
    },
    get rowsRead() {
      return inner?.rowsRead ?? 0;
    },
  };
}

/** A CSV parser over bytes: UTF-8 decoding that keeps a character split across two chunks whole. */
function csvFromBytes(name: string): FileRecordParser {
  const decoder = new TextDecoder('utf-8');
  const csv = createCsvRecordParser(name);
  return {
    push: (chunk) => csv.push(decoder.decode(chunk, { stream: true })),
    finish: () => {
      const rest = decoder.decode();
      const before = rest === '' ? { records: [], problems: [] } : csv.push(rest);
      const last = csv.finish();
      for (const r of last.records) before.records.push(r);
      for (const p of last.problems) before.problems.push(p);
      return before;
    },
    get format() {
      return csv.format;
    },
    get rowsRead() {
      return csv.rowsRead;
    },
  };
}

type FileKind = 'json' | 'csv' | 'unknown' | 'empty';

/** What the head of a file says it is; `final` when the head is the whole file. */
function fileKind(name: string, head: string, final: boolean): FileKind {
  const first = firstCharacter(head);
  if (first === '' && final) return 'empty';
  if (first === '{' || first === '[') return 'json';
  const extension = extensionOf(name);
  if (extension === 'json') return 'json'; // says JSON, is not: report why as JSON
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv' || extension === undefined || looksLikeText(head)) return 'csv';
  return 'unknown';
}

function notAnActivityLog(name: string): ImportProblem {
  return { kind: 'unknown-format', file: name, message: `${name}: not a CSV or JSON activity log.` };
}

function extensionOf(name: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
}

/** A name that does not settle CSV by itself needs the NUL check over the whole 4 KB head. */
function needsWholeHead(name: string): boolean {
  const extension = extensionOf(name);
  return !(extension === 'json' || extension === 'csv' || extension === 'txt' || extension === 'tsv' || extension === undefined);
}

function firstCharacter(text: string): string {
  const match = /[^\s\uFEFF]/.exec(text.slice(0, 4096));
  return match ? match[0] : text.trim().replace(/^\uFEFF/, '').charAt(0);
}

/** Binary files (xlsx, zip, images) carry NUL bytes early on; text does not. */
function looksLikeText(text: string): boolean {
  return !text.slice(0, 4096).includes('\u0000');
}

/** Whether the bytes so far hold anything but whitespace and a BOM (then the first character is known). */
function hasNonSpace(chunks: Uint8Array[]): boolean {
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf) return true;
    }
  }
  return false;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
