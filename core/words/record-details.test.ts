import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import { detailsText, recordDetails } from './record-details';
import { generateSampleRecords } from '../../sample-data/sample-generator';

function record(fields: Partial<ActivityRecord>): ActivityRecord {
  return { ...emptyRecord('api'), key: 'id:1', id: '1', operationDate: '2026-11-20T10:00:00.000Z', ...fields };
}

const orderJson = JSON.stringify({
  id: 'o-1',
  referenceCustomerId: 'c-1',
  lineItems: [
    { lineItemNumber: 0, offerId: 'CFQ7TTC0LCHC', subscriptionId: 's-0', friendlyName: 'Microsoft 365 Business Premium', quantity: 12, termDuration: 'P1Y' },
    { lineItemNumber: 1, offerId: 'CFQ7TTC0LH18', subscriptionId: 's-1', friendlyName: 'Microsoft 365 Business Basic', quantity: 3 },
    { lineItemNumber: 2, offerId: 'CFQ7TTC0LF8Q', quantity: 1 },
  ],
  status: 'completed',
  attributes: { objectType: 'Order' },
});

const order = record({
  resourceType: 'order',
  operationType: 'create_order',
  operationStatus: 'succeeded',
  customerId: 'c-1',
  resourceNewValue: orderJson,
  customizedData: [
    { key: 'OrderId', value: 'o-1' },
    { key: 'ProductName_0', value: 'Microsoft 365 Business Premium' },
    { key: 'Quantity_0', value: '12' },
  ],
});

describe('recordDetails', () => {
  it('lists every product of an order of three products, with quantity, offer and subscription', () => {
    const { products } = recordDetails(order, 'en');
    expect(products.map((p) => [p.name, p.quantity, p.offerId, p.subscriptionId])).toEqual([
      ['Microsoft 365 Business Premium', '12', 'CFQ7TTC0LCHC', 's-0'],
      ['Microsoft 365 Business Basic', '3', 'CFQ7TTC0LH18', 's-1'],
      ['CFQ7TTC0LF8Q', '1', 'CFQ7TTC0LF8Q', undefined],
    ]);
    expect(products[0]!.other).toEqual([
      { key: 'lineItemNumber', value: '0' },
      { key: 'termDuration', value: 'P1Y' },
    ]);
  });

  it('takes the products from customizedData when the order JSON is missing', () => {
    const { products } = recordDetails(
      record({
        resourceType: 'order',
        customizedData: [
          { key: 'OrderId', value: 'o-2' },
          { key: 'ProductName_1', value: 'Visio Plan 2' },
          { key: 'Quantity_1', value: '4' },
          { key: 'ProductName_0', value: 'Project Plan 3' },
          { key: 'OfferId_0', value: 'CFQ7TTC0HDB0' },
        ],
      }),
      'en',
    );
    expect(products).toEqual([
      { name: 'Project Plan 3', offerId: 'CFQ7TTC0HDB0', other: [] },
      { name: 'Visio Plan 2', quantity: '4', other: [] },
    ]);
  });

  it('shows what changed, old → new, with nested fields as dotted paths and lists compared whole', () => {
    const before = { quantity: 10, status: 'active', billingProfile: { address: { city: 'Milano', country: 'IT' } }, tags: ['a'], same: 1 };
    const after = { quantity: 12, status: 'active', billingProfile: { address: { city: 'Roma', country: 'IT' } }, tags: ['a', 'b'], same: 1, note: 'new' };
    const { changes, rawOld, rawNew } = recordDetails(record({ resourceOldValue: JSON.stringify(before), resourceNewValue: JSON.stringify(after) }), 'en');
    expect(changes).toEqual([
      { field: 'quantity', oldValue: '10', newValue: '12' },
      { field: 'billingProfile.address.city', oldValue: 'Milano', newValue: 'Roma' },
      { field: 'tags', oldValue: '["a"]', newValue: '["a","b"]' },
      { field: 'note', oldValue: '', newValue: 'new' },
    ]);
    expect(rawOld).toBeUndefined();
    expect(rawNew).toBeUndefined();
  });

  it('lists a created resource\'s fields as added and a deleted one\'s as removed', () => {
    const user = JSON.stringify({ id: 'u-1', displayName: 'José Åström' });
    expect(recordDetails(record({ resourceNewValue: user }), 'en').changes).toEqual([
      { field: 'id', oldValue: '', newValue: 'u-1' },
      { field: 'displayName', oldValue: '', newValue: 'José Åström' },
    ]);
    expect(recordDetails(record({ resourceOldValue: user, resourceNewValue: 'n/a' }), 'en')).toMatchObject({
      changes: [
        { field: 'id', oldValue: 'u-1', newValue: '' },
        { field: 'displayName', oldValue: 'José Åström', newValue: '' },
      ],
      rawNew: 'n/a',
    });
  });

  it('keeps broken JSON as raw text instead of failing', () => {
    const details = recordDetails(record({ resourceOldValue: '{"quantity": 10', resourceNewValue: '[1,2' }), 'en');
    expect(details.changes).toEqual([]);
    expect(details.rawOld).toBe('{"quantity": 10');
    expect(details.rawNew).toBe('[1,2');
  });

  it('never throws, whatever the old and new values hold', () => {
    const value = fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))));
    fc.assert(
      fc.property(value, value, fc.array(fc.record({ key: fc.string(), value: fc.string() }), { maxLength: 4 }), (o, n, data) => {
        const r = record({ resourceOldValue: o, resourceNewValue: n, customizedData: data });
        const details = recordDetails(r, 'it');
        expect(details.data).toEqual(data);
        expect(detailsText(r, 'it')).toBe(detailsText(r, 'it'));
      }),
    );
  });

  it('gives customizedData then the extra columns as data, and the labelled facts in the user\'s language', () => {
    const r = record({
      operationStatus: 'failed',
      applicationId: 'app-1',
      customerId: 'c-9',
      originalCorrelationId: 'corr-1',
      resourceType: 'subscription',
      operationType: 'update_subscription',
      customizedData: [{ key: 'SubscriptionId', value: 's-9' }],
      extra: [{ key: 'Additional information', value: 'Teams × 2' }],
    });
    const details = recordDetails(r, 'it');
    expect(details.data).toEqual([
      { key: 'SubscriptionId', value: 's-9' },
      { key: 'Additional information', value: 'Teams × 2' },
    ]);
    expect(details.facts).toEqual([
      { key: 'Stato', value: 'Non riuscita' },
      { key: 'Applicazione', value: 'app-1' },
      { key: 'ID cliente', value: 'c-9' },
      { key: 'ID record', value: '1' },
      { key: 'ID correlazione', value: 'corr-1' },
      { key: 'Tipo di risorsa', value: 'subscription' },
      { key: 'Tipo di operazione', value: 'update_subscription' },
    ]);
  });
});

