// "Export JSON": every field of every record, nothing cut (the CSV's 32,767-character cells are cut; this is
// where the whole value lives). Streams one record per line so a million records never become one string.
//
// Shape: {"activityLens":1,"exportedAt":"<ISO>","records":[\n<record>,\n<record>\n]}\n
// The importer recognises the file by its "activityLens" key (the format version).

import type { ActivityRecord } from '../record/activity-record';
import { chunksFromAsyncRecords, type ExportRecords } from './async-record-feed';

/** Version of the export's shape; bump it when a reader must tell the two apart. */
export const LENS_JSON_VERSION = 1;

const DEFAULT_CHUNK_RECORDS = 1000;
/** Chunks stay small enough for V8's young generation (see DEFAULT_CHUNK_CHARS in excel-csv-writer.ts). */
const DEFAULT_CHUNK_CHARS = 16_384;

export interface JsonExportOptions {
  /** UTC ISO time written in the file; default now. */
  exportedAt?: string;
  /** Most records per yielded chunk; default 1000. */
  chunkRecords?: number;
  /** A chunk ends once its text reaches this many characters; default 16,384. */
  chunkChars?: number;
}

/**
 * Exactly the model's fields in the model's order: records from a store may carry index fields of their own,
 * and those are not ours to export.
 */
function recordJson(r: ActivityRecord): string {
  return JSON.stringify({
    key: r.key,
    id: r.id,
    partnerId: r.partnerId,
    customerId: r.customerId,
    customerName: r.customerName,
    userPrincipalName: r.userPrincipalName,
    applicationId: r.applicationId,
    resourceType: r.resourceType,
    resourceOldValue: r.resourceOldValue,
    resourceNewValue: r.resourceNewValue,
    operationType: r.operationType,
    actionText: r.actionText,
    originalCorrelationId: r.originalCorrelationId,
    operationDate: r.operationDate,
    operationStatus: r.operationStatus,
    customizedData: r.customizedData,
    attributes: r.attributes,
    extra: r.extra,
    source: r.source,
  } satisfies Record<keyof ActivityRecord, unknown>);
}

/** The writer's state. */
class JsonChunker {
  private readonly chunkRecords: number;
  private readonly chunkChars: number;
  private parts: string[] = [];
  private chars = 0;
  private inChunk = 0;
  private count = 0;

  constructor(options: JsonExportOptions) {
    this.chunkRecords = jsonChunkRecords(options);
    this.chunkChars = Math.max(1, Math.floor(options.chunkChars ?? DEFAULT_CHUNK_CHARS));
    const exportedAt = options.exportedAt ?? new Date().toISOString();
    this.parts.push(`{"activityLens":${LENS_JSON_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"records":[`);
  }

  /** Adds a record; returns a chunk when one is full. */
  push(record: ActivityRecord): string | undefined {
    const line = (this.count === 0 ? '\n' : ',\n') + recordJson(record);
    this.parts.push(line);
    this.chars += line.length;
    this.count++;
    if (++this.inChunk < this.chunkRecords && this.chars < this.chunkChars) return undefined;
    const chunk = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    this.inChunk = 0;
    return chunk;
  }

  finish(): string {
    this.parts.push(this.count === 0 ? ']}\n' : '\n]}\n');
    return this.parts.join('');
  }
}

/** The lossless JSON export of `records`, in text chunks. */
export function* jsonChunks(records: Iterable<ActivityRecord>, options: JsonExportOptions = {}): Generator<string> {
  const chunker = new JsonChunker(options);
  for (const record of records) {
    const chunk = chunker.push(record);
    if (chunk !== undefined) yield chunk;
  }
  yield chunker.finish();
}

/** Most records one chunk of jsonChunks takes. */
export function jsonChunkRecords(options: Pick<JsonExportOptions, 'chunkRecords'>): number {
  return Math.max(1, Math.floor(options.chunkRecords ?? DEFAULT_CHUNK_RECORDS));
}

/** jsonChunks itself over records that arrive asynchronously (a store's cursor; see async-record-feed.ts). */
export function jsonChunksAsync(records: ExportRecords, options: JsonExportOptions = {}): AsyncGenerator<string> {
  return chunksFromAsyncRecords(records, (source) => jsonChunks(source, options), jsonChunkRecords(options));
}
