// Writes one import (a file, a fetch, the sample) into the archive as a batch: each chunk's fresh records become
// blocks (block-builder) in one transaction, and the batch is only "done" at commit. Rollback deletes exactly the
// blocks the batch wrote, so a failed, cancelled or quota-hit import leaves the store as it was.
//
// Dedupe is exact without an index per record: the archive's keys sit in memory as an ArchiveKeySet (loaded once per
// import from blockKeys, ~1 s at a million; GUID keys packed to 16 bytes), and every write transaction first reads the key rows of blocks written
// since (by another tab, or another import here) and, when anything was deleted meanwhile, reloads them all.
// IndexedDB runs read-write transactions over the same stores one at a time, across tabs too, so that read and
// the writes that follow see no other writer in between: two tabs importing the same file add each record once.
import type { ActivityRecord } from '../../core/record/activity-record';
import { ARCHIVE_META, BLOCK_TABLES, EMPTY_META, type ActivityDb, type ArchiveMeta, type Batch, type BatchSource } from './activity-db';
import { buildBlocks, renumber, type BlockKeys, type BuiltBlock } from './block-builder';
import { mergeSmallBlocks, removeBatchRecords } from './block-merge';
import { foldText } from '../../core/asking/fold-text';
import { ArchiveKeySet } from './archive-key-set';

/** A batch still 'importing' but untouched for this long belongs to a closed tab: roll it back. */
export const ABANDONED_BATCH_MS = 120_000;
/** Key rows read per request when loading the key set (short tasks, so a page importing stays responsive). */
const KEY_ROWS_PER_READ = 20;

export type StoreErrorKind = 'quota' | 'cancelled' | 'write-failed';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Folds a customer name exactly as the core query folds what the user types. */
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

/** The archive's keys as this realm last saw them: through block `seenThrough`, after `removals` deletions. */
interface KnownKeys {
  keys: ArchiveKeySet;
  seenThrough: number;
  removals: number;
  /** Writers using it; the key set (tens of MB at a million) is dropped when the last one ends. */
  users: number;
}

/** Per connection: a page or worker has one (openActivityDb), so its imports share one Set; a tab is a connection. */
const knownKeysByDb = new WeakMap<ActivityDb, KnownKeys>();

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, ko) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
}

/** Adds the keys of every block after `after` (all when 0) to `keys`, in short reads; returns the last id seen. */
function readKeyRows(store: IDBObjectStore, after: number, keys: ArchiveKeySet): Promise<number> {
  return new Promise((resolve, reject) => {
    let last = after;
    const next = () => {
      const r = store.getAll(IDBKeyRange.lowerBound(last, true), KEY_ROWS_PER_READ);
      r.onerror = () => reject(r.error);
      r.onsuccess = () => {
        const rows = r.result as BlockKeys[];
        for (const row of rows) for (const k of row.keys) keys.add(k);
        if (rows.length === 0) return resolve(last);
        last = rows[rows.length - 1]!.id;
        if (rows.length < KEY_ROWS_PER_READ) return resolve(last);
        next();
      };
    };
    next();
  });
}

async function loadKnownKeys(idb: IDBDatabase): Promise<KnownKeys> {
  const tx = idb.transaction(['meta', 'blockKeys'], 'readonly');
  const meta = ((await request(tx.objectStore('meta').get(ARCHIVE_META))) as ArchiveMeta | undefined) ?? EMPTY_META;
  const keys = new ArchiveKeySet();
  const last = await readKeyRows(tx.objectStore('blockKeys'), 0, keys);
  return { keys, seenThrough: Math.max(last, meta.nextBlockId - 1), removals: meta.removals, users: 0 };
}

function uniqueFresh(records: readonly ActivityRecord[], known: ArchiveKeySet, pending: Set<string> | undefined): ActivityRecord[] {
  const seen = new Set<string>();
  const fresh: ActivityRecord[] = [];
  for (const r of records) {
    if (known.has(r.key) || seen.has(r.key) || pending?.has(r.key)) continue;
    seen.add(r.key);
    fresh.push(r);
  }
  return fresh;
}

export class BatchWriter {
  private known: KnownKeys | undefined;
  private ended = false;

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

