import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import { aggregate } from './insight-aggregator';
import { readSeatChanges, SeatChangeAggregator } from './seat-changes';
import { apiRecords, CAFFE, CONTOSO, MULLER, powershellRecords } from './fixtures/fixture-records';

const S1 = '11111111-1111-4111-8111-111111111111';

function subscriptionUpdate(customerId: string, subscriptionId: string, date: string, from: number, to: number, key: string): ActivityRecord {
  return {
    ...emptyRecord('api'),
    key,
    id: key,
    customerId,
    customerName: `Customer ${customerId}`,
    operationType: 'update_subscription',
    resourceType: 'subscription',
    operationStatus: 'succeeded',
    operationDate: date,
    resourceOldValue: JSON.stringify({ id: subscriptionId, offerName: 'Office 365 E3', offerId: 'CFQ7TTC0LF8R:0001', quantity: from }),
    resourceNewValue: JSON.stringify({ id: subscriptionId, offerName: 'Office 365 E3', offerId: 'CFQ7TTC0LF8R:0001', quantity: to }),
  };
}

describe('seat changes from the hand-written API page', () => {
  const result = aggregate(new SeatChangeAggregator(), apiRecords());

  it('reads an order as seats bought, then each subscription update old → new, with who did it', () => {
    const s1 = result.subscriptions.find((s) => s.subscriptionId === S1)!;
    expect(s1.changes.map((c) => [c.oldQuantity, c.newQuantity, c.change, c.partnerUser])).toEqual([
      [0, 10, 10, 'marco.rossi@lumen.example'],
      [10, 15, 5, 'marco.rossi@lumen.example'],
      [15, 12, -3, 'giulia.bianchi@lumen.example'],
    ]);
    expect(s1).toMatchObject({ firstQuantity: 0, lastQuantity: 12, added: 15, removed: 3, net: 12, consistent: true, product: 'Microsoft 365 Business Premium' });
  });

  it('counts upgrades and order updates, not status-only changes or failed orders', () => {
    const upgrade = result.changes.find((c) => c.operationType === 'upgrade_subscription')!;
    expect([upgrade.oldQuantity, upgrade.newQuantity, upgrade.product]).toEqual([20, 25, 'Microsoft 365 E5']);
    const update = result.changes.find((c) => c.operationType === 'update_order')!;
    expect([update.oldQuantity, update.newQuantity, update.customerId]).toEqual([3, 5, MULLER]);
    expect(result.changes.some((c) => c.product === 'Microsoft 365 Copilot')).toBe(false);
    const teams = result.subscriptions.find((s) => s.product === 'Microsoft Teams Premium')!;
    expect(teams.status).toBe('suspended');
    expect(teams.changes).toHaveLength(1);
  });

  it('reads an order from customizedData alone (ProductName_0, Quantity_0…)', () => {
    expect(result.changes.find((c) => c.product === 'Exchange Online (Plan 1)')).toMatchObject({ oldQuantity: 0, newQuantity: 8, customerId: MULLER });
  });

  it('counts the records it could not read: empty or "n/a" old values, broken JSON, never-seen shapes', () => {
    // rec-05 (no old value), rec-06 (n/a), rec-18 (broken order JSON), rec-22 (unknown shape).
    expect(result.unreadable).toBe(4);
  });

  it('totals per customer and product', () => {
    const contoso = result.customers.find((c) => c.customerId === CONTOSO)!;
    expect(contoso).toMatchObject({ added: 15 + 5 + 5, removed: 3, net: 12 + 5 + 5 });
    const premium = result.products.find((p) => p.offerId === 'CFQ7TTC0LCHC:0002')!;
    expect(premium.net).toBe(12);
    expect(result.totals.net).toBe(result.customers.reduce((s, c) => s + c.net, 0));
  });

  it('reads PowerShell records (PascalCase, numeric enums) the same way', () => {
    const ps = aggregate(new SeatChangeAggregator(), powershellRecords());
    const basic = ps.subscriptions.find((s) => s.customerId === CAFFE)!;
    expect(basic.changes.map((c) => c.newQuantity)).toEqual([4, 6, 5]);
    expect(basic.net).toBe(5);
  });
});

