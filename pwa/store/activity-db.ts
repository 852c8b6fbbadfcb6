// The app's archive in IndexedDB (Dexie): every record ever fetched or imported, keyed by its dedupe key,
// indexed for the queries the list runs, and the batches that brought them in (so an import can be undone).
import Dexie, { type Table } from 'dexie';
import type { ActivityRecord } from '../../core/activity-record';
import { COVERAGE_SCHEMA, type StoredCoverageSpan } from './coverage-store';

/** A record as kept: the model plus the batch that added it and the folded customer name the index needs. */
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
  /** v1 kept the added keys on the batch; v2 indexes records by batchId instead (see the upgrade). */
  keys?: string[];
}

export interface SavedView {
  id?: number;
  name: string;
  /** The query as URL search params (queryToSearchParams), so a saved view is a bookmark. */
  search: string;
  savedAt: string;
}

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

export class ActivityDb extends Dexie {
  records!: Table<StoredRecord, string>;
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
    // v4 adds only the coverage spans (pwa/store/coverage-store.ts); every other table stays as it was. (v3 is
    // left to the records' block layout of issue 11, so the two meet without renumbering; Dexie allows the gap.)
    this.version(4).stores(COVERAGE_SCHEMA);
  }
}

let shared: ActivityDb | undefined;
/** One connection per realm (page or worker). */
export function openActivityDb(): ActivityDb {
  shared ??= new ActivityDb();
  return shared;
}
