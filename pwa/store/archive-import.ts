// The one way records enter the archive: any source of record chunks (a file read once, the generated sample, the
// pages of a fetch, a delivery from the extension) becomes one batch through the store's importBatch, with the
// coverage it brings and the problems it had. A failure or a cancel rolls the batch back (the store is as it was);
// only a fetch cut part way keeps what arrived, because that is real history and coverage says which days are partial.
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import { FetchCoverageTally, periodFetchSpans, RecordDayTally } from '../../core/archive/coverage-spans';
import type { FetchedPage } from '../../core/partner-center/partner-center-client';
import type { ImportProblem } from '../../core/reading/import-problem';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb, BatchSource } from './activity-db';
import { importBatch, removeBatch, StoreError } from './batch-writer';
import { recordCoverage } from './coverage-store';

/** Records written per transaction when a source gives them in small pieces: amortises a transaction, keeps progress lively. */
export const WRITE_CHUNK = 5_000;
/** Problems kept per import for the list (the count is always exact). */
export const SHOWN_PROBLEMS = 200;

/** One piece of a source, as it arrives. */
export interface RecordsChunk {
  records: readonly ActivityRecord[];
  /** What could not be read in this piece (rows of a file). */
  problems?: readonly ImportProblem[];
  /** 0..1 of the whole run done once this piece is in, when known. */
  fraction?: number;
  /** The fetched page these records came from: a fetch's coverage follows its chunks. */
  page?: FetchedPage;
}

/** What the import says about which days the archive now holds. */
export type CoverageFrom =
  /** A file or the sample: the days its records touch, partial (nobody knows what it left out). */
  | { kind: 'record-days'; tenantId?: string; source?: CoverageSpan['source'] }
  /** An unfiltered fetch: the 30-day chunks it finished are complete, one it was cut in is partial. */
  | { kind: 'fetched-pages'; tenantId: string; startedAt: Date }
  /** An unfiltered fetch of the whole period that reports no chunks (the extension's, seen from the app): complete once it ends. */
  | { kind: 'whole-period'; from: string; to: string; startedAt: Date }
  /** What the sender worked out (the extension's deliveries carry their spans). */
  | { kind: 'spans'; spans: readonly CoverageSpan[] }
  /** Computed by the caller once the import is in (see `ArchiveImportOutcome.tenants`). */
  | { kind: 'none' };

export interface ArchiveImportProgress {
  label: string;
  fraction?: number;
  received: number;
  added: number;
  duplicates: number;
}

export interface ArchiveImportOptions {
  /** What kind of import the batch list shows. */
  kind: BatchSource;
  label: string;
  coverage: CoverageFrom;
  signal?: AbortSignal;
  onProgress?: (p: ArchiveImportProgress) => void;
  /** A fetch stopped part way (cancelled, failed) keeps what arrived, and says why in `cut`; anything else keeps nothing. */
  keepWhatArrived?: boolean;
  /** A batch that adds nothing is removed (its coverage is still recorded): a repeated delivery leaves no empty batch. */
  dropIfNothingAdded?: boolean;
  /** Gather this many records before a write (0: write each chunk as it comes). Default WRITE_CHUNK. */
  writeChunk?: number;
}

export interface ArchiveImportOutcome {
  label: string;
  /** The batch, unless nothing was kept (an error) or it added nothing and was dropped. */
  batchId?: number;
  received: number;
  added: number;
  duplicates: number;
  problemCount: number;
  /** The first SHOWN_PROBLEMS problems. */
  problems: ImportProblem[];
  /** The partner tenants the records named (or the coverage's stand-in for records that name none). */
  tenants: string[];
  /** Nothing of the source was kept: why. `quota` and `cancelled` are kinds a caller may want to undo more for. */
  error?: { kind: string; message: string };
  /** A fetch stopped part way: what arrived is kept and its days show as partial. */
  cut?: { kind: string; message: string };
}

function cancelledError(): StoreError {
  return new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
}

function kindOf(error: unknown): string {
  return (error as { kind?: string })?.kind ?? 'failed';
}

function messageOf(error: unknown): string {
  return (error as { message?: string })?.message ?? String(error);
}

/**
 * Imports one source as one batch. Resolves with what happened, never rejects for the source's or the store's
 * failures: those come back as `error` (and nothing of the source is kept) or, for a fetch, as `cut`.
 */
