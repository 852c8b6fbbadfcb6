// Every insight row (a seat change, an order line, a failure, a relationship event) says which record it came from
// in the same seven fields, named as the views and reports name them; defined once so the rows cannot drift apart.
import type { ActivityRecord } from '../record/activity-record';

/** The record an insight row came from: what opens it in the log and what every insight table shows of it. */
export interface RecordOrigin {
  /** The record's archive key (what opens it in the log). */
  recordKey: string;
  recordId: string;
  operationDate: string;
  operationType: string;
  customerId: string;
  customerName: string;
  /** The partner user who did it (the record's userPrincipalName). */
  partnerUser: string;
}

export function recordOrigin(record: ActivityRecord): RecordOrigin {
  return {
    recordKey: record.key,
    recordId: record.id,
    operationDate: record.operationDate,
    operationType: record.operationType,
    customerId: record.customerId,
    customerName: record.customerName,
    partnerUser: record.userPrincipalName,
  };
}
