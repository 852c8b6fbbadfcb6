// The same record arrives more than once (overlapping API periods, a file imported twice, the dashboard CSV
// next to API data): records are the same when their keys are (see recordKey), and the first one is kept.
import type { ActivityRecord } from './activity-record';

/** Remembers keys seen so far, for streaming imports that cannot hold every record at once. */
export class RecordDeduper {
  private readonly seen = new Set<string>();

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** True when the record is new (and now remembered), false when its key was seen before. */
  add(record: ActivityRecord): boolean {
    const before = this.seen.size;
    this.seen.add(record.key);
    return this.seen.size !== before;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** The records without repeats, first occurrence kept, in their original order. */
export function dedupeRecords(records: Iterable<ActivityRecord>): { records: ActivityRecord[]; duplicates: number } {
  const deduper = new RecordDeduper();
  const kept: ActivityRecord[] = [];
  let duplicates = 0;
  for (const record of records) {
    if (deduper.add(record)) kept.push(record);
    else duplicates++;
  }
  return { records: kept, duplicates };
}
