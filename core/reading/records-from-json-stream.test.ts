import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../record/activity-record';
import type { ImportProblem } from './import-problem';
import { jsonChunks } from '../leaving/json-writer';
import { recordsFromApiJson } from './records-from-api-json';
import { createJsonRecordParser, recordsFromJsonText } from './records-from-json-stream';
import { generateAuditRecords, generateSampleRecords } from '../../sample-data/sample-generator';

const audit = [...generateAuditRecords({ count: 4, seed: 5 })];
/** Escapes, non-ASCII and a surrogate pair in one record, so splits land inside each of them. */
const tricky = { ...audit[0]!, customerName: 'Ünïcode "quoted" \\ back\nslash 😀 Straße', resourceNewValue: '{"a":"\\u00e9"}' };

function pascal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), v]));
}

const bom = '\uFEFF';
/** Every shape a saved log comes in, as the text a file holds. */
const shapes: Record<string, string> = {
  array: JSON.stringify([tricky, audit[1], audit[2]]),
  page: JSON.stringify({ totalCount: 3, items: [tricky, audit[1], audit[2]], links: { self: { uri: '/x' } }, attributes: { objectType: 'Collection' } }),
  'pages back to back': JSON.stringify({ items: [tricky] }) + '\n' + JSON.stringify({ items: [audit[1], audit[2]] }),
  'array of pages': JSON.stringify([{ items: [tricky, audit[1]] }, { items: [audit[2]] }]),
  'PowerShell with BOM': bom + JSON.stringify({ value: pascal([tricky, audit[1], audit[2]]), Count: 3 }, null, 2),
  'one record': JSON.stringify(tricky),
};

/** What reading the text must give: the in-memory reader's records (several pages read as an array of them). */
function reference(text: string): ActivityRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  const value: unknown = body.includes('}\n{') ? body.split('\n').map((page) => JSON.parse(page)) : JSON.parse(body);
  const result = recordsFromApiJson(value, 'log.json');
  expect(result.problems).toEqual([]);
  return result.records;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function readInChunks(name: string, chunks: (Uint8Array | string)[]): { records: ActivityRecord[]; problems: ImportProblem[]; format: string } {
  const parser = createJsonRecordParser(name);
  const records: ActivityRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const chunk of [...chunks.map((c) => parser.push(c)), parser.finish()]) {
    records.push(...chunk.records);
    problems.push(...chunk.problems);
  }
  return { records, problems, format: parser.format };
}