describe('reading any record', () => {
  it('never throws, whatever the old and new values hold', () => {
    const anyValue = fc.oneof(fc.string(), fc.json(), fc.constant(''), fc.constant('n/a'), fc.constant('{"quantity":"x"}'));
    fc.assert(
      fc.property(anyValue, anyValue, fc.constantFrom('update_subscription', 'create_order', 'update_order', 'upgrade_subscription', 'x_new'), (oldValue, newValue, operationType) => {
        const record = { ...emptyRecord('api'), key: 'k', operationType, resourceType: 'subscription', operationStatus: 'succeeded', resourceOldValue: oldValue, resourceNewValue: newValue };
        const reading = readSeatChanges(record);
        for (const c of reading.changes) expect(Number.isFinite(c.change)).toBe(true);
      }),
    );
  });
});

describe('properties over coherent histories', () => {
  const history = fc.record({
    customers: fc.array(
      fc.record({
        subscriptions: fc.array(fc.record({ start: fc.nat(500), steps: fc.array(fc.integer({ min: -40, max: 60 }), { minLength: 1, maxLength: 12 }) }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    seed: fc.nat(),
  });

  function recordsOf(h: { customers: { subscriptions: { start: number; steps: number[] }[] }[]; seed: number }) {
    const records: ActivityRecord[] = [];
    const expected = new Map<string, { first: number; last: number }>();
    h.customers.forEach((customer, c) =>
      customer.subscriptions.forEach((sub, s) => {
        let q = sub.start;
        const id = `sub-${c}-${s}`;
        const first = q;
        sub.steps.forEach((step, i) => {
          const next = Math.max(0, q + step);
          if (next === q) return;
          const date = new Date(Date.UTC(2026, 0, 1) + (i * 7 + s) * 3_600_000).toISOString();
          records.push(subscriptionUpdate(`cust-${c}`, id, date, q, next, `${id}-${i}`));
          q = next;
        });
        if (q !== first || records.some((r) => r.key.startsWith(id + '-'))) expected.set(id, { first, last: q });
      }),
    );
    // The store hands records over in any order.
    let x = h.seed;
    for (let i = records.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const j = x % (i + 1);
      [records[i], records[j]] = [records[j]!, records[i]!];
    }
    return { records, expected };
  }

  it('the net of a subscription equals its last minus its first quantity, and added − removed', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { records, expected } = recordsOf(h);
        const result = aggregate(new SeatChangeAggregator(), records);
        for (const s of result.subscriptions) {
          const e = expected.get(s.subscriptionId)!;
          expect(s.net).toBe(e.last - e.first);
          expect(s.added - s.removed).toBe(s.net);
          expect(s.consistent).toBe(true);
        }
        expect(result.subscriptions.length).toBe([...expected.keys()].filter((id) => records.some((r) => r.key.startsWith(id + '-'))).length);
      }),
    );
  });

  it('totals per customer equal the sum over its subscriptions', () => {
    fc.assert(
      fc.property(history, (h) => {
        const result = aggregate(new SeatChangeAggregator(), recordsOf(h).records);
        for (const c of result.customers) {
          const subs = result.subscriptions.filter((s) => s.customerId === c.customerId);
          expect(c.net).toBe(subs.reduce((sum, s) => sum + s.net, 0));
          expect(c.added).toBe(subs.reduce((sum, s) => sum + s.added, 0));
          expect(c.removed).toBe(subs.reduce((sum, s) => sum + s.removed, 0));
          expect(c.subscriptions).toBe(subs.length);
        }
        expect(result.totals.changes).toBe(result.changes.length);
      }),
    );
  });

  it('says a history with a missing record does not chain', () => {
    const records = [subscriptionUpdate('c', 's', '2026-01-01T00:00:00.000Z', 5, 8, 'a'), subscriptionUpdate('c', 's', '2026-01-02T00:00:00.000Z', 10, 12, 'b')];
    const [s] = aggregate(new SeatChangeAggregator(), records).subscriptions;
    expect(s).toMatchObject({ net: 7, added: 5, removed: 0, consistent: false });
  });
});
