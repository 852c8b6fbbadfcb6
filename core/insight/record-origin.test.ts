import { describe, expect, it } from 'vitest';
import { recordOrigin } from './record-origin';
import { emptyRecord } from '../record/activity-record';

describe('the record an insight row came from', () => {
  it('names the record as the insight tables do: its key to open it, and the partner user who did it', () => {
    const record = {
      ...emptyRecord('api'),
      key: 'k-1',
      id: 'r-1',
      operationDate: '2026-11-20T10:00:00Z',
      operationType: 'update_subscription',
      customerId: 'c-1',
      customerName: 'Contoso',
      userPrincipalName: 'admin@partner.example',
      resourceType: 'subscription',
    };
    expect(recordOrigin(record)).toEqual({
      recordKey: 'k-1',
      recordId: 'r-1',
      operationDate: '2026-11-20T10:00:00Z',
      operationType: 'update_subscription',
      customerId: 'c-1',
      customerName: 'Contoso',
      partnerUser: 'admin@partner.example',
    });
  });
});
