// The app's archive in IndexedDB (Dexie): every record ever fetched or imported, in blocks of ~1,000 records
// (blockRecords) each with a summary a query plan reads first (blocks), its customers, users, actions, statuses
// and days as codes (blockFacets), the n-grams free-text search skips by (blockText) and the dedupe keys an import
// loads (blockKeys), all five rows sharing the block's id; and the
// batches that brought them in (each block belongs to one batch, so an import can be undone exactly).
import Dexie, { type Table } from 'dexie';
import type { ActivityRecord } from '../../core/record/activity-record';
import { COVERAGE_SCHEMA, type StoredCoverageSpan } from './coverage-store';
import { buildBlocks, type BlockKeys } from './block-builder';
import type { BlockSummary, BlockText } from './block-summary';
import type { BlockFacets } from './block-facets';
import { BLOCK_RECORDS, type RecordBlock } from './record-block';

/** A record as v1 and v2 kept it: one row each, with its batch and the folded customer name its index needed. */
export interface StoredRecord extends ActivityRecord {
  batchId: number;
  customerFolded: string;
}

export type BatchSource = 'file' | 'sample' | 'sample-server' | 'extension';

export interface Batch {
  id?: number;
  source: BatchSource;
  /** File names, or the server / extension label. */
  label: string;
  importedAt: string;
  /** 'importing' until the last chunk lands; a batch left 'importing' by a closed tab is rolled back. */
  state: 'importing' | 'done';
  /** Last write, so another tab can tell a live import from an abandoned one. */
  touchedAt: number;
  received: number;
  added: number;
  duplicates: number;
  problems: number;
  /** v1 kept the added keys on the batch; v2 indexed records by batchId instead (see the upgrade). */
  keys?: string[];
}

export interface SavedView {
  id?: number;
  name: string;
  /** The query as URL search params (queryToSearchParams), so a saved view is a bookmark. */
  search: string;
  savedAt: string;
}

/**
 * The archive's counters, one row. Block ids are handed out from here inside each write transaction (so they
 * only grow, and "blocks after the last one I saw" is a key range); `removals` changes whenever blocks are
 * deleted, so an import's in-memory key set knows to reload.
 */
export interface ArchiveMeta {
  name: 'archive';
  nextBlockId: number;
  removals: number;
}

export const ARCHIVE_META = 'archive';
export const EMPTY_META: ArchiveMeta = { name: 'archive', nextBlockId: 1, removals: 0 };

export const DB_NAME = 'activity-lens';

/** v1: records + batches holding the keys they added. */
export const SCHEMA_V1 = {
  records: 'key, operationDate, [customerId+operationDate], customerFolded, operationType, resourceType, userPrincipalName, operationStatus',
  batches: '++id, importedAt',
};

/** v2: records know their batch (undo deletes by index, a batch no longer carries a million keys); saved views. */
export const SCHEMA_V2 = {
  records: 'key, operationDate, [customerId+operationDate], customerFolded, operationType, resourceType, userPrincipalName, operationStatus, batchId',
  batches: '++id, importedAt, state',
  views: '++id, name',
};

/**
 * v3: records in blocks (a row per ~1,000 records, no index per record: eight indexes made a million-record
 * import take 21 minutes). Only the changed tables are named; a later version adds a table the same way
 * (`this.version(4).stores({ coverage: '…' })`) and Dexie keeps everything else as it is.
 */
export const SCHEMA_V3 = {
  records: null,
  blocks: 'id, batchId',
  blockRecords: '[id+part]',
  blockKeys: 'id',
  blockText: 'id',
  blockFacets: 'id',
  meta: 'name',
};

/** v5: blocks found by any batch they hold records of. */
export const SCHEMA_V5 = { blocks: 'id, batchId, *batchIds' };

/** Table names of one block's five rows. */
export const BLOCK_TABLES = ['blocks', 'blockRecords', 'blockKeys', 'blockText', 'blockFacets'] as const;

