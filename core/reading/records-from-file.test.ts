import { describe, expect, it } from 'vitest';
import { createFileRecordParser, recordsFromBytes, recordsFromFile } from './records-from-file';

describe('recordsFromFile', () => {
  it('reads JSON by its first character, whatever the name says', () => {
    expect(recordsFromFile('log.csv', '\uFEFF \r\n[]').format).toBe('api-json');
    expect(recordsFromFile('log.txt', '{"activityLens":1,"records":[]}').format).toBe('lens-json');
  });

  it('reads anything else as CSV', () => {
    const result = recordsFromFile('log', 'Date-Time,Affected customer,Action\n2025-01-01 00:00:00,A,did x\n');
    expect(result.format).toBe('dashboard-csv');
    expect(result.records).toHaveLength(1);
  });

  it('explains a .json file that is not JSON as bad JSON, and a binary file as unknown', () => {
    expect(recordsFromFile('x.json', 'Date,Customer\n').problems[0]!.kind).toBe('bad-json');
    expect(recordsFromFile('book.xlsx', 'PK\u0003\u0004\u0000\u0000').problems[0]).toMatchObject({ kind: 'unknown-format', file: 'book.xlsx' });
    expect(recordsFromFile('e.csv', '   ').problems[0]!.kind).toBe('empty');
  });
});

describe('createFileRecordParser (any file size, in byte chunks)', () => {
  const encoder = new TextEncoder();
  const samples: [string, string][] = [
    ['log.csv', '\uFEFF \r\n[]'],
    ['log.txt', '{"activityLens":1,"records":[]}'],
    ['log', 'Date-Time,Affected customer,Action\n2025-01-01 00:00:00,Café Ünïcode 😀,did x\n2025-01-02 00:00:00,B,"said ""hi"""\n'],
    ['x.json', 'Date,Customer\n'],
    ['book.xlsx', 'PK\u0003\u0004\u0000\u0000'],
    ['e.csv', '   '],
    ['e.json', ''],
    ['page.json', '\uFEFF{"items":[{"id":"1","operationDate":"2025-01-01T00:00:00Z","operationType":"create_order","customerName":"Żabka 😀"}]}'],
  ];

  function streamed(name: string, chunks: Uint8Array[]) {
    const parser = createFileRecordParser(name);
    const batches = [...chunks.map((c) => parser.push(c)), parser.finish()];
    return {
      records: batches.flatMap((b) => b.records),
      problems: batches.flatMap((b) => b.problems),
      format: parser.format,
      rowsRead: parser.rowsRead,
    };
  }

  it.each(samples)('reads %s as recordsFromFile does, wherever a chunk ends', (name, text) => {
    const whole = recordsFromFile(name, text);
    const bytes = encoder.encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(streamed(name, [bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at byte ${cut}`).toEqual(whole);
    }
    expect(streamed(name, Array.from(bytes, (b) => Uint8Array.of(b)))).toEqual(whole);
  });
});

describe('one reading for every file', () => {
  it('reads a whole CSV text as the CSV reader does, and a JSON text as the JSON reader does', async () => {
    const { recordsFromCsv } = await import('./records-from-csv');
    const { recordsFromJsonText } = await import('./records-from-json-stream');
    const csv = 'Date-Time,Affected customer,Action\n2025-01-01 00:00:00,Café Ünïcode 😀,did x\n2025-01-02 00:00:00,B,"said ""hi"""\n';
    expect(recordsFromFile('log.csv', csv)).toEqual(recordsFromCsv(csv, 'log.csv'));
    const json = '\uFEFF{"items":[{"id":"1","operationDate":"2025-01-01T00:00:00Z","operationType":"create_order","customerName":"\uFEFFŻabka 😀"}]}';
    expect(recordsFromFile('page.json', json)).toEqual(recordsFromJsonText(json, 'page.json'));
    expect(recordsFromFile('page.json', json).records[0]!.customerName).toBe('\uFEFFŻabka 😀');
  });

  it('reads a stream of byte chunks batch by batch, counting the bytes, and stops reading when the reader stops', async () => {
    const text = 'Date-Time,Affected customer,Action\n' + Array.from({ length: 50 }, (_, i) => `2025-01-01 00:00:${String(i).padStart(2, '0')},C${i},did ${i}\n`).join('');
    const bytes = new TextEncoder().encode(text);
    let pulled = 0;
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 64) {
        pulled++;
        yield bytes.subarray(at, at + 64);
      }
    }
    const batches = [];
    for await (const batch of recordsFromBytes('log.csv', chunks())) batches.push(batch);
    expect(batches.flatMap((b) => b.records)).toEqual(recordsFromFile('log.csv', text).records);
    expect(batches.at(-1)!.bytesRead).toBe(bytes.length);
    expect(pulled).toBe(Math.ceil(bytes.length / 64));

    pulled = 0;
    for await (const batch of recordsFromBytes('log.csv', chunks())) if (batch.bytesRead >= 128) break;
    expect(pulled).toBe(2);
  });
});
