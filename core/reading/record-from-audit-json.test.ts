import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../record/activity-record';
import { recordFromAuditJson } from './record-from-audit-json';
import { recordKey } from '../record/record-key';
import { OPERATION_TYPES_BY_NUMBER } from '../words/action-text';
import { RESOURCE_TYPES_BY_NUMBER } from '../record/resource-type';

const apiRecord = {
  id: '8869d500-7028-4688-b904-9b2c410caa9b',
  partnerId: '4a7f3c1e-9b2d-4e6f-8a1b-2c3d4e5f6a7b',
  customerId: '6F61FE62-9749-44F4-80EF-E3D504910577',
  customerName: 'Società Italiana Caffè S.p.A.',
  userPrincipalName: 'giulia.bianchi@example.com',
  applicationId: '',
  resourceType: 'order',
  resourceOldValue: '',
  resourceNewValue: '{"id":"o-1","lineItems":[{"lineItemNumber":0,"friendlyName":"Microsoft 365 E3","quantity":3}]}',
  operationType: 'create_order',
  originalCorrelationId: '3d50dc62-da43-4193-8b39-0cff6ef4b17a',
  operationDate: '2026-11-18T18:37:14.836Z',
  operationStatus: 'succeeded',
  customizedData: [{ key: 'ProductName_0', value: 'Microsoft 365 E3' }],
  attributes: { objectType: 'AuditRecord' },
};

function read(raw: unknown, source: ActivityRecord['source'] = 'api-json'): ActivityRecord {
  const result = recordFromAuditJson(raw, source);
  if ('problem' in result) throw new Error(result.problem);
  return result.record;
}

function problem(raw: unknown): string {
  const result = recordFromAuditJson(raw, 'api-json');
  if ('record' in result) throw new Error('expected a problem');
  return result.problem;
}