describe('detailsText (the CSV Details cell)', () => {
  it('writes an order\'s products, changes and other data on separate lines', () => {
    expect(detailsText(order, 'en')).toBe(
      [
        'Products: Microsoft 365 Business Premium × 12; Microsoft 365 Business Basic × 3; CFQ7TTC0LF8Q × 1',
        'Changes: id ∅ → o-1; referenceCustomerId ∅ → c-1; status ∅ → completed',
        'Additional data: OrderId = o-1',
      ].join('\n'),
    );
  });

  it('writes a quantity change in Italian', () => {
    const r = record({ resourceOldValue: '{"quantity":10}', resourceNewValue: '{"quantity":12}' });
    expect(detailsText(r, 'it')).toBe('Modifiche: quantity 10 → 12');
  });

  it('shows raw values that are not JSON', () => {
    expect(detailsText(record({ resourceOldValue: 'n/a' }), 'en')).toBe('Old value: n/a');
  });

  it('is empty for a record with nothing to detail', () => {
    expect(detailsText(record({}), 'en')).toBe('');
  });

  it('details every sample record, and the same record always gives the same text', () => {
    const records = [...generateSampleRecords({ count: 500, seed: 7, now: new Date('2026-11-25T07:00:00Z') })];
    for (const r of records) {
      const text = detailsText(r, 'en');
      expect(text).toBe(detailsText({ ...r }, 'en'));
      if (r.resourceType === 'order') expect(text.startsWith('Products: ')).toBe(true);
    }
  });
});
