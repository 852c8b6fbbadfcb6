// One audit record as any JSON source gives it (API camelCase, PowerShell PascalCase with enum names or
// numbers, hand-made JSON, our own JSON export) turned into the one ActivityRecord, or a problem to report.
import { OPERATION_TYPES_BY_NUMBER } from '../words/action-text';
import { customerIdFromText, type ActivityRecord, type KeyValue, type RecordSource } from '../record/activity-record';
import { recordKey } from '../record/record-key';
import { RESOURCE_TYPES_BY_NUMBER } from '../record/resource-type';
import { KNOWN_STATUSES } from '../words/status-text';
import { toIsoUtc } from './utc-date';

/**
 * PowerShell 5's ConvertTo-Json writes enums as numbers: the Partner Center SDK's enum orders (SPEC §7), the same
 * lists the sentences and filters use. A number beyond them is kept as its digits rather than guessed.
 */
export const POWERSHELL_ENUMS = {
  operationStatus: KNOWN_STATUSES,
  resourceType: RESOURCE_TYPES_BY_NUMBER,
  operationType: OPERATION_TYPES_BY_NUMBER,
} as const;

/**
 * Where each source puts the record id: the API and our JSON `id`, hand-made JSON `Id`, Windows PowerShell 5.1's
 * PSAuditRecord `AuditRecordId` (SPEC §7), and its camelCase form. The first non-empty one is the id.
 */
const ID_FIELDS = ['id', 'Id', 'auditRecordId', 'AuditRecordId'] as const;

type RawObject = Record<string, unknown>;

/** camelCase (API) first, then PascalCase (PowerShell). */
function field(raw: RawObject, camel: string, pascal: string): unknown {
  const v = raw[camel];
  return v !== undefined ? v : raw[pascal];
}

/** Text as records keep it: strings as they are, nothing as '', anything else as JSON. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** `CreateOrder` (PowerShell enum name) → `create_order`; snake_case and other text unchanged. */
function snakeCase(value: string): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(value)) return value;
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

function enumText(value: unknown, names: readonly string[]): string {
  // The API's own snake_case values: nothing to convert (the common case, millions of times).
  if (typeof value === 'string' && value.length > 0) {
    const c = value.charCodeAt(0);
    if (c >= 97 && c <= 122) return value;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return names[value] ?? String(value);
  // Not trimmed: a value is kept exactly unless it is an enum's number or PascalCase name.
  const t = text(value);
  if (/^\d+$/.test(t)) return names[Number(t)] ?? t;
  return snakeCase(t);
}

/** The record id, from whichever of ID_FIELDS the source uses. */
function recordId(raw: RawObject): string {
  for (const name of ID_FIELDS) {
    const id = text(raw[name]);
    if (id !== '') return id;
  }
  return '';
}

function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[{key,value}]`, `[{Key,Value}]`, `[{name,value}]` or an object map, as KeyValue[]. */
function keyValues(value: unknown): KeyValue[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) {
    const out: KeyValue[] = [];
    for (const item of value) {
      if (isObject(item)) {
        if (typeof item.key === 'string' && typeof item.value === 'string') {
          out.push({ key: item.key, value: item.value });
          continue;
        }
        const key = field(item, 'key', 'Key') ?? field(item, 'name', 'Name');
        out.push({ key: text(key), value: text(field(item, 'value', 'Value')) });
      } else if (item !== undefined && item !== null) {
        out.push({ key: '', value: text(item) });
      }
    }
    return out;
  }
  if (isObject(value)) {
    const out: KeyValue[] = [];
    for (const k in value) out.push({ key: k, value: text(value[k]) });
    return out;
  }
  return [{ key: '', value: text(value) }];
}

/**
 * Reads ONE audit record. Problems are plain sentences without file or row: the caller adds them.
 * Our own export's shape (key/source/actionText/extra) keeps its actionText and extra; the key is always
 * recomputed so a record edited by hand cannot keep a stale one.
 */
export function recordFromAuditJson(raw: unknown, source: RecordSource): { record: ActivityRecord } | { problem: string } {
  if (!isObject(raw)) {
    return { problem: `this is not an audit record (expected an object, found ${Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw}).` };
  }
  let dateValue = field(raw, 'operationDate', 'OperationDate');
  // PowerShell 5 serialises a DateTime it built itself as { value: "/Date(…)/", DateTime: "…" }.
  if (isObject(dateValue)) dateValue = field(dateValue, 'value', 'Value');
  if (dateValue === undefined || dateValue === null || dateValue === '') {
    return { problem: 'the record has no operationDate.' };
  }
  const dateText = text(dateValue);
  const operationDate = toIsoUtc(dateText);
  if (operationDate === undefined) return { problem: `the operationDate "${dateText}" is not a readable date.` };

  const operationType = enumText(field(raw, 'operationType', 'OperationType'), POWERSHELL_ENUMS.operationType);
  const resourceType = enumText(field(raw, 'resourceType', 'ResourceType'), POWERSHELL_ENUMS.resourceType);
  const actionText = text(field(raw, 'actionText', 'ActionText'));
  if (operationType === '' && actionText === '' && resourceType === '') {
    return { problem: 'the record says nothing about what happened (no operationType, actionText or resourceType).' };
  }
  const record: ActivityRecord = {
    key: '',
    id: recordId(raw),
    partnerId: text(field(raw, 'partnerId', 'PartnerId')),
    customerId: customerIdFromText(text(field(raw, 'customerId', 'CustomerId'))),
    customerName: text(field(raw, 'customerName', 'CustomerName')),
    userPrincipalName: text(field(raw, 'userPrincipalName', 'UserPrincipalName')),
    applicationId: text(field(raw, 'applicationId', 'ApplicationId')),
    resourceType,
    resourceOldValue: text(field(raw, 'resourceOldValue', 'ResourceOldValue')),
    resourceNewValue: text(field(raw, 'resourceNewValue', 'ResourceNewValue')),
    operationType,
    actionText,
    originalCorrelationId: text(field(raw, 'originalCorrelationId', 'OriginalCorrelationId')),
    operationDate,
    operationStatus: enumText(field(raw, 'operationStatus', 'OperationStatus'), POWERSHELL_ENUMS.operationStatus).toLowerCase(),
    customizedData: keyValues(field(raw, 'customizedData', 'CustomizedData')),
    attributes: keyValues(field(raw, 'attributes', 'Attributes')),
    extra: keyValues(field(raw, 'extra', 'Extra')),
    source,
  };
  record.key = recordKey(record);
  return { record };
}
