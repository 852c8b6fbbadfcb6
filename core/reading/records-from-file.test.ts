import { describe, expect, it } from 'vitest';
import { createFileRecordParser, recordsFromFile } from './records-from-file';

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