describe('recordFromAuditJson', () => {
  it('reads an API record as it is, with the customer id lower-cased and the key from the id', () => {
    const record = read(apiRecord, 'api');
    expect(record).toEqual({
      ...apiRecord,
      key: 'id:8869d500-7028-4688-b904-9b2c410caa9b',
      customerId: '6f61fe62-9749-44f4-80ef-e3d504910577',
      actionText: '',
      attributes: [{ key: 'objectType', value: 'AuditRecord' }],
      extra: [],
      source: 'api',
    });
  });

  it("reads PowerShell's Get-PartnerAuditRecord output: PascalCase keys, enum names, /Date()/ dates", () => {
    const record = read({
      Id: 'ps-1',
      PartnerId: 'p',
      CustomerId: '6F61FE62-9749-44F4-80EF-E3D504910577',
      CustomerName: 'Müller & Söhne GmbH',
      UserPrincipalName: 'marco.rossi@example.com',
      ApplicationId: 'app',
      ResourceType: 'CustomerUser',
      ResourceOldValue: null,
      ResourceNewValue: '{"id":"u"}',
      OperationType: 'UpdateCustomerUserLicenses',
      OriginalCorrelationId: 'corr',
      OperationDate: '/Date(1700000000000)/',
      OperationStatus: 'Succeeded',
      CustomizedData: [{ Key: 'UserPrincipalName', Value: 'ana@x.onmicrosoft.com' }],
      Attributes: { ObjectType: 'AuditRecord' },
    });
    expect(record).toMatchObject({
      id: 'ps-1',
      customerId: '6f61fe62-9749-44f4-80ef-e3d504910577',
      customerName: 'Müller & Söhne GmbH',
      resourceType: 'customer_user',
      operationType: 'update_customer_user_licenses',
      operationStatus: 'succeeded',
      operationDate: '2023-11-14T22:13:20.000Z',
      resourceOldValue: '',
      customizedData: [{ key: 'UserPrincipalName', value: 'ana@x.onmicrosoft.com' }],
      attributes: [{ key: 'ObjectType', value: 'AuditRecord' }],
    });
  });

  it("takes Windows PowerShell's AuditRecordId as the record id (so re-imports dedupe on it)", () => {
    const record = read({ AuditRecordId: 'ps-42', OperationType: 11, ResourceType: 3, OperationDate: '2026-05-04T08:15:00Z', OperationStatus: 0 });
    expect(record.id).toBe('ps-42');
    expect(record.key).toBe('id:ps-42');
  });

  it('reads enums PowerShell 5 wrote as numbers, and keeps numbers it does not know', () => {
    const record = read({ ...apiRecord, operationType: 11, resourceType: 3, operationStatus: 1 });
    expect([record.operationType, record.resourceType, record.operationStatus]).toEqual(['create_order', 'order', 'failed']);
    expect(read({ ...apiRecord, operationType: 999 }).operationType).toBe('999');
  });

  it("keeps Windows PowerShell 5.1's AuditRecordId as the record id, so it dedupes against the API's record", () => {
    // Get-PartnerAuditRecord | ConvertTo-Json in Windows PowerShell 5.1: PSAuditRecord's names, enums as integers.
    const fromPowerShell = read({
      AuditRecordId: '8869d500-7028-4688-b904-9b2c410caa9b',
      ApplicationId: 'app',
      CustomerId: '6F61FE62-9749-44F4-80EF-E3D504910577',
      CustomerName: 'Contoso',
      CustomizedData: [],
      OperationType: 51,
      OriginalCorrelationId: 'corr',
      OperationDate: '/Date(1700000000000)/',
      OperationStatus: 0,
      PartnerId: 'p',
      ResourceNewValue: '',
      ResourceOldValue: '',
      ResourceType: 21,
      UserPrincipalName: 'anna@partner.example',
    });
    expect(fromPowerShell).toMatchObject({
      id: '8869d500-7028-4688-b904-9b2c410caa9b',
      key: 'id:8869d500-7028-4688-b904-9b2c410caa9b',
      customerId: '6f61fe62-9749-44f4-80ef-e3d504910577',
      operationType: 'granular_admin_relationship_terminated',
      resourceType: 'granular_admin_relationship',
      operationStatus: 'succeeded',
    });
    expect(fromPowerShell.key).toBe(read(apiRecord).key);
  });

  it.each(['id', 'Id', 'auditRecordId', 'AuditRecordId'])('takes the record id from %s', (name) => {
    const { id: _, ...withoutId } = apiRecord;
    const record = read({ ...withoutId, [name]: 'rec-42' });
    expect(record.id).toBe('rec-42');
    expect(record.key).toBe('id:rec-42');
  });

  it('keeps every text exactly, edge spaces and newlines included; only a GUID customer id is lower-cased', () => {
    const record = read({
      ...apiRecord,
      customerName: '\n=1+1 ',
      userPrincipalName: ' anna@partner.example\t',
      customerId: ' not-a-guid ',
      resourceNewValue: '\r\n{"a":1}\n',
    });
    expect(record).toMatchObject({
      customerName: '\n=1+1 ',
      userPrincipalName: ' anna@partner.example\t',
      customerId: ' not-a-guid ',
      resourceNewValue: '\r\n{"a":1}\n',
    });
  });

  it('maps every PowerShell integer through the SDK enums of SPEC §7', () => {
    OPERATION_TYPES_BY_NUMBER.forEach((name, n) => expect(read({ ...apiRecord, operationType: n }).operationType).toBe(name));
    RESOURCE_TYPES_BY_NUMBER.forEach((name, n) => expect(read({ ...apiRecord, resourceType: n }).resourceType).toBe(name));
    expect([0, 1, 2, 3].map((n) => read({ ...apiRecord, operationStatus: n }).operationStatus)).toEqual(['succeeded', 'failed', 'progress', 'decline']);
    expect(read({ ...apiRecord, operationType: 79 }).operationType).toBe('79');
    expect(read({ ...apiRecord, operationType: 'DapAdminRelationshipTerminatedByMicrosoft' }).operationType).toBe('dap_admin_relationship_terminated_by_microsoft');
  });

  it('reads a PowerShell DateTime object and a date with an offset', () => {
    expect(read({ ...apiRecord, operationDate: { value: '/Date(1700000000000)/', DateTime: 'Tuesday, 14 November 2023 22:13:20' } }).operationDate).toBe('2023-11-14T22:13:20.000Z');
    expect(read({ ...apiRecord, operationDate: '2023-11-14T23:13:20.1234567+01:00' }).operationDate).toBe('2023-11-14T22:13:20.123Z');
  });

  it('keeps values of hand-made JSON as text: objects become JSON, customizedData may be a map', () => {
    const record = read({
      ...apiRecord,
      resourceOldValue: { quantity: 3, status: 'active' },
      resourceNewValue: 'n/a',
      customizedData: { Quantity: 12, InvoiceNumber: '123456789012345678', AutoRenew: true },
      operationStatus: 'DECLINE',
    });
    expect(record.resourceOldValue).toBe('{"quantity":3,"status":"active"}');
    expect(record.resourceNewValue).toBe('n/a');
    expect(record.customizedData).toEqual([
      { key: 'Quantity', value: '12' },
      { key: 'InvoiceNumber', value: '123456789012345678' },
      { key: 'AutoRenew', value: 'true' },
    ]);
    expect(record.operationStatus).toBe('decline');
  });

  it('keeps unknown future operation types as they come', () => {
    expect(read({ ...apiRecord, operationType: 'update_copilot_seat_assignment' }).operationType).toBe('update_copilot_seat_assignment');
  });

  it('reads back our own JSON export, keeping actionText and extra, with a fresh key', () => {
    const exported = {
      ...apiRecord,
      id: '',
      key: 'h:stale',
      source: 'dashboard-csv',
      operationType: '',
      resourceType: '',
      actionText: 'did something new',
      customizedData: [{ key: 'a', value: 'b' }],
      attributes: [{ key: 'objectType', value: 'AuditRecord' }],
      extra: [{ key: 'Status', value: 'order 42' }],
    };
    const record = read(exported, 'lens-json');
    expect(record.actionText).toBe('did something new');
    expect(record.extra).toEqual([{ key: 'Status', value: 'order 42' }]);
    expect(record.attributes).toEqual([{ key: 'objectType', value: 'AuditRecord' }]);
    expect(record.source).toBe('lens-json');
    expect(record.key).toBe(recordKey(record));
    expect(record.key).not.toBe('h:stale');
  });

  it('explains why a value is not a record', () => {
    expect(problem(null)).toMatch(/not an audit record.*null/);
    expect(problem([apiRecord])).toMatch(/not an audit record.*list/);
    expect(problem('text')).toMatch(/not an audit record.*string/);
    expect(problem({ ...apiRecord, operationDate: undefined })).toMatch(/no operationDate/);
    expect(problem({ ...apiRecord, operationDate: 'yesterday' })).toContain('"yesterday"');
    expect(problem({ ...apiRecord, operationDate: '2024-02-30T00:00:00Z' })).toContain('"2024-02-30T00:00:00Z"');
    expect(problem({ ...apiRecord, operationType: '', resourceType: undefined })).toMatch(/operationType, actionText or resourceType/);
  });
});
