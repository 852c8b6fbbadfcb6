import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord } from '../record/activity-record';
import { aggregate } from './insight-aggregator';
import { readRelationshipEvent, RelationshipAggregator } from './relationship-lifecycle';
import { apiRecords, CAFFE, CONTOSO, MULLER, powershellRecords } from './fixtures/fixture-records';

describe('GDAP and DAP lifecycle', () => {
  it('follows a GDAP relationship from approval to activation and says it is expiring near its end date', () => {
    const result = aggregate(new RelationshipAggregator({ from: '2026-05-01', to: '2026-05-31' }), apiRecords());
    const gdap = result.relationships.find((r) => r.relationshipId === 'gdap-A-1')!;
    expect(gdap.events.map((e) => e.event)).toEqual(['approved', 'activated']);
    expect(gdap).toMatchObject({ customerId: CONTOSO, kind: 'gdap', displayName: 'Contoso helpdesk', state: 'expiring', endDate: '2026-06-10T00:00:00Z' });
    expect(gdap.roles).toEqual(['729827e3-9c14-49f7-bb1b-9608f156bbb8']);
    const assignment = result.relationships.find((r) => r.relationshipId === 'assign-A-1')!;
    expect(assignment.events.map((e) => e.event)).toEqual(['assignment-created', 'member-added']);
    expect(result.customers.find((c) => c.customerId === CONTOSO)).toMatchObject({ gdap: 'expiring', dap: 'none', active: 1, accessEndedAt: '' });
  });

  it('names the customers whose access ended in the period', () => {
    const may = aggregate(new RelationshipAggregator({ from: '2026-05-01', to: '2026-05-31' }), apiRecords());
    expect(may.accessEnded.map((c) => [c.customerId, c.gdap, c.dap, c.accessEndedAt])).toEqual([[MULLER, 'terminated', 'terminated', '2026-05-16T16:00:00.000Z']]);
    const april = aggregate(new RelationshipAggregator({ from: '2026-04-01', to: '2026-04-30' }), apiRecords());
    expect(april.accessEnded).toEqual([]);
  });

  it('says when the end date has passed even without an expiry record', () => {
    const later = aggregate(new RelationshipAggregator({ to: '2026-07-01' }), apiRecords());
    const gdap = later.relationships.find((r) => r.relationshipId === 'gdap-A-1')!;
    expect(gdap.state).toBe('expired');
    expect(later.accessEnded.map((c) => c.customerId)).toContain(CONTOSO);
  });

  it('counts a relationship record of a type it cannot place, with a value that is not JSON, as unreadable', () => {
    expect(aggregate(new RelationshipAggregator(), apiRecords()).unreadable).toBe(1);
  });

  it('reads PowerShell enum names (GranularAdminRelationshipExpired)', () => {
    const result = aggregate(new RelationshipAggregator(), powershellRecords());
    expect(result.relationships).toMatchObject([{ customerId: CAFFE, state: 'expired', displayName: 'Caffè support' }]);
  });

  it('reads every lifecycle operation of the SDK enum, and never throws on any value', () => {
    for (const [op, event] of [
      ['granular_admin_relationship_termination_requested', 'termination-requested'],
      ['granular_admin_relationship_cleaned_up', 'cleaned-up'],
      ['granular_admin_access_assignment_deleted', 'assignment-deleted'],
      ['dap_admin_relationship_approved', 'approved'],
      ['extend_relationship', 'extended'],
    ] as const) {
      const reading = readRelationshipEvent({ ...emptyRecord('api'), operationType: op, resourceType: op === 'extend_relationship' ? 'granular_admin_relationship' : '', operationStatus: 'succeeded' });
      expect(reading.event?.event, op).toBe(event);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.string(), (value, op) => {
        readRelationshipEvent({ ...emptyRecord('api'), operationType: op, resourceType: 'granular_admin_relationship', operationStatus: 'succeeded', resourceNewValue: value });
        const agg = new RelationshipAggregator({ to: '2026-01-01' });
        agg.add({ ...emptyRecord('api'), operationType: op, resourceType: 'granular_admin_relationship', operationStatus: 'succeeded', resourceNewValue: value, operationDate: '2026-01-01T00:00:00.000Z' });
        agg.result();
      }),
    );
  });
});
