import { describe, expect, it } from 'vitest';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import { jsonChunks, jsonChunksAsync, LENS_JSON_VERSION } from './json-writer';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const NOW = new Date('2026-03-31T12:00:00Z');
const records = [...generateSampleRecords({ count: 25, seed: 11, now: NOW })];

function text(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

describe('the JSON export', () => {
  it('holds every record with every field, marked as an Activity Lens export', () => {
    const parsed = JSON.parse(text(jsonChunks(records, { exportedAt: '2026-03-31T12:00:00.000Z' })));
    expect(parsed.activityLens).toBe(LENS_JSON_VERSION);
    expect(parsed.exportedAt).toBe('2026-03-31T12:00:00.000Z');
    expect(parsed.records).toEqual(records);
  });

  it('writes the fields of the record model and nothing a store added', () => {
    const stored = { ...records[0]!, day: '2026-03-31', _rowid: 7 } as ActivityRecord;
    const [written] = JSON.parse(text(jsonChunks([stored]))).records;
    expect(Object.keys(written)).toEqual(Object.keys(emptyRecord('api')).sort((a, b) => Object.keys(records[0]!).indexOf(a) - Object.keys(records[0]!).indexOf(b)));
    expect(written).toEqual(records[0]);
  });

  it('keeps a value far past the CSV cell limit whole', () => {
    const huge = { ...records[0]!, resourceNewValue: '"x"'.repeat(50_000) };
    expect(JSON.parse(text(jsonChunks([huge]))).records[0].resourceNewValue).toBe(huge.resourceNewValue);
  });

  it('puts one record per line and streams in chunks', () => {
    const chunks = [...jsonChunks(records, { chunkRecords: 10, chunkChars: 1e9 })];
    // 10 + 10 + the last 5 with the closing bracket.
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.split('\n')).toHaveLength(1 + 10);
    const lines = text(chunks).split('\n');
    expect(lines).toHaveLength(1 + records.length + 2);
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toEqual(records[0]);
  });

  it('is valid JSON with no records', () => {
    expect(JSON.parse(text(jsonChunks([]))).records).toEqual([]);
  });

  it('gives the same text from records that arrive asynchronously', async () => {
    async function* slowly(): AsyncGenerator<ActivityRecord> {
      for (const r of records) {
        await Promise.resolve();
        yield r;
      }
    }
    let out = '';
    for await (const chunk of jsonChunksAsync(slowly(), { exportedAt: 'x', chunkRecords: 7 })) out += chunk;
    expect(out).toBe(text(jsonChunks(records, { exportedAt: 'x', chunkRecords: 7 })));
  });
});