export class ActivityDb extends Dexie {
  blocks!: Table<BlockSummary, number>;
  blockRecords!: Table<RecordBlock, [number, number]>;
  blockKeys!: Table<BlockKeys, number>;
  blockText!: Table<BlockText, number>;
  blockFacets!: Table<BlockFacets, number>;
  meta!: Table<ArchiveMeta, string>;
  batches!: Table<Batch, number>;
  views!: Table<SavedView, number>;
  coverage!: Table<StoredCoverageSpan, number>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const batches = (await tx.table('batches').toArray()) as Batch[];
        const owner = new Map<string, number>();
        for (const b of batches) for (const k of b.keys ?? []) owner.set(k, b.id ?? 0);
        await tx
          .table('records')
          .toCollection()
          .modify((r: StoredRecord) => {
            r.batchId = owner.get(r.key) ?? 0;
          });
        await tx
          .table('batches')
          .toCollection()
          .modify((b: Batch) => {
            delete b.keys;
            b.state = 'done';
            b.touchedAt = 0;
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => recordsIntoBlocks(tx.idbtrans));
    // v4 adds only the coverage spans (pwa/store/coverage-store.ts); every other table stays as it was.
    this.version(4).stores(COVERAGE_SCHEMA);
    // v5 indexes every batch a block holds records of (small blocks of several imports merge: block-merge.ts);
    // blocks written before keep only batchId, which undo still reads. Nothing is rewritten.
    this.version(5).stores(SCHEMA_V5);
  }
}

/**
 * v2 → v3, inside the upgrade transaction (all or nothing): reads the records in date order with a cursor and
 * writes each batch's records as blocks as they fill, so memory holds one block per batch, not the archive.
 */
function recordsIntoBlocks(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const meta: ArchiveMeta = { ...EMPTY_META };
    const pending = new Map<number, ActivityRecord[]>();
    const stores = Object.fromEntries(BLOCK_TABLES.map((t) => [t, tx.objectStore(t)])) as Record<(typeof BLOCK_TABLES)[number], IDBObjectStore>;
    const flush = (batchId: number, records: ActivityRecord[]) => {
      for (const b of buildBlocks(records, batchId, meta.nextBlockId)) {
        stores.blocks.put(b.summary);
        for (const part of b.records) stores.blockRecords.put(part);
        stores.blockKeys.put(b.keys);
        stores.blockText.put(b.text);
        stores.blockFacets.put(b.facets);
        meta.nextBlockId = b.summary.id + 1;
      }
    };
    const cursor = tx.objectStore('records').index('operationDate').openCursor();
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) {
        for (const [batchId, records] of pending) if (records.length > 0) flush(batchId, records);
        tx.objectStore('meta').put(meta);
        resolve();
        return;
      }
      const { batchId, customerFolded: _folded, ...record } = c.value as StoredRecord;
      const list = pending.get(batchId ?? 0) ?? [];
      list.push(record as ActivityRecord);
      pending.set(batchId ?? 0, list);
      if (list.length >= BLOCK_RECORDS) {
        flush(batchId ?? 0, list);
        pending.set(batchId ?? 0, []);
      }
      c.continue();
    };
  });
}

let shared: ActivityDb | undefined;
/** One connection per realm (page or worker). */
export function openActivityDb(): ActivityDb {
  shared ??= new ActivityDb();
  return shared;
}

/** Records in the archive: the sum of the block counts (a thousand small rows, not a million). */
export async function countRecords(db: ActivityDb): Promise<number> {
  let n = 0;
  await db.blocks.each((b) => {
    n += b.count;
  });
  return n;
}

/** "Delete all data": every record, batch, saved view and coverage span; block ids keep growing so no import is confused. */
export async function clearArchive(db: ActivityDb): Promise<void> {
  await db.transaction('rw', [...BLOCK_TABLES, 'meta', 'batches', 'views', 'coverage'], async () => {
    const meta = (await db.meta.get(ARCHIVE_META)) ?? { ...EMPTY_META };
    await Promise.all([...BLOCK_TABLES.map((t) => db.table(t).clear()), db.batches.clear(), db.views.clear(), db.coverage.clear()]);
    await db.meta.put({ ...meta, removals: meta.removals + 1 });
  });
}