function splitAt(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const cuts = [...new Set(points)].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push(bytes.subarray(from, cut));
    from = cut;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('reading JSON as a stream', () => {
  for (const [shape, text] of Object.entries(shapes)) {
    it(`reads ${shape} the same wherever a chunk ends, to the byte`, () => {
      const expected = reference(text);
      expect(expected).toHaveLength(shape === 'one record' ? 1 : 3);
      const bytes = utf8(text);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const result = readInChunks('log.json', [bytes.subarray(0, cut), bytes.subarray(cut)]);
        expect(result.problems, `cut at byte ${cut}`).toEqual([]);
        expect(result.records, `cut at byte ${cut}`).toEqual(expected);
      }
    });
  }

  it('reads any shape the same however many chunks it comes in (bytes or text, pairs split anywhere)', () => {
    const texts = Object.values(shapes);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), fc.boolean(), (text, fractions, asText) => {
        const expected = reference(text);
        const length = asText ? text.length : utf8(text).length;
        const points = fractions.map((f) => Math.floor(f * length));
        const chunks = asText
          ? splitAt(new Uint8Array(text.length), points).reduce<{ at: number; parts: string[] }>(
              (acc, part) => ({ at: acc.at + part.length, parts: [...acc.parts, text.slice(acc.at, acc.at + part.length)] }),
              { at: 0, parts: [] },
            ).parts
          : splitAt(utf8(text), points);
        const result = readInChunks('log.json', chunks);
        expect(result.problems).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads texts longer than the tokenizer\'s buffer, split anywhere', () => {
    const long = { ...audit[1]!, resourceNewValue: JSON.stringify({ lines: Array.from({ length: 9000 }, (_, i) => `Żółć ${i} "😀"\n`) }) };
    expect(long.resourceNewValue.length).toBeGreaterThan(130_000);
    const text = JSON.stringify({ items: [long, audit[2]] });
    const expected = reference(text);
    const bytes = utf8(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }), (points) => {
        const result = readInChunks('long.json', splitAt(bytes, points));
        expect(result.problems).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a zero-width no-break space (U+FEFF) inside a text, after the file\'s own BOM, split anywhere', () => {
    const odd = { ...audit[1]!, customerName: '\uFEFF', userPrincipalName: 'a\uFEFFb\uFEFF' };
    const text = JSON.stringify([odd]);
    const bytes = utf8(bom + text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 4 }), (points) => {
        const [record] = readInChunks('feff.json', splitAt(bytes, points)).records;
        expect(record?.customerName).toBe('\uFEFF');
        expect(record?.userPrincipalName).toBe('a\uFEFFb\uFEFF');
      }),
      { numRuns: 40 },
    );
  });

  it('gives back our own JSON export exactly, split one byte at a time', () => {
    const records = [...generateSampleRecords({ count: 3, seed: 9 })];
    records[0] = { ...records[0]!, customerName: 'Café "Ø" 😀\u2028' };
    const text = [...jsonChunks(records, { exportedAt: '2026-01-01T00:00:00.000Z' })].join('');
    const bytes = utf8(bom + text);
    const result = readInChunks('export.json', Array.from(bytes, (b) => Uint8Array.of(b)));
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('lens-json');
    expect(result.records).toEqual(records.map((r) => ({ ...r, source: 'lens-json' })));
  });

  it('hands out each record as soon as it is complete, not at the end', () => {
    const records = [...generateSampleRecords({ count: 50, seed: 2 })];
    const bytes = utf8([...jsonChunks(records)].join(''));
    const parser = createJsonRecordParser('big.json');
    const firstHalf = parser.push(bytes.subarray(0, bytes.length / 2));
    expect(firstHalf.records.length).toBeGreaterThan(20);
    expect(firstHalf.records.length).toBeLessThan(50);
    const rest = parser.push(bytes.subarray(bytes.length / 2));
    expect(firstHalf.records.length + rest.records.length + parser.finish().records.length).toBe(50);
    expect(parser.rowsRead).toBe(50);
  });

  it('numbers records across pages and names file and record of a bad one', () => {
    const text = JSON.stringify([{ items: [audit[0], audit[1]] }, { items: [{ ...audit[2], operationDate: 'soon' }, audit[3]] }]);
    const result = recordsFromJsonText(text, 'pages.json');
    expect(result.records.map((r) => r.id)).toEqual([audit[0]!.id, audit[1]!.id, audit[3]!.id]);
    expect(result.rowsRead).toBe(4);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'bad-row', file: 'pages.json', row: 3 })]);
    expect(result.problems[0]!.message).toContain('pages.json, record 3');
  });

  it('keeps the records before broken JSON and says where it breaks', () => {
    const text = '[\n' + JSON.stringify(audit[0]) + ',\n' + JSON.stringify(audit[1]) + ',\n  {"id": "x",}\n]';
    const result = recordsFromJsonText(text, 'cut.json');
    expect(result.records.map((r) => r.id)).toEqual([audit[0]!.id, audit[1]!.id]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'bad-json', file: 'cut.json' });
    expect(result.problems[0]!.message).toContain('cut.json: not valid JSON (line 4, column 14): unexpected "}"');
    expect(result.problems[0]!.message).toContain('The 2 records before it were read');
  });

  it('says so when a file is cut short, and when a character is not JSON', () => {
    const cut = JSON.stringify([audit[0], audit[1]]);
    const short = recordsFromJsonText(cut.slice(0, cut.length - 40), 'short.json');
    expect(short.records).toHaveLength(1);
    expect(short.problems[0]!.message).toMatch(/short\.json: not valid JSON .*cut short/);
    const odd = recordsFromJsonText('[\n  {"id": "1"}x]', 'odd.json');
    expect(odd.problems.find((p) => p.kind === 'bad-json')!.message).toContain('odd.json: not valid JSON (line 2, column 14): unexpected character "x".');
    const notJson = recordsFromJsonText('Date,Customer\n', 'x.json');
    expect(notJson.problems[0]).toMatchObject({ kind: 'bad-json', file: 'x.json' });
  });

  it('tells an empty file, an empty list and JSON without records apart', () => {
    expect(recordsFromJsonText(' \n', 'e.json').problems).toEqual([{ kind: 'empty', file: 'e.json', message: 'e.json: the file is empty.' }]);
    expect(recordsFromJsonText('[]', 'l.json')).toMatchObject({ format: 'api-json', problems: [{ kind: 'empty', message: 'l.json: no records in this file.' }] });
    expect(recordsFromJsonText('{"activityLens":1,"records":[]}', 'o.json').format).toBe('lens-json');
    expect(recordsFromJsonText('{"hello":"world"}', 'h.json').problems[0]).toMatchObject({ kind: 'unknown-format', file: 'h.json' });
    expect(recordsFromJsonText('42', 'n.json').problems[0]).toMatchObject({ kind: 'unknown-format' });
    expect(recordsFromJsonText('[42, null]', 'p.json').problems.map((p) => p.row)).toEqual([1, 2]);
  });

  it('keeps a record field named like a page list as a field, and "__proto__" as plain data', () => {
    const { attributes, ...rest } = audit[0]!;
    const record = { attributes, ...rest, __proto__x: 1 }; // 'attributes' first: the key a page may start with
    const text = JSON.stringify([record]).replace('"__proto__x"', '"__proto__"');
    const result = recordsFromJsonText(text, 'r.json');
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual(recordsFromApiJson([audit[0]], 'r.json').records);
    expect(Object.getPrototypeOf(result.records[0])).toBe(Object.prototype);
  });
});