  private async knownKeys(idb: IDBDatabase): Promise<KnownKeys> {
    if (this.known) return this.known;
    let known = knownKeysByDb.get(this.db);
    if (!known) {
      known = await loadKnownKeys(idb);
      // Another writer may have loaded it meanwhile: share one.
      known = knownKeysByDb.get(this.db) ?? known;
      knownKeysByDb.set(this.db, known);
    }
    known.users++;
    this.known = known;
    return known;
  }

  private release(): void {
    if (this.ended) return;
    this.ended = true;
    const known = this.known;
    if (!known) return;
    this.known = undefined;
    if (--known.users <= 0 && knownKeysByDb.get(this.db) === known) knownKeysByDb.delete(this.db);
  }

  /**
   * Adds the records whose keys are not in the archive yet. Blocks are built before the transaction from the
   * keys known so far; inside it, the key rows written since are read first and, only if they touch this
   * chunk, the blocks are built again without them.
   *
   * Resolves once the chunk's rows are handed to IndexedDB, not when they are on disk: the next chunk's blocks
   * are built while the browser commits this one (its commit is awaited before the next transaction starts, and
   * by commit()). A chunk that fails to commit fails the next call, or commit(); the import is then rolled back.
   */
  add(records: readonly ActivityRecord[]): Promise<{ added: number; duplicates: number }> {
    const step = this.chain.then(() => this.write(records));
    this.chain = step.then(
      () => undefined,
      () => undefined,
    );
    return step;
  }

  private chain: Promise<void> = Promise.resolve();
  /** The last chunk's commit, and the keys it adds (known to this writer only until it commits). */
  private inflight: Promise<void> | undefined;
  private pendingKeys: Set<string> | undefined;

  private async settle(): Promise<void> {
    const inflight = this.inflight;
    if (!inflight) return;
    this.inflight = undefined;
    await inflight;
  }

