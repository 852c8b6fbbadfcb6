import { describe, expect, it } from 'vitest';
import { exportFileName, partFileName, periodOf } from './export-file-name';

describe('the name of an exported file', () => {
  it('names the period as SPEC §4 says', () => {
    expect(exportFileName({ from: '2026-03-01', to: '2026-03-31', ext: 'csv' })).toBe('activity-log_2026-03-01_2026-03-31.csv');
    expect(exportFileName({ from: '2026-03-01', to: '2026-03-31', ext: 'json' })).toBe('activity-log_2026-03-01_2026-03-31.json');
  });

  it('numbers the parts of a split export', () => {
    expect(exportFileName({ from: '2026-03-01', to: '2026-03-31', ext: 'csv', part: 2, parts: 3 })).toBe(
      'activity-log_2026-03-01_2026-03-31_part-2-of-3.csv',
    );
    expect(exportFileName({ from: '2026-03-01', to: '2026-03-31', ext: 'csv', part: 1, parts: 1 })).toBe('activity-log_2026-03-01_2026-03-31.csv');
  });

  it('uses the day of a date-time and copes with an open period', () => {
    expect(exportFileName({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z', ext: 'csv' })).toBe(
      'activity-log_2026-03-01_2026-03-31.csv',
    );
    expect(exportFileName({ from: '2026-03-01', to: '', ext: 'csv' })).toBe('activity-log_from_2026-03-01.csv');
    expect(exportFileName({ from: '', to: '2026-03-31', ext: 'csv' })).toBe('activity-log_until_2026-03-31.csv');
    expect(exportFileName({ from: '', to: '', ext: 'json' })).toBe('activity-log.json');
    expect(exportFileName({ from: 'a/b:c', to: '2026-03-31', ext: 'csv' })).toBe('activity-log_a-b-c_2026-03-31.csv');
  });

  it("takes the period from the records' first and last UTC day when none was chosen", () => {
    expect(
      periodOf([
        { operationDate: '2026-03-05T10:00:00.000Z' },
        { operationDate: '2026-02-27T23:59:59.000Z' },
        { operationDate: '' },
        { operationDate: '2026-03-31T00:00:00.000Z' },
      ]),
    ).toEqual({ from: '2026-02-27', to: '2026-03-31' });
    expect(periodOf([])).toBeUndefined();
  });
});

describe('the name of one part of a split export', () => {
  it('puts the part before the extension of any name, the CLI\'s --out included', () => {
    expect(partFileName('log.csv', 2, 3)).toBe('log_part-2-of-3.csv');
    expect(partFileName('my.log.csv', 1, 2)).toBe('my.log_part-1-of-2.csv');
    expect(partFileName('log', 1, 2)).toBe('log_part-1-of-2');
    expect(partFileName('.hidden', 1, 2)).toBe('.hidden_part-1-of-2');
    expect(partFileName('log.csv', 1, 1)).toBe('log.csv');
  });
});
