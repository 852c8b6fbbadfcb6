import { describe, expect, it } from 'vitest';
import { recordsFromFile } from './records-from-file';

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
