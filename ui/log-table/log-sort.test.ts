import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { sortRecords } from './log-sort';
import { cellText, nextSort, NEWEST_FIRST, SORT_COLUMNS } from './log-columns';

const record = (i: number, customerName: string, date: string, user: string): ActivityRecord => ({
  ...emptyRecord('api'), key: `k${i}`, id: `r${i}`, customerName, customerId: `c${i}`, operationDate: date, userPrincipalName: user, operationType: 'create_order',
});

describe('sorting the rows in memory', () => {
  it('sorts customers as people read them: accents and case aside, numbers by value', () => {
    const rs = [record(1, 'Éclair SpA', '2026-01-01T00:00:00Z', 'a'), record(2, 'contoso 10', '2026-01-02T00:00:00Z', 'b'), record(3, 'Contoso 9', '2026-01-03T00:00:00Z', 'c'), record(4, 'Adatum', '2026-01-04T00:00:00Z', 'd')];
    expect(sortRecords(rs, { column: 'customer', direction: 'ascending' }, 'it').map((r) => r.customerName)).toEqual(['Adatum', 'Contoso 9', 'contoso 10', 'Éclair SpA']);
  });

  it('leaves the given array alone and breaks ties newest first', () => {
    const rs = [record(1, 'Same', '2026-01-01T00:00:00Z', 'a'), record(2, 'Same', '2026-01-03T00:00:00Z', 'a'), record(3, 'Same', '2026-01-02T00:00:00Z', 'a')];
    const copy = [...rs];
    expect(sortRecords(rs, { column: 'customer', direction: 'ascending' }, 'en').map((r) => r.key)).toEqual(['k2', 'k3', 'k1']);
    expect(rs).toEqual(copy);
  });

  it('is a reordering of the same rows, in order by the column, either way', () => {
    const arb = fc.array(fc.record({ name: fc.string({ maxLength: 6 }), day: fc.integer({ min: 1, max: 28 }), user: fc.constantFrom('ann', 'bob', 'Zed') }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, fc.constantFrom(...SORT_COLUMNS), fc.boolean(), (specs, column, asc) => {
        const rs = specs.map((s, i) => record(i, s.name, `2026-02-${String(s.day).padStart(2, '0')}T00:00:00Z`, s.user));
        const sorted = sortRecords(rs, { column, direction: asc ? 'ascending' : 'descending' }, 'en');
        expect([...sorted].map((r) => r.key).sort()).toEqual(rs.map((r) => r.key).sort());
        const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [cellText(sorted[i - 1]!, column, 'en'), cellText(sorted[i]!, column, 'en')];
          const c = column === 'dateTime' ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b);
          expect(asc ? c <= 0 : c >= 0).toBe(true);
        }
      }),
    );
  });

  it('flips a header clicked twice, and starts a new one newest first or A → Z', () => {
    expect(nextSort(NEWEST_FIRST, 'dateTime')).toEqual({ column: 'dateTime', direction: 'ascending' });
    expect(nextSort(NEWEST_FIRST, 'customer')).toEqual({ column: 'customer', direction: 'ascending' });
    expect(nextSort({ column: 'customer', direction: 'ascending' }, 'dateTime')).toEqual(NEWEST_FIRST);
  });
});
