import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toExcelDateTime, toIsoUtc, utcDay } from './utc-date';

const anyDate = fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('toIsoUtc reads the dates every source writes', () => {
  it('keeps an API date as it is', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(toIsoUtc(d.toISOString())).toBe(d.toISOString());
      }),
    );
  });

  it('round-trips any date through our Excel export form, to the second', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const iso = d.toISOString();
        expect(toIsoUtc(toExcelDateTime(iso))).toBe(iso.slice(0, 19) + '.000Z');
      }),
    );
  });

  it('converts a time with an offset to UTC', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (d, offset) => {
        const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        expect(toIsoUtc(`${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`)).toBe(d.toISOString());
      }),
    );
    expect(toIsoUtc('2024-01-05T10:00:00+02:00')).toBe('2024-01-05T08:00:00.000Z');
    expect(toIsoUtc('2024-01-01T00:30:00+01:00')).toBe('2023-12-31T23:30:00.000Z');
  });

  it('reads the en-US dashboard form M/d/yyyy h:mm:ss AM/PM as month first', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const h = d.getUTCHours();
        const text = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
        expect(toIsoUtc(text)).toBe(d.toISOString().slice(0, 19) + '.000Z');
      }),
    );
    expect(toIsoUtc('12/31/2024 12:00:00 AM')).toBe('2024-12-31T00:00:00.000Z');
    expect(toIsoUtc('1/2/2024 12:05 PM')).toBe('2024-01-02T12:05:00.000Z');
  });

  it('reads day-first European dates when told, and when the first number cannot be a month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const text = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
        expect(toIsoUtc(text, 'dmy')).toBe(d.toISOString().slice(0, 16) + ':00.000Z');
      }),
    );
    expect(toIsoUtc('01/02/2024 10:00', 'dmy')).toBe('2024-02-01T10:00:00.000Z');
    expect(toIsoUtc('01/02/2024 10:00', 'mdy')).toBe('2024-01-02T10:00:00.000Z');
    expect(toIsoUtc('13/2/2024 10:00')).toBe('2024-02-13T10:00:00.000Z');
    expect(toIsoUtc('5.3.2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(toIsoUtc('25.12.2024 18:30:15')).toBe('2024-12-25T18:30:15.000Z');
  });

  it('reads the other forms people and tools write', () => {
    expect(toIsoUtc('2024-01-05T10:00:00Z')).toBe('2024-01-05T10:00:00.000Z');
    expect(toIsoUtc('2024-01-05T10:00:00')).toBe('2024-01-05T10:00:00.000Z');
    expect(toIsoUtc('2024-01-05T10:00:00.1234567Z')).toBe('2024-01-05T10:00:00.123Z');
    expect(toIsoUtc('2024-01-05T10:00:00.5Z')).toBe('2024-01-05T10:00:00.500Z');
    expect(toIsoUtc('2024-01-05 10:00')).toBe('2024-01-05T10:00:00.000Z');
    expect(toIsoUtc('2024-01-05 10:00:59')).toBe('2024-01-05T10:00:59.000Z');
    expect(toIsoUtc('2024-01-05')).toBe('2024-01-05T00:00:00.000Z');
    expect(toIsoUtc('  2024-01-05T10:00:00Z  ')).toBe('2024-01-05T10:00:00.000Z');
    expect(toIsoUtc('/Date(1700000000000)/')).toBe('2023-11-14T22:13:20.000Z');
    expect(toIsoUtc('/Date(1700000000000+0100)/')).toBe('2023-11-14T22:13:20.000Z');
  });

  it('says undefined for text that is no date or an impossible one', () => {
    for (const text of ['', 'yesterday', '2024-02-30', '2023-02-29T00:00:00Z', '2024-13-01', '2024-01-05T24:00:00Z', '2024-01-05T10:60:00Z',
      '13/13/2024', '2/30/2024 1:00 PM', '0/1/2024', '1/2/2024 13:00 PM', '1/2/2024 0:00 AM', '2024-01-05T10:00:00+25:00', '/Date(abc)/', 'n/a']) {
      expect(toIsoUtc(text), text).toBeUndefined();
    }
    expect(toIsoUtc('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('never throws and answers undefined or a canonical ISO date for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const iso = toIsoUtc(text);
        if (iso !== undefined) expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      }),
    );
  });
});

describe('toExcelDateTime and utcDay', () => {
  it('write the UTC date-time and the UTC day of a record', () => {
    expect(toExcelDateTime('2026-11-25T07:05:09.999Z')).toBe('2026-11-25 07:05:09');
    expect(utcDay('2026-11-25T23:59:59.999Z')).toBe('2026-11-25');
    expect(utcDay('2026-11-26T00:30:00+02:00')).toBe('2026-11-25');
    expect(toExcelDateTime('not a date')).toBe('');
  });

  it('agree with Date for any date', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const iso = d.toISOString();
        expect(utcDay(iso)).toBe(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
        expect(toExcelDateTime(iso)).toBe(`${utcDay(iso)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`);
      }),
    );
  });
});
