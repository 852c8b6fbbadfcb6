import { describe, expect, it } from 'vitest';
import { aggregate } from './insight-aggregator';
import { FailureAggregator } from './operation-failures';
import { apiRecords, MULLER, CONTOSO, powershellRecords } from './fixtures/fixture-records';

describe('failures', () => {
  it('groups failed and declined operations by type, customer and user, newest first', () => {
    const result = aggregate(new FailureAggregator(), [...apiRecords(), ...powershellRecords()]);
    expect(result.failed).toBe(2);
    expect(result.declined).toBe(1);
    expect(result.rows.map((r) => r.recordId)).toEqual(['rec-08', 'ps-05', 'rec-19']);
    expect(result.byAction[0]).toMatchObject({ operationType: 'create_order', failed: 2, declined: 0 });
    expect(result.byCustomer.find((c) => c.customerId === MULLER)).toMatchObject({ declined: 1, failed: 0 });
    expect(result.byCustomer.find((c) => c.customerId === CONTOSO)).toMatchObject({ failed: 1 });
    expect(result.byUser.map((u) => u.user).sort()).toEqual(['giulia.bianchi@lumen.example', 'luca.moretti@lumen.example', 'marco.rossi@lumen.example']);
    expect(result.byDay).toEqual([['2026-05-09', 1], ['2026-05-19', 1], ['2026-05-25', 1]]);
  });
});
