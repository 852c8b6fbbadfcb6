import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { chunksFromAsyncRecords } from './async-record-feed';

const records = [...generateSampleRecords({ count: 40, seed: 5, now: new Date('2026-03-31T12:00:00Z') })];

/** A writer that yields the ids of every `per` records it takes. */
function* groups(source: Iterable<ActivityRecord>, per: number): Generator<string[]> {
  let group: string[] = [];
  for (const r of source) {
    group.push(r.id);
    if (group.length === per) {
      yield group;
      group = [];
    }
  }
  yield group;
}

async function all<T>(chunks: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

describe('the feed that runs a synchronous writer over records arriving asynchronously', () => {
  it('gives the writer every record, in order, whether they come one by one, in batches or mixed', async () => {
    const expected = [...groups(records, 6)];
    async function* mixed(): AsyncGenerator<ActivityRecord | readonly ActivityRecord[]> {
      yield records.slice(0, 10);
      for (const r of records.slice(10, 25)) yield r;
      yield [];
      yield records.slice(25);
    }
    expect(await all(chunksFromAsyncRecords(mixed(), (s) => groups(s, 6), 6))).toEqual(expected);
    expect(await all(chunksFromAsyncRecords(records, (s) => groups(s, 6), 6))).toEqual(expected);
  });

  it('fails loudly, never with records left out, when a writer takes more per step than it said', async () => {
    async function* slow(): AsyncGenerator<ActivityRecord> {
      for (const r of records) yield r;
    }
    await expect(all(chunksFromAsyncRecords(slow(), (s) => groups(s, 20), 6))).rejects.toThrow('An export step took more than 6 records.');
  });
});
