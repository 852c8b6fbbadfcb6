import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { panelQuery } from './panel-filter';
import { QUICK_VIEWS } from '../dashboard/features';
import { queryRecords } from '../../core/asking/activity-query';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const now = new Date('2026-11-25T08:00:00Z');
const period = { from: '2026-10-25', to: '2026-11-25' };
const records = [...generateSampleRecords({ count: 400, seed: 3, now, days: 31 })];
const customerId = records[0]!.customerId;

describe('what the panel shows for its quick views and search', () => {
  it('Failed operations + Orders shows only failed orders', () => {
    const q = panelQuery({ quickViews: ['failed-operations', 'orders'], text: '' }, period, QUICK_VIEWS, now);
    const shown = queryRecords(records, q);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.operationStatus === 'failed' && r.resourceType === 'order')).toBe(true);
    expect(shown.length).toBe(records.filter((r) => r.operationStatus === 'failed' && r.resourceType === 'order').length);
  });

  it('Today narrows the period to today (UTC) and This customer to the followed customer', () => {
    const q = panelQuery({ quickViews: ['today', 'this-customer'], text: '', customer: { id: customerId, origin: 'tab' } }, period, QUICK_VIEWS, now);
    expect(q).toMatchObject({ from: '2026-11-25', to: '2026-11-25', customerId });
  });

  it('This customer without a followed customer changes nothing', () => {
    expect(panelQuery({ quickViews: ['this-customer'], text: '' }, period, QUICK_VIEWS, now)).toEqual(period);
  });

  it('every combination of views shows a subset of the plain period, newest first', () => {
    const ids = QUICK_VIEWS.map((v) => v.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom('', 'order', 'contoso', 'é'), (views, text) => {
        const shown = queryRecords(records, panelQuery({ quickViews: views, text, customer: { id: customerId, origin: 'button' } }, period, QUICK_VIEWS, now));
        const all = new Set(queryRecords(records, period));
        for (let i = 0; i < shown.length; i++) {
          expect(all.has(shown[i]!)).toBe(true);
          if (i > 0) expect(shown[i - 1]!.operationDate >= shown[i]!.operationDate).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
