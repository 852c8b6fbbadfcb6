// Writes one import (a file, a fetch, the sample) into the archive as a batch: records land chunk by chunk
// (an import can be larger than one IndexedDB transaction may live), deduplicated by key inside each chunk's
// transaction, and the batch is only "done" at commit. Rollback deletes exactly what the batch added, so a
// failed, cancelled or quota-hit import leaves the store as it was.
import type { ActivityRecord } from '../../core/activity-record';
import type { ActivityDb, Batch, BatchSource, StoredRecord } from './activity-db';
import { foldText } from '../../core/fold-text';

/** A batch still 'importing' but untouched for this long belongs to a closed tab: roll it back. */
export const ABANDONED_BATCH_MS = 120_000;

export type StoreErrorKind = 'quota' | 'cancelled' | 'write-failed';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Folds a customer name for the prefix index exactly as the core query folds what the user types. */
export function foldCustomerName(name: string): string {
  return foldText(name);
}

function storeErrorFrom(error: unknown): StoreError {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  const inner = (error as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError('quota', 'The browser has no more space for this archive. Nothing from this import was kept; free some space or delete old data, then try again.');
  }
  if (error instanceof StoreError) return error;
  return new StoreError('write-failed', `Could not write to the archive: ${(error as Error)?.message ?? String(error)}. Nothing from this import was kept.`);
}

export class BatchWriter {
  private constructor(
    private readonly db: ActivityDb,
    readonly batchId: number,
    private counts: { received: number; added: number; duplicates: number },
  ) {}

  static async begin(db: ActivityDb, source: BatchSource, label: string): Promise<BatchWriter> {
    const now = Date.now();
    const batch: Batch = {
      source,
      label,
      importedAt: new Date(now).toISOString(),
      state: 'importing',
      touchedAt: now,
      received: 0,
      added: 0,
      duplicates: 0,
      problems: 0,
    };
    const id = await db.batches.add(batch);
    return new BatchWriter(db, id, { received: 0, added: 0, duplicates: 0 });
  }

  get added(): number {
    return this.counts.added;
  }
  get duplicates(): number {
    return this.counts.duplicates;
  }
  get received(): number {
    return this.counts.received;
  }

  /**
   * Adds the records whose keys are not in the archive yet. `key` is the primary key, so the add itself is
   * the existence check (no read first): a key already there fails with ConstraintError and counts as a
   * duplicate, and two tabs importing the same file at once cannot both add it. This is the hot path of
   * every import, so it speaks IndexedDB directly (one request per record, nothing wrapped); the batch's
   * counts are written in the same transaction, by a request queued after the adds, which IndexedDB runs
   * after them.
   */
  async add(records: readonly ActivityRecord[]): Promise<{ added: number; duplicates: number }> {
    const unique = new Map<string, ActivityRecord>();
    for (const r of records) if (!unique.has(r.key)) unique.set(r.key, r);
    if (!this.db.isOpen()) await this.db.open();
    const idb = this.db.backendDB();
    const batchId = this.batchId;
    let rejected = 0;
    let counts = this.counts;
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(['records', 'batches'], 'readwrite');
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new StoreError('write-failed', 'The import was interrupted. Nothing from it was kept.'));
        try {
          const store = tx.objectStore('records');
          const onAddError = (event: Event): void => {
            const request = event.target as IDBRequest;
            if (request.error?.name !== 'ConstraintError') return; // anything else aborts the transaction
            rejected++;
            event.preventDefault();
            event.stopPropagation();
          };
          for (const r of unique.values()) {
            const row: StoredRecord = { ...r, batchId, customerFolded: foldCustomerName(r.customerName) };
            store.add(row).onerror = onAddError;
          }
          const batches = tx.objectStore('batches');
          const current = batches.get(batchId);
          current.onsuccess = () => {
            const fresh = unique.size - rejected;
            counts = {
              received: counts.received + records.length,
              added: counts.added + fresh,
              duplicates: counts.duplicates + (records.length - fresh),
            };
            batches.put({ ...(current.result as Batch), ...counts, touchedAt: Date.now() });
          };
        } catch (error) {
          // A request refused at once (a closed connection, a full disk in some browsers): keep nothing of this chunk.
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(error);
        }
      });
    } catch (error) {
      throw storeErrorFrom(error);
    }
    // Only a committed chunk counts.
    this.counts = counts;
    const added = unique.size - rejected;
    return { added, duplicates: records.length - added };
  }

  /** The batch is complete: it shows in the list of imports with its counts. */
  async commit(problems = 0): Promise<Batch> {
    await this.db.batches.update(this.batchId, { state: 'done', problems, touchedAt: Date.now() });
    return (await this.db.batches.get(this.batchId))!;
  }

  /** Removes everything this batch added and the batch itself. */
  async rollback(): Promise<void> {
    await removeBatch(this.db, this.batchId);
  }
}

/** Undo: deletes exactly the records a batch added (re-imported duplicates belong to their first batch). */
export async function removeBatch(db: ActivityDb, batchId: number): Promise<number> {
  return db.transaction('rw', db.records, db.batches, async () => {
    const removed = await db.records.where('batchId').equals(batchId).delete();
    await db.batches.delete(batchId);
    return removed;
  });
}

/** Rolls back imports a closed or crashed tab left half-written. */
export async function rollBackAbandonedBatches(db: ActivityDb, now = Date.now()): Promise<number> {
  const stale = await db.batches.where('state').equals('importing').filter((b) => now - b.touchedAt > ABANDONED_BATCH_MS).toArray();
  for (const b of stale) await removeBatch(db, b.id!);
  return stale.length;
}

/** Writes a whole list of records as one batch, rolling back on any failure. */
export async function importBatch(
  db: ActivityDb,
  source: BatchSource,
  label: string,
  chunks: AsyncIterable<readonly ActivityRecord[]> | Iterable<readonly ActivityRecord[]>,
  options: { signal?: AbortSignal; onProgress?: (w: BatchWriter) => void } = {},
): Promise<Batch> {
  const writer = await BatchWriter.begin(db, source, label);
  try {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
      await writer.add(chunk);
      options.onProgress?.(writer);
    }
    if (options.signal?.aborted) throw new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
    return await writer.commit();
  } catch (error) {
    await writer.rollback();
    throw storeErrorFrom(error);
  }
}
