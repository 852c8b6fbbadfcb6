// The one record model every surface shares: a Partner Center audit record (SPEC §2), wherever it came from.

/** Where a record entered Activity Lens. */
export type RecordSource =
  | 'api' // Partner Center API (or the sample server standing in for it)
  | 'api-json' // JSON saved from the API or PowerShell (Get-PartnerAuditRecord | ConvertTo-Json)
  | 'dashboard-csv' // the dashboard's own "Export log" CSV
  | 'lens-csv' // our own CSV export
  | 'lens-json' // our own JSON export
  | 'sample'; // the seeded sample generator

/** Statuses Partner Center documents; others are kept as they come. */
export type OperationStatus = 'succeeded' | 'failed' | 'progress' | 'decline' | (string & {});

export interface KeyValue {
  key: string;
  value: string;
}

/**
 * Every field of an audit record, plus where it came from and a stable dedupe key.
 * Missing text fields are '' (never undefined) so records compare, index and export uniformly.
 */
export interface ActivityRecord {
  /** Dedupe key: `id:<API id>` when the source has an id, else `h:<hash of the content>` (see recordKey). */
  key: string;
  /** Partner Center record id; '' when the source carries none (the dashboard CSV). */
  id: string;
  partnerId: string;
  /** Customer tenant GUID, lower case (see customerIdFromText); '' when unknown. */
  customerId: string;
  customerName: string;
  /** The partner user behind the action (UPN or display name as the source gives it). */
  userPrincipalName: string;
  applicationId: string;
  resourceType: string;
  /** JSON strings as the API sends them; may be empty or not JSON at all. */
  resourceOldValue: string;
  resourceNewValue: string;
  /** snake_case operation, e.g. create_order; '' when only a readable action text is known. */
  operationType: string;
  /** The action sentence as a non-API source wrote it when it maps to no known operationType; else ''. */
  actionText: string;
  originalCorrelationId: string;
  /** UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ` (Date#toISOString form) so strings sort as times. */
  operationDate: string;
  operationStatus: OperationStatus;
  customizedData: KeyValue[];
  /** The API's `attributes` object flattened to strings (e.g. objectType). */
  attributes: KeyValue[];
  /** Columns of an imported file that map to no field: kept, shown in details and exported. */
  extra: KeyValue[];
  source: RecordSource;
}

/** A record with every field empty: the base that normalisers fill in. */
export function emptyRecord(source: RecordSource): ActivityRecord {
  return {
    key: '',
    id: '',
    partnerId: '',
    customerId: '',
    customerName: '',
    userPrincipalName: '',
    applicationId: '',
    resourceType: '',
    resourceOldValue: '',
    resourceNewValue: '',
    operationType: '',
    actionText: '',
    originalCorrelationId: '',
    operationDate: '',
    operationStatus: '',
    customizedData: [],
    attributes: [],
    extra: [],
    source,
  };
}

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/**
 * A customer id as every reader keeps it: a GUID in lower case (PowerShell and some files write upper case;
 * links, filters and dedupe need one spelling), anything else exactly as it came, spaces included.
 */
export function customerIdFromText(text: string): string {
  return GUID.test(text) ? text.toLowerCase() : text;
}
