import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from './activity-record';
import { excelCsvChunks } from './excel-csv-writer';
import { jsonChunks } from './json-writer';
import { recordKey } from './record-key';
import { recordsFromJsonText } from './records-from-json-stream';
import { recordsFromCsv } from './records-from-csv';
import { generateSampleRecords } from './sample-generator';

async function text(chunks: Iterable<string> | AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** What survives our CSV: everything but the source and the milliseconds. */
function asFromCsv(r: ActivityRecord): ActivityRecord {
  return { ...r, source: 'lens-csv', operationDate: `${r.operationDate.slice(0, 19)}.000Z` };
}

const awkward = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")', '@SUM(1+1)', "=cmd|' /C calc'!A0", '-2+3', '+1', '\n=1+1', '\t=1', '＝1+1',
    'a;b,c', 'line 1\r\nline 2', 'say "hi"', "'quoted", '12345678901234567890', ' padded ', 'Società Àlfa',
  ),
);

const samples = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    count: fc.integer({ min: 1, max: 200 }),
    name: awkward,
    dataValue: awkward,
    extraValue: awkward,
  })
  .map(({ seed, count, name, dataValue, extraValue }) => {
    const records = [...generateSampleRecords({ count, seed })];
    const first = records[0]!;
    const changed: Omit<ActivityRecord, 'key'> = {
      ...first,
      customerName: name,
      customizedData: [...first.customizedData, { key: 'Note', value: dataValue }],
      extra: [{ key: 'Region', value: extraValue }],
    };
    records[0] = { ...changed, key: recordKey(changed) };
    return records;
  });

describe('our exports read back as the records that were exported', () => {
  it('CSV in English and Italian, with commas and semicolons, keeps every field to the second', async () => {
    await fc.assert(
      fc.asyncProperty(samples, fc.constantFrom<'en' | 'it'>('en', 'it'), fc.constantFrom<',' | ';'>(',', ';'), async (records, lang, delimiter) => {
        const csv = await text(Array.from(excelCsvChunks(records, { lang, delimiter }), (c) => c.text));
        const result = recordsFromCsv(csv, 'export.csv');
        expect(result.problems).toEqual([]);
        expect(result.format).toBe('lens-csv');
        expect(result.records).toEqual(records.map(asFromCsv));
      }),
      { numRuns: 40 },
    );
  });

  it('JSON keeps every field, key included', async () => {
    await fc.assert(
      fc.asyncProperty(samples, async (records) => {
        const json = await text(jsonChunks(records) as Iterable<string>);
        const result = recordsFromJsonText(json, 'export.json');
        expect(result.problems).toEqual([]);
        expect(result.records).toEqual(records.map((r) => ({ ...r, source: 'lens-json' })));
      }),
      { numRuns: 40 },
    );
  });
});
