import { describe, expect, it } from 'vitest';
import { LiveRecordFeed, DEFAULT_LIVE_RECORDS_PER_MINUTE } from './live-records';
import { SAMPLE_OPERATIONS, SAMPLE_PARTNER_ID } from '../sample-data/sample-generator';
import { KNOWN_OPERATION_TYPES } from '../core/words/action-text';
import { KNOWN_RESOURCE_TYPES } from '../core/record/resource-type';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';

const start = new Date('2026-11-25T07:00:00.000Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('the live feed of the sample Partner Center', () => {
  it('brings a few records a minute, each stamped at its arrival, in time order, none before the start', () => {
    const feed = new LiveRecordFeed({ seed: 9, start });
    expect(feed.arrivedBy(start)).toEqual([]);
    const hour = feed.arrivedBy(at(60));
    expect(hour.length).toBeGreaterThan(DEFAULT_LIVE_RECORDS_PER_MINUTE * 60 * 0.7);
    expect(hour.length).toBeLessThan(DEFAULT_LIVE_RECORDS_PER_MINUTE * 60 * 1.3);
    const dates = hour.map((r) => r.operationDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! > start.toISOString()).toBe(true);
    expect(dates.at(-1)! <= at(60).toISOString()).toBe(true);
    // Nothing is handed out twice.
    expect(feed.arrivedBy(at(60))).toEqual([]);
  });

  it('makes records of the sample’s usual shape, with unique ids, that read as valid records', () => {
    const records = new LiveRecordFeed({ seed: 2, start }).arrivedBy(at(240));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const pairs = new Set(SAMPLE_OPERATIONS.map((o) => `${o.operationType}/${o.resourceType}`));
    for (const r of records) {
      expect(r.partnerId).toBe(SAMPLE_PARTNER_ID);
      // One of the generator's operations, or a pair of Microsoft's own types (its GDAP, DAP and order stories).
      const pair = `${r.operationType}/${r.resourceType}`;
      const microsofts = KNOWN_OPERATION_TYPES.includes(r.operationType) && KNOWN_RESOURCE_TYPES.includes(r.resourceType);
      expect(pairs.has(pair) || microsofts, pair).toBe(true);
      expect('record' in recordFromAuditJson(r, 'api')).toBe(true);
    }
    expect(new Set(records.map((r) => r.operationType)).size).toBeGreaterThan(10);
  });

  it('is deterministic under the seed and the clock, however often it is asked', () => {
    const once = new LiveRecordFeed({ seed: 4, start }).arrivedBy(at(30));
    const stepwise = new LiveRecordFeed({ seed: 4, start });
    const pieces = [1, 2, 7, 7.5, 12, 29.99, 30].flatMap((m) => stepwise.arrivedBy(at(m)));
    expect(pieces).toEqual(once);
    expect(new LiveRecordFeed({ seed: 5, start }).arrivedBy(at(30)).map((r) => r.id)).not.toEqual(once.map((r) => r.id));
  });

  it('follows the rate it is given, and refuses a rate that makes no sense', () => {
    expect(new LiveRecordFeed({ seed: 1, start, recordsPerMinute: 60 }).arrivedBy(at(10)).length).toBeGreaterThan(400);
    expect(() => new LiveRecordFeed({ seed: 1, start, recordsPerMinute: 0 })).toThrow(/positive/);
  });
});
