import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from './activity-record';
import { contentHash, recordKey, withKey } from './record-key';

function dashboardRow(overrides: Partial<ActivityRecord> = {}): Omit<ActivityRecord, 'key'> {
  const { key: _key, ...base } = emptyRecord('dashboard-csv');
  return {
    ...base,
    operationDate: '2026-10-01T09:15:42.123Z',
    customerName: 'Müller & Söhne GmbH',
    userPrincipalName: 'giulia.bianchi@example.com',
    operationType: 'create_order',
    resourceType: 'order',
    operationStatus: 'succeeded',
    customizedData: [{ key: 'ProductName_0', value: 'Microsoft 365 Business Premium' }],
    ...overrides,
  };
}

describe('contentHash', () => {
  it('gives 16 hex characters, the same for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const hash = contentHash(text);
        expect(hash).toMatch(/^[0-9a-f]{16}$/);
        expect(contentHash(text)).toBe(hash);
      }),
    );
  });

  it('tells apart texts that differ by one character, accents included', () => {
    const hashes = new Set(['Caffè', 'Caffe', 'caffè', 'Caffè ', '', 'a', 'b', 'ab', 'ba'].map(contentHash));
    expect(hashes.size).toBe(9);
  });

  it('does not collide on 100,000 similar record-like texts', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(contentHash(`2026-10-01T09:15:${i}\u001fcustomer ${i % 200}\u001fcreate_order`));
    expect(seen.size).toBe(100_000);
  });
});

describe('recordKey', () => {
  it('uses the Partner Center id when the record has one', () => {
    expect(recordKey(dashboardRow({ id: 'abc-123' }))).toBe('id:abc-123');
  });

  it('gives the same key to the same dashboard row imported from two different files', () => {
    expect(recordKey(dashboardRow({ source: 'dashboard-csv' }))).toBe(recordKey(dashboardRow({ source: 'lens-csv' })));
  });

  it('ignores milliseconds because our CSV export keeps whole seconds', () => {
    expect(recordKey(dashboardRow({ operationDate: '2026-10-01T09:15:42.123Z' }))).toBe(
      recordKey(dashboardRow({ operationDate: '2026-10-01T09:15:42.000Z' })),
    );
  });

  it('tells apart rows that differ in any exported field', () => {
    const base = recordKey(dashboardRow());
    const variants: Partial<ActivityRecord>[] = [
      { operationDate: '2026-10-01T09:15:43.123Z' },
      { customerId: '6f61fe62-9749-44f4-80ef-e3d504910577' },
      { customerName: 'Müller & Sohne GmbH' },
      { userPrincipalName: 'marco.rossi@example.com' },
      { operationType: 'update_order' },
      { actionText: 'created an order' },
      { resourceType: 'subscription' },
      { operationStatus: 'failed' },
      { applicationId: 'x' },
      { resourceOldValue: 'n/a' },
      { resourceNewValue: '{}' },
      { partnerId: 'p' },
      { originalCorrelationId: 'c' },
      { customizedData: [{ key: 'ProductName_0', value: 'Microsoft 365 E3' }] },
      { extra: [{ key: 'Status', value: 'order 42' }] },
    ];
    for (const variant of variants) expect(recordKey(dashboardRow(variant)), JSON.stringify(variant)).not.toBe(base);
  });

  it('does not confuse text moved from one field to the next', () => {
    expect(recordKey(dashboardRow({ customerName: 'a b', userPrincipalName: 'c' }))).not.toBe(
      recordKey(dashboardRow({ customerName: 'a', userPrincipalName: 'b c' })),
    );
    expect(recordKey(dashboardRow({ customizedData: [{ key: 'a', value: 'b=c' }] }))).not.toBe(
      recordKey(dashboardRow({ customizedData: [{ key: 'a=b', value: 'c' }] })),
    );
  });

  it('withKey fills in the key and keeps every other field', () => {
    const row = dashboardRow();
    const keyed = withKey(row);
    expect(keyed).toEqual({ ...row, key: recordKey(row) });
    expect(keyed.key.startsWith('h:')).toBe(true);
  });
});