  private async write(records: readonly ActivityRecord[]): Promise<{ added: number; duplicates: number }> {
    if (!this.db.isOpen()) await this.db.open();
    const idb = this.db.backendDB();
    const known = await this.knownKeys(idb);
    const batchId = this.batchId;
    const pending = this.pendingKeys;
    let fresh = uniqueFresh(records, known.keys, pending);
    let blocks: BuiltBlock[] = buildBlocks(fresh, batchId, 0);
    try {
      await this.settle();
    } catch (error) {
      throw storeErrorFrom(error);
    }
    // Blocks written after our last one are read inside the transaction (whoever wrote them). Those written
    // before it were read by our last transaction, before this chunk was filtered.
    const builtAgainst = known.seenThrough;
    let counts = this.counts;
    let seenThrough = known.seenThrough;
    let committed!: Promise<void>;
    try {
      await new Promise<void>((written, reject) => {
        const tx = idb.transaction([...BLOCK_TABLES, 'meta', 'batches'], 'readwrite');
        committed = new Promise<void>((ok, ko) => {
          tx.oncomplete = () => ok();
          tx.onabort = () => {
            const error = tx.error ?? new StoreError('write-failed', 'The import was interrupted. Nothing from it was kept.');
            reject(error);
            ko(error);
          };
        });
        // Observed here so a failure never goes unhandled; the next call or commit() reports it.
        committed.catch(() => undefined);
        const fail = (error: unknown) => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(error);
        };
        const metaStore = tx.objectStore('meta');
        const keyStore = tx.objectStore('blockKeys');
        const metaRead = metaStore.get(ARCHIVE_META);
        metaRead.onsuccess = () => {
          const meta: ArchiveMeta = { ...((metaRead.result as ArchiveMeta | undefined) ?? EMPTY_META) };
          const reload = meta.removals !== known.removals;
          const since = reload ? new ArchiveKeySet() : known.keys;
          const before = since.size;
          readKeyRows(keyStore, reload ? 0 : builtAgainst, since).then(
            () => {
              try {
                if (reload) {
                  known.keys = since;
                  known.removals = meta.removals;
                }
                // Blocks written since (or a reload: records taken as duplicates may have been undone meanwhile,
                // so all are tested again) can change what is fresh; with no row read, nothing changed.
                if (reload || since.size !== before || meta.nextBlockId - 1 > builtAgainst) {
                  const still = uniqueFresh(reload ? records : fresh, known.keys, undefined);
                  if (reload || still.length !== fresh.length) {
                    fresh = still;
                    blocks = buildBlocks(fresh, batchId, 0);
                  }
                }
                renumber(blocks, meta.nextBlockId);
                const stores = Object.fromEntries(BLOCK_TABLES.map((t) => [t, tx.objectStore(t)])) as Record<(typeof BLOCK_TABLES)[number], IDBObjectStore>;
                for (const b of blocks) {
                  stores.blocks.put(b.summary);
                  for (const part of b.records) stores.blockRecords.put(part);
                  stores.blockKeys.put(b.keys);
                  stores.blockText.put(b.text);
                  stores.blockFacets.put(b.facets);
                }
                meta.nextBlockId += blocks.length;
                seenThrough = meta.nextBlockId - 1;
                metaStore.put(meta);
                const batches = tx.objectStore('batches');
                const current = batches.get(batchId);
                current.onsuccess = () => {
                  counts = {
                    received: counts.received + records.length,
                    added: counts.added + fresh.length,
                    duplicates: counts.duplicates + (records.length - fresh.length),
                  };
                  batches.put({ ...(current.result as Batch), ...counts, touchedAt: Date.now() });
                  written();
                };
              } catch (error) {
                // A request refused at once (a closed connection, a full disk in some browsers): keep nothing of this chunk.
                fail(error);
              }
            },
            fail,
          );
        };
      });
    } catch (error) {
      throw storeErrorFrom(error);
    }
    const keys = new Set<string>();
    for (const r of fresh) keys.add(r.key);
    this.pendingKeys = keys;
    this.counts = counts;
    // Only a committed chunk's keys become known to other imports (they see it by its rows anyway).
    this.inflight = committed.then(
      () => {
        for (const k of keys) known.keys.add(k);
        known.seenThrough = Math.max(known.seenThrough, seenThrough);
        if (this.pendingKeys === keys) this.pendingKeys = undefined;
      },
      (error: unknown) => {
        if (this.pendingKeys === keys) this.pendingKeys = undefined;
        throw error;
      },
    );
    this.inflight.catch(() => undefined);
    return { added: fresh.length, duplicates: records.length - fresh.length };
  }

  /** Resolves once every chunk added so far is committed (the batch stays open); rejects as the next add would. */
  async settled(): Promise<void> {
    await this.chain;
    try {
      await this.settle();
    } catch (error) {
      throw storeErrorFrom(error);
    }
  }

  /** The batch is complete: it shows in the list of imports with its counts. */
  async commit(problems = 0): Promise<Batch> {
    await this.chain;
    try {
      await this.settle();
    } catch (error) {
      throw storeErrorFrom(error);
    }
    this.release();
    await this.db.batches.update(this.batchId, { state: 'done', problems, touchedAt: Date.now() });
    const batch = (await this.db.batches.get(this.batchId))!;
    // The import is complete either way: a merge that fails leaves the small blocks for the next import.
    await mergeSmallBlocks(this.db).catch(() => 0);
    return batch;
  }

  /** Removes everything this batch added and the batch itself. */
  async rollback(): Promise<void> {
    // A chunk still committing must land (or fail) first, or it would outlive the undo.
    await this.chain;
    await this.settle().catch(() => undefined);
    this.release();
    await removeBatch(this.db, this.batchId);
  }
}

/**
 * Undo: removes exactly the records a batch added (re-imported duplicates belong to their first batch): its own
 * blocks are deleted, merged blocks it shares are written again without them (block-merge.ts).
 */
export async function removeBatch(db: ActivityDb, batchId: number): Promise<number> {
  return db.transaction('rw', [...BLOCK_TABLES, 'meta', 'batches'], async () => {
    const removed = await removeBatchRecords(db, batchId);
    await db.batches.delete(batchId);
    if (removed > 0) {
      const meta = (await db.meta.get(ARCHIVE_META)) ?? { ...EMPTY_META };
      await db.meta.put({ ...meta, removals: meta.removals + 1 });
    }
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
  options: { signal?: AbortSignal; onProgress?: (w: BatchWriter) => void; /** Read at commit: problems the source had. */ problems?: () => number } = {},
): Promise<Batch> {
  const writer = await BatchWriter.begin(db, source, label);
  try {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
      await writer.add(chunk);
      options.onProgress?.(writer);
    }
    if (options.signal?.aborted) throw new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
    return await writer.commit(options.problems?.() ?? 0);
  } catch (error) {
    await writer.rollback();
    throw storeErrorFrom(error);
  }
}
