import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import {
  compileQuery,
  defaultPeriod,
  describeQuery,
  isEmptyQuery,
  matchesQuery,
  queryFromSearchParams,
  queryRecords,
  queryToSearchParams,
  serverFilterFor,
  todayPeriod,
  type ActivityQuery,
} from './activity-query';
import { actionText } from '../words/action-text';
import { foldText } from './fold-text';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const now = new Date('2026-11-25T07:00:00Z');
const samples = [...generateSampleRecords({ count: 400, seed: 11, now })];

function record(fields: Partial<ActivityRecord>): ActivityRecord {
  return { ...emptyRecord('api'), key: `id:${fields.id ?? 'x'}`, operationDate: '2026-11-20T10:00:00.000Z', ...fields };
}

describe('defaultPeriod', () => {
  it('is the most recent month, like the dashboard, in UTC', () => {
    expect(defaultPeriod(new Date('2026-11-25T23:59:59Z'))).toEqual({ from: '2026-10-25', to: '2026-11-25' });
    expect(defaultPeriod(new Date('2026-01-15T00:00:00Z'))).toEqual({ from: '2025-12-15', to: '2026-01-15' });
  });

  it('clamps to the shorter month: 31 March goes back to the end of February', () => {
    expect(defaultPeriod(new Date('2026-03-31T12:00:00Z'))).toEqual({ from: '2026-02-28', to: '2026-03-31' });
    expect(defaultPeriod(new Date('2028-03-31T12:00:00Z'))).toEqual({ from: '2028-02-29', to: '2028-03-31' });
    expect(defaultPeriod(new Date('2026-05-31T12:00:00Z'))).toEqual({ from: '2026-04-30', to: '2026-05-31' });
  });

  it('always spans 28 to 31 days back from today', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const { from, to } = defaultPeriod(d);
        expect(to).toBe(d.toISOString().slice(0, 10));
        const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('has a Today period', () => {
    expect(todayPeriod(new Date('2026-11-25T23:30:00Z'))).toEqual({ from: '2026-11-25', to: '2026-11-25' });
  });
});

describe('matching records', () => {
  it('finds "Società" when the user types "societa", and "ÅSTRÖM" as "astrom"', () => {
    const r = record({ customerName: 'Società Agricola Åström', userPrincipalName: 'José.Åström@contoso.it' });
    expect(matchesQuery(r, { customer: 'societa' })).toBe(true);
    expect(matchesQuery(r, { customer: 'SOCIETÀ agricola' })).toBe(true);
    expect(matchesQuery(r, { customer: 'astrom' })).toBe(true);
    expect(matchesQuery(r, { customer: 'contoso' })).toBe(false);
    expect(matchesQuery(r, { partnerUser: 'jose.astrom' })).toBe(true);
  });

  it('takes a customer id in the customer box as an exact id', () => {
    const id = '3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c';
    const r = record({ customerId: id, customerName: 'Contoso' });
    expect(matchesQuery(r, { customer: id.toUpperCase() })).toBe(true);
    expect(matchesQuery(r, { customerId: id })).toBe(true);
    expect(matchesQuery(r, { customerId: id.slice(0, 8) })).toBe(false);
  });

  it('keeps whole UTC days: from and to are inclusive', () => {
    const q = { from: '2026-11-20', to: '2026-11-21' };
    expect(matchesQuery(record({ operationDate: '2026-11-20T00:00:00.000Z' }), q)).toBe(true);
    expect(matchesQuery(record({ operationDate: '2026-11-21T23:59:59.999Z' }), q)).toBe(true);
    expect(matchesQuery(record({ operationDate: '2026-11-19T23:59:59.999Z' }), q)).toBe(false);
    expect(matchesQuery(record({ operationDate: '2026-11-22T00:00:00.000Z' }), q)).toBe(false);
  });

  it('finds a record by any word of its action, in English or Italian, by product name and by status', () => {
    const order = samples.find((r) => r.operationType === 'create_order' && r.operationStatus === 'failed')!;
    const product = JSON.parse(order.resourceNewValue).lineItems[0].friendlyName as string;
    expect(matchesQuery(order, { text: 'ha creato un ordine' })).toBe(true);
    expect(matchesQuery(order, { text: 'CREATED an order' })).toBe(true);
    expect(matchesQuery(order, { text: product })).toBe(true);
    expect(matchesQuery(order, { text: 'non riuscita' })).toBe(true);
    expect(matchesQuery(order, { text: `${order.customerName} ${order.userPrincipalName}` })).toBe(true);
    expect(matchesQuery(order, { text: 'ha creato un ordine zzzz' })).toBe(false);
  });

  it('filters by operation, resource type and status lists (Failed operations, Orders)', () => {
    const failedOrders = queryRecords(samples, { statuses: ['failed'], resourceTypes: ['order'] });
    expect(failedOrders.length).toBeGreaterThan(0);
    expect(failedOrders.every((r) => r.operationStatus === 'failed' && r.resourceType === 'order')).toBe(true);
    const ops = queryRecords(samples, { operationTypes: ['create_order', 'update_order'] });
    expect(new Set(ops.map((r) => r.operationType))).toEqual(new Set(['create_order', 'update_order']));
  });
});

/** Every field checked the obvious, slow way. */
function naiveMatch(r: ActivityRecord, q: ActivityQuery): boolean {
  const day = r.operationDate.slice(0, 10);
  if (q.from && !(day >= q.from)) return false;
  if (q.to && !(r.operationDate !== '' && day <= q.to)) return false;
  if (q.customerId && r.customerId.toLowerCase() !== q.customerId.trim().toLowerCase()) return false;
  if (q.customer?.trim()) {
    const byName = foldText(r.customerName).includes(foldText(q.customer));
    if (!byName && r.customerId.toLowerCase() !== q.customer.trim().toLowerCase()) return false;
  }
  if (q.operationTypes?.length && !q.operationTypes.includes(r.operationType)) return false;
  if (q.resourceTypes?.length && !q.resourceTypes.includes(r.resourceType)) return false;
  if (q.statuses?.length && !q.statuses.includes(r.operationStatus)) return false;
  if (q.partnerUser?.trim() && !foldText(r.userPrincipalName).includes(foldText(q.partnerUser))) return false;
  if (q.text?.trim()) {
    const fields = [r.customerName, r.customerId, r.userPrincipalName, r.operationType, r.resourceType, actionText(r, 'en'), actionText(r, 'it'), r.resourceNewValue, r.resourceOldValue, r.id, r.originalCorrelationId, r.applicationId, r.partnerId, r.actionText, r.operationStatus];
    const statusWords = { succeeded: 'succeeded riuscita', failed: 'failed non riuscita', progress: 'in progress in corso', decline: 'declined rifiutata' } as Record<string, string>;
    fields.push(statusWords[r.operationStatus] ?? '');
    for (const kv of [...r.customizedData, ...r.extra]) fields.push(kv.key, kv.value);
    for (const word of foldText(q.text).split(' ')) {
      if (!fields.some((f) => foldText(f).includes(word))) return false;
    }
  }
  return true;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const days = [...new Set(samples.map((r) => r.operationDate.slice(0, 10)))].sort();
const queryArb: fc.Arbitrary<ActivityQuery> = fc.record(
  {
    from: pick(days),
    to: pick(days),
    customer: fc.oneof(pick(samples.map((r) => r.customerName.slice(0, 5))), pick(['societa', 'GMBH', 'à', 'ltd', ' '])),
    customerId: pick(samples.slice(0, 20).map((r) => r.customerId)),
    operationTypes: fc.subarray([...new Set(samples.map((r) => r.operationType))], { maxLength: 4 }),
    resourceTypes: fc.subarray([...new Set(samples.map((r) => r.resourceType))], { maxLength: 3 }),
    statuses: fc.subarray(['succeeded', 'failed', 'progress', 'decline', 'odd'], { maxLength: 2 }),
    partnerUser: pick(['a', 'marco', 'admin', '@']),
    text: pick(['order', 'ha creato', 'riuscita', 'premium', 'energia', 'e3 ordine', 'licenses']),
  },
  { requiredKeys: [] },
);

describe('queryRecords', () => {
  it('returns exactly the matching records, newest first, whatever the query', () => {
    fc.assert(
      fc.property(queryArb, fc.shuffledSubarray(samples), (q, records) => {
        const result = queryRecords(records, q);
        const expected = records.filter((r) => naiveMatch(r, q));
        expect(new Set(result)).toEqual(new Set(expected));
        expect(result.length).toBe(expected.length);
        for (let i = 1; i < result.length; i++) {
          const [a, b] = [result[i - 1]!, result[i]!];
          expect(a.operationDate > b.operationDate || (a.operationDate === b.operationDate && a.key <= b.key)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer as matchesQuery and the compiled predicate', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const compiled = compileQuery(q);
        for (const r of samples.slice(0, 50)) expect(compiled(r)).toBe(matchesQuery(r, q));
      }),
      { numRuns: 50 },
    );
  });

  it('returns everything for an empty query', () => {
    expect(isEmptyQuery({})).toBe(true);
    expect(isEmptyQuery({ customer: '  ', statuses: [] })).toBe(true);
    expect(isEmptyQuery({ statuses: ['failed'] })).toBe(false);
    expect(queryRecords(samples, {}).length).toBe(samples.length);
  });
});

describe('the query in the address bar', () => {
  it('round-trips any query through URL parameters', () => {
    const text = fc.string({ minLength: 1, unit: 'grapheme' });
    const list = fc.array(text, { minLength: 1, maxLength: 3 });
    const arb = fc.record(
      { from: text, to: text, customer: text, customerId: text, partnerUser: text, text, operationTypes: list, resourceTypes: list, statuses: list },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (q) => {
        const url = `?${queryToSearchParams(q).toString()}`;
        expect(queryFromSearchParams(new URLSearchParams(url))).toEqual(q);
      }),
    );
  });

  it('fills in the default period when the address has none', () => {
    const q = queryFromSearchParams(new URLSearchParams('customer=Contoso'), new Date('2026-03-31T08:00:00Z'));
    expect(q).toEqual({ customer: 'Contoso', from: '2026-02-28', to: '2026-03-31' });
  });

  it('writes short, readable parameters', () => {
    expect(queryToSearchParams({ from: '2026-11-01', customer: 'Società', statuses: ['failed'], operationTypes: ['create_order', 'update_order'] }).toString()).toBe(
      'from=2026-11-01&customer=Societ%C3%A0&op=create_order&op=update_order&status=failed',
    );
  });
});

describe('describeQuery', () => {
  it('says in a few words what is filtered', () => {
    expect(describeQuery({ customer: 'Contoso', statuses: ['failed'] }, 'en')).toBe('Customer: Contoso · Failed operations');
    expect(describeQuery({ customer: 'Contoso', statuses: ['failed'] }, 'it')).toBe('Cliente: Contoso · Operazioni non riuscite');
    expect(describeQuery({ resourceTypes: ['order'], operationTypes: ['create_referral'] }, 'it')).toBe('Ordini · Azione: ha creato una segnalazione');
    expect(describeQuery({ from: '2026-11-01' }, 'en')).toBe('');
  });
});

describe('serverFilterFor (the one condition the API accepts)', () => {
  const id = '3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c';
  it('prefers an exact customer id, then the company name, then a single resource type', () => {
    expect(serverFilterFor({ customerId: id, customer: 'Contoso', resourceTypes: ['order'] })).toEqual({ Field: 'CustomerId', Value: id, Operator: 'equals' });
    expect(serverFilterFor({ customer: id.toUpperCase() })).toEqual({ Field: 'CustomerId', Value: id, Operator: 'equals' });
    expect(serverFilterFor({ customer: ' Contoso ', resourceTypes: ['order'] })).toEqual({ Field: 'CompanyName', Value: 'Contoso', Operator: 'substring' });
    expect(serverFilterFor({ resourceTypes: ['order'] })).toEqual({ Field: 'ResourceType', Value: 'order', Operator: 'equals' });
  });

  it('sends nothing it cannot express, leaving it to the local filter', () => {
    expect(serverFilterFor({ resourceTypes: ['order', 'subscription'], statuses: ['failed'], text: 'x' })).toBeUndefined();
    expect(serverFilterFor({})).toBeUndefined();
  });
});
