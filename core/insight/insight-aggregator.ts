// The one shape every insight takes: records go in one at a time, in any order (a streamed scan of the archive,
// a CLI's files), and the result is computed once at the end. One pass, no second read of the store.
import type { ActivityRecord } from '../record/activity-record';

export interface InsightAggregator<Result> {
  add(record: ActivityRecord): void;
  result(): Result;
}

/** Feeds every record to the aggregator and returns its result (arrays, generators, a CLI's merged files). */
export function aggregate<Result>(aggregator: InsightAggregator<Result>, records: Iterable<ActivityRecord>): Result {
  for (const record of records) aggregator.add(record);
  return aggregator.result();
}

/** A status that counts as done: succeeded, or unknown ('' from the dashboard's CSV, which only lists what happened). */
export function isSucceeded(status: string): boolean {
  return status === 'succeeded' || status === '';
}

/** Newest first, record key breaking ties, for any rows carrying a date and a record key. */
export function newestRowFirst(a: { operationDate: string; recordKey: string }, b: { operationDate: string; recordKey: string }): number {
  if (a.operationDate !== b.operationDate) return a.operationDate < b.operationDate ? 1 : -1;
  return a.recordKey < b.recordKey ? -1 : a.recordKey > b.recordKey ? 1 : 0;
}
