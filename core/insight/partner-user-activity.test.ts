import { describe, expect, it } from 'vitest';
import { aggregate } from './insight-aggregator';
import { PartnerUserAggregator } from './partner-user-activity';
import { apiRecords, CONTOSO } from './fixtures/fixture-records';

describe('partner user activity', () => {
  const result = aggregate(new PartnerUserAggregator({ from: '2026-05-01', to: '2026-05-31' }), apiRecords());

  it('counts each user’s actions by kind, customers touched, first and last activity in the period', () => {
    const marco = result.users.find((u) => u.user === 'marco.rossi@lumen.example')!;
    expect(marco).toMatchObject({ actions: 7, succeeded: 6, failed: 1, customersTouched: 2, firstActivity: '2026-05-03T09:12:00.000Z', lastActivity: '2026-05-26T07:30:00.000Z' });
    expect(marco.actionCounts.slice(0, 2)).toMatchObject([{ operationType: 'create_order', count: 2 }, { operationType: 'update_subscription', count: 2 }]);
    expect(marco.topCustomers[0]).toMatchObject({ customerId: CONTOSO, count: 5 });
  });

  it('leaves out users with nothing in the period, and says who is new in it', () => {
    expect(result.users.map((u) => u.user)).not.toContain('anna.gallo@lumen.example');
    expect(result.newUsers).toContain('new.agent@lumen.example');
    // Giulia's and Marco's first activity falls in May too (everything read starts then), Anna's in April.
    expect(result.newUsers).not.toContain('anna.gallo@lumen.example');
    expect(result.created).toMatchObject([{ user: 'new.agent@lumen.example', createdBy: 'admin@lumen.example' }]);
    expect(result.users[0]!.actions).toBeGreaterThanOrEqual(result.users.at(-1)!.actions);
  });

  it('with the April records, a May-only view does not call an April user new', () => {
    const april = aggregate(new PartnerUserAggregator({ from: '2026-04-01', to: '2026-04-30' }), apiRecords());
    expect(april.users.map((u) => u.user)).toEqual(['anna.gallo@lumen.example']);
    expect(april.newUsers).toEqual(['anna.gallo@lumen.example']);
  });
});
