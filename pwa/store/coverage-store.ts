// Where the archive remembers what it holds of each day (core/archive/archive-coverage.ts): every fetch, delivery
// from the extension and file import adds its spans here, and the coverage view reads them back. A span
// that came with a batch lives only as long as that batch: undoing an import takes its coverage with it.
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import type { ActivityDb } from './activity-db';

/** A span as kept: when it was recorded and, when it came with one, the batch whose records it describes. */
export interface StoredCoverageSpan extends CoverageSpan {
  id?: number;
  batchId?: number;
  recordedAt: string;
}

/** The one table schema version 4 adds (see ActivityDb). */
export const COVERAGE_SCHEMA = { coverage: '++id, tenantId, batchId' };

/** Keeps spans; `batchId` ties them to the import that brought their records (undo removes them too). */
export async function recordCoverage(db: ActivityDb, spans: readonly CoverageSpan[], options: { batchId?: number } = {}): Promise<void> {
  if (spans.length === 0) return;
  const recordedAt = new Date().toISOString();
  const rows: StoredCoverageSpan[] = spans.map((s) => ({
    tenantId: s.tenantId,
    from: s.from,
    to: s.to,
    complete: s.complete,
    source: s.source,
    recordedAt,
    ...(options.batchId !== undefined ? { batchId: options.batchId } : {}),
  }));
  await db.coverage.bulkAdd(rows);
}

/** Every span still backed by the archive: spans of an undone or unfinished batch are left out. */
export async function loadCoverage(db: ActivityDb): Promise<CoverageSpan[]> {
  const [rows, batches] = await Promise.all([db.coverage.toArray(), db.batches.toArray()]);
  const done = new Set(batches.filter((b) => b.state === 'done').map((b) => b.id));
  return rows
    .filter((r) => r.batchId === undefined || done.has(r.batchId))
    .map(({ tenantId, from, to, complete, source }) => ({ tenantId, from, to, complete, source }));
}