export async function importToArchive(
  db: ActivityDb,
  source: AsyncIterable<RecordsChunk> | Iterable<RecordsChunk>,
  options: ArchiveImportOptions,
): Promise<ArchiveImportOutcome> {
  const { label, signal, coverage } = options;
  const writeChunk = options.writeChunk ?? WRITE_CHUNK;
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const days = new RecordDayTally(coverage.kind === 'record-days' ? coverage.tenantId : undefined);
  const fetched = coverage.kind === 'fetched-pages' ? new FetchCoverageTally(coverage.tenantId, coverage.startedAt) : undefined;
  let counts = { received: 0, added: 0, duplicates: 0 };
  let fraction: number | undefined;
  let cut: ArchiveImportOutcome['cut'];
  let sourceError: { error: unknown } | undefined;
  const report = () => options.onProgress?.({ label, fraction, ...counts });

  async function* writes(): AsyncGenerator<readonly ActivityRecord[]> {
    let pending: ActivityRecord[] = [];
    try {
      for await (const chunk of source) {
        if (signal?.aborted) throw cancelledError();
        if (chunk.problems) {
          problemCount += chunk.problems.length;
          for (const p of chunk.problems) if (problems.length < SHOWN_PROBLEMS) problems.push(p);
        }
        days.note(chunk.records);
        if (chunk.page) fetched?.page(chunk.page);
        if (chunk.fraction !== undefined) fraction = chunk.fraction;
        if (writeChunk === 0) {
          if (chunk.records.length > 0) yield chunk.records;
        } else {
          for (const r of chunk.records) pending.push(r);
          if (pending.length >= writeChunk) {
            const full = pending;
            pending = [];
            yield full;
          }
        }
        report();
      }
      if (signal?.aborted) throw cancelledError();
    } catch (error) {
      // What a fetch brought before a cancel or a failure is real history: keep it. A full disk, or a stop
      // before anything arrived, keeps nothing.
      if (!options.keepWhatArrived || kindOf(error) === 'quota' || (fetched ? fetched.spans().length === 0 : counts.received + pending.length === 0)) {
        // The store's importBatch rolls back and rethrows as its own error; the source's reason is the one to tell.
        sourceError = { error };
        throw error;
      }
      cut = { kind: kindOf(error), message: messageOf(error) };
    }
    if (pending.length > 0) yield pending;
  }

  const failed = (thrown: unknown): ArchiveImportOutcome => {
    const error = sourceError?.error ?? thrown;
    // A store error, or a source's own error value (a fetch's 'network', a bridge's 'not-paired'), says it plainly;
    // anything else (a file the browser could not read) is named by the import's label.
    const kind = error instanceof StoreError ? error.kind : kindOf(error) === 'failed' ? 'write-failed' : kindOf(error);
    const message = error instanceof StoreError || kindOf(error) !== 'failed' ? messageOf(error) : `${label}: ${messageOf(error)}`;
    return { label, received: 0, added: 0, duplicates: 0, problemCount, problems, tenants: [], error: { kind, message } };
  };

  let batch;
  try {
    batch = await importBatch(db, options.kind, label, writes(), {
      onProgress: (w) => {
        counts = { received: w.received, added: w.added, duplicates: w.duplicates };
        report();
      },
      problems: () => problemCount,
    });
  } catch (error) {
    return failed(error);
  }
  counts = { received: batch.received, added: batch.added, duplicates: batch.duplicates };
  const spans =
    coverage.kind === 'record-days' ? days.spans(coverage.source ?? 'file')
    : fetched ? fetched.spans()
    : coverage.kind === 'whole-period' ? (cut ? [] : periodFetchSpans(days.tenants(), coverage.from, coverage.to, coverage.startedAt))
    : coverage.kind === 'spans' ? coverage.spans
    : [];
  let batchId: number | undefined = batch.id;
  try {
    if (options.dropIfNothingAdded && batch.added === 0) {
      await removeBatch(db, batch.id!);
      batchId = undefined;
      await recordCoverage(db, spans);
    } else {
      await recordCoverage(db, spans, { batchId });
    }
  } catch (error) {
    // A batch whose coverage could not be kept is undone: the store never holds records its coverage does not know.
    if (batchId !== undefined) await removeBatch(db, batchId).catch(() => undefined);
    return failed(error);
  }
  report();
  return { label, batchId, ...counts, problemCount, problems, tenants: days.tenants(), cut };
}
