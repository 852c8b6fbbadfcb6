// The export writers are synchronous generators (one implementation each, run a million times per export); records
// that arrive asynchronously (a store's cursor, a merge of sorted runs) reach them through this feed instead of an
// async twin of each writer, and without an await per record when the source hands over batches.
//
// How: before each step of the writer the feed holds more records than one step can take (or all that are left),
// so the writer's synchronous pull never finds the source empty before its end.

import type { ActivityRecord } from '../record/activity-record';

/** Records one by one, or batches of them (a store read), or a mix; or a plain iterable. */
export type ExportRecords = Iterable<ActivityRecord> | AsyncIterable<ActivityRecord | readonly ActivityRecord[]>;

export function isAsyncRecords(records: ExportRecords): records is AsyncIterable<ActivityRecord | readonly ActivityRecord[]> {
  return typeof (records as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';
}

/**
 * Runs `writer` (a synchronous generator over records that takes at most `mostPerStep` records per value it
 * yields) over records that arrive asynchronously, yielding what it yields.
 */
export async function* chunksFromAsyncRecords<C>(
  records: ExportRecords,
  writer: (source: Iterable<ActivityRecord>) => Iterator<C>,
  mostPerStep: number,
): AsyncGenerator<C> {
  if (!isAsyncRecords(records)) {
    const steps = writer(records);
    for (let step = steps.next(); !step.done; step = steps.next()) yield step.value;
    return;
  }
  const queue: (readonly ActivityRecord[])[] = [];
  /** Records that came one by one in this refill, gathered into the queue's last batch (ours to append to). */
  let loose: ActivityRecord[] | undefined;
  let head = 0;
  let available = 0;
  let ended = false;
  const source: Iterable<ActivityRecord> = {
    [Symbol.iterator]: () => ({
      next: (): IteratorResult<ActivityRecord> => {
        while (queue.length > 0 && head >= queue[0]!.length) {
          queue.shift();
          head = 0;
        }
        if (queue.length === 0) {
          if (ended) return { value: undefined, done: true };
          // Never end an export early: a writer that takes more than it said would otherwise lose records silently.
          throw new Error(`An export step took more than ${mostPerStep} records.`);
        }
        available--;
        return { value: queue[0]![head++]!, done: false };
      },
    }),
  };
  const iterator = records[Symbol.asyncIterator]();
  const steps = writer(source);
  try {
    for (;;) {
      // A fresh batch per refill: appending to one forever would keep every record already written alive.
      loose = undefined;
      while (!ended && available <= mostPerStep) {
        const read = await iterator.next();
        if (read.done) ended = true;
        else if (Array.isArray(read.value)) {
          const batch = read.value as readonly ActivityRecord[];
          if (batch.length === 0) continue;
          queue.push(batch);
          loose = undefined;
          available += batch.length;
        } else {
          if (!loose) queue.push((loose = []));
          loose.push(read.value as ActivityRecord);
          available++;
        }
      }
      const step = steps.next();
      if (step.done) return;
      yield step.value;
    }
  } finally {
    // Stopped early (cancel, a failed write): the source may hold a cursor or temp files open.
    if (!ended) await iterator.return?.();
  }
}
