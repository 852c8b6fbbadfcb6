import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dedupeRecords, RecordDeduper } from './dedupe';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const now = new Date('2026-11-25T07:00:00Z');

describe('dedupeRecords', () => {
  it('keeps one copy of records fetched twice (overlapping periods) and counts the repeats', () => {
    const first = [...generateSampleRecords({ count: 50, seed: 3, now })];
    const again = first.slice(10, 30).map((r) => ({ ...r, source: 'api-json' as const }));
    const { records, duplicates } = dedupeRecords([...first, ...again]);
    expect(duplicates).toBe(20);
    expect(records).toEqual(first);
  });

  it('keeps the first occurrence, in order, for any mix of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), (keys) => {
        const input = keys.map((k, i) => ({ ...sample, key: `id:${k}`, customerName: `row ${i}` }));
        const { records, duplicates } = dedupeRecords(input);
        const firstSeen = input.filter((r, i) => input.findIndex((o) => o.key === r.key) === i);
        expect(records).toEqual(firstSeen);
        expect(duplicates).toBe(input.length - firstSeen.length);
      }),
    );
  });
});

const sample = [...generateSampleRecords({ count: 1, seed: 1, now })][0];

describe('RecordDeduper', () => {
  it('remembers keys across batches of a streaming import', () => {
    const deduper = new RecordDeduper();
    expect(deduper.add(sample)).toBe(true);
    expect(deduper.has(sample.key)).toBe(true);
    expect(deduper.add({ ...sample })).toBe(false);
    expect(deduper.has('id:other')).toBe(false);
    expect(deduper.size).toBe(1);
  });
});
