// GDAP and DAP access per customer, as a lifecycle: created, approved, activated, extended, expiring, expired,
// terminated, cleaned up; access assignments and their members; and the customers whose access ended in a period.
import type { ActivityRecord } from '../record/activity-record';
import { isSucceeded, newestRowFirst, type InsightAggregator } from './insight-aggregator';
import { recordOrigin, type RecordOrigin } from './record-origin';
import { dataValue, fieldOf, isJsonObject, objectOf, readResourceValue, textField, type JsonObject } from './resource-value';

export type RelationshipKind = 'gdap' | 'dap' | 'access-assignment';

export type RelationshipEventType =
  | 'created'
  | 'approved'
  | 'activated'
  | 'extended'
  | 'updated'
  | 'termination-requested'
  | 'terminated'
  | 'expired'
  | 'cleaned-up'
  | 'assignment-created'
  | 'assignment-updated'
  | 'assignment-activated'
  | 'assignment-deleted'
  | 'member-added'
  | 'member-removed';

/** Where a relationship stands after its latest event; 'expiring' when active and ending within EXPIRING_DAYS. */
export type RelationshipState = 'pending' | 'active' | 'expiring' | 'termination-requested' | 'terminated' | 'expired' | 'cleaned-up' | 'deleted';

/** An active relationship ending within this many days of the period's end reads "expiring". */
export const EXPIRING_DAYS = 30;

export interface RelationshipEvent extends RecordOrigin {
  kind: RelationshipKind;
  event: RelationshipEventType;
  /** The relationship's or assignment's id when the record says; '' otherwise. */
  relationshipId: string;
  displayName: string;
  /** When the relationship ends (UTC ISO), when the record says. */
  endDate: string;
  roles: string[];
}

const OPERATION_EVENTS: Record<string, { kind: RelationshipKind; event: RelationshipEventType }> = {
  granular_admin_relationship_created: { kind: 'gdap', event: 'created' },
  granular_admin_relationship_approved: { kind: 'gdap', event: 'approved' },
  granular_admin_relationship_activated: { kind: 'gdap', event: 'activated' },
  granular_admin_relationship_termination_requested: { kind: 'gdap', event: 'termination-requested' },
  granular_admin_relationship_terminated: { kind: 'gdap', event: 'terminated' },
  granular_admin_relationship_expired: { kind: 'gdap', event: 'expired' },
  granular_admin_relationship_cleaned_up: { kind: 'gdap', event: 'cleaned-up' },
  granular_admin_relationship_updated: { kind: 'gdap', event: 'updated' },
  granular_admin_relationship_extended: { kind: 'gdap', event: 'extended' },
  granular_admin_access_assignment_created: { kind: 'access-assignment', event: 'assignment-created' },
  granular_admin_access_assignment_updated: { kind: 'access-assignment', event: 'assignment-updated' },
  granular_admin_access_assignment_activated: { kind: 'access-assignment', event: 'assignment-activated' },
  granular_admin_access_assignment_deleted: { kind: 'access-assignment', event: 'assignment-deleted' },
  dap_admin_relationship_approved: { kind: 'dap', event: 'approved' },
  dap_admin_relationship_terminated: { kind: 'dap', event: 'terminated' },
  dap_admin_relationship_terminated_by_microsoft: { kind: 'dap', event: 'terminated' },
};

const RESOURCE_KINDS: Record<string, RelationshipKind> = {
  granular_admin_relationship: 'gdap',
  granular_admin_access_assignment: 'access-assignment',
  partner_customer_dap: 'dap',
};

/** Graph/Partner Center relationship statuses → the event they stand for, for operation types we do not know. */
const STATUS_EVENTS: Record<string, RelationshipEventType> = {
  created: 'created',
  approvalpending: 'created',
  pending: 'created',
  approved: 'approved',
  activating: 'approved',
  active: 'activated',
  terminationrequested: 'termination-requested',
  terminating: 'termination-requested',
  terminated: 'terminated',
  expired: 'expired',
  deleted: 'assignment-deleted',
};

export function isRelationshipRecord(record: ActivityRecord): boolean {
  return OPERATION_EVENTS[record.operationType] !== undefined || RESOURCE_KINDS[record.resourceType] !== undefined;
}

function rolesOf(value: JsonObject | undefined): string[] {
  const roles = fieldOf(value, 'accessDetails.unifiedRoles', 'unifiedRoles', 'roles');
  if (!Array.isArray(roles)) return [];
  const out: string[] = [];
  for (const r of roles) {
    if (typeof r === 'string') out.push(r);
    else if (isJsonObject(r)) {
      const name = textField(r, 'displayName', 'name', 'roleDefinitionId');
      if (name) out.push(name);
    }
  }
  return out;
}

export interface RelationshipReading {
  event?: RelationshipEvent;
  unreadable: boolean;
}

const NOT_RELATIONSHIP: RelationshipReading = { unreadable: false };

/** The lifecycle event one record stands for; records of a relationship type we cannot place count as unreadable. */
export function readRelationshipEvent(record: ActivityRecord): RelationshipReading {
  if (!isRelationshipRecord(record) || !isSucceeded(record.operationStatus)) return NOT_RELATIONSHIP;
  const after = objectOf(readResourceValue(record.resourceNewValue));
  const before = objectOf(readResourceValue(record.resourceOldValue));
  const value = after ?? before;
  let mapped = OPERATION_EVENTS[record.operationType];
  const kind = mapped?.kind ?? RESOURCE_KINDS[record.resourceType]!;
  if (!mapped) {
    const op = record.operationType;
    const status = textField(after, 'status', 'state').toLowerCase().replace(/[^a-z]/g, '');
    let event: RelationshipEventType | undefined;
    if (op === 'add_user_member') event = 'member-added';
    else if (op === 'remove_user_member') event = 'member-removed';
    else if (op === 'extend_relationship' || op.includes('extend')) event = 'extended';
    else if (op.includes('terminat')) event = 'terminated';
    else if (op.includes('expire')) event = 'expired';
    else if (op.includes('clean')) event = 'cleaned-up';
    else if (op.includes('approve')) event = 'approved';
    else if (op.includes('activat')) event = 'activated';
    else if (op.includes('delete') || op.includes('remove')) event = kind === 'access-assignment' ? 'assignment-deleted' : 'terminated';
    else if (status !== '' && STATUS_EVENTS[status]) event = STATUS_EVENTS[status];
    else if (op.startsWith('create')) event = kind === 'access-assignment' ? 'assignment-created' : 'created';
    else if (value) event = kind === 'access-assignment' ? 'assignment-updated' : 'updated';
    if (!event) return { unreadable: true };
    if (kind === 'access-assignment' && (event === 'created' || event === 'activated' || event === 'updated')) {
      event = event === 'created' ? 'assignment-created' : event === 'activated' ? 'assignment-activated' : 'assignment-updated';
    }
    mapped = { kind, event };
  }
  const data = record.customizedData;
  return {
    unreadable: false,
    event: {
      ...recordOrigin(record),
      // Partner Center's relationship records may leave the customer out of the record and name it in the value.
      customerId: record.customerId || textField(value, 'customer.tenantId', 'customerId', 'tenantId'),
      customerName: record.customerName || textField(value, 'customer.displayName', 'customerName'),
      kind: mapped.kind,
      event: mapped.event,
      relationshipId:
        textField(value, 'id', 'relationshipId', 'delegatedAdminRelationshipId', 'accessAssignmentId') ||
        dataValue(data, 'RelationshipId', 'GdapRelationshipId', 'AccessAssignmentId', 'Id'),
      displayName: textField(value, 'displayName', 'name', 'accessContainer.displayName') || dataValue(data, 'RelationshipName', 'DisplayName'),
      endDate: textField(value, 'endDateTime', 'endDate', 'expiryDateTime', 'expirationDate') || dataValue(data, 'EndDateTime', 'EndDate'),
      roles: rolesOf(value),
    },
  };
}

const EVENT_STATE: Partial<Record<RelationshipEventType, RelationshipState>> = {
  created: 'pending',
  approved: 'active',
  activated: 'active',
  extended: 'active',
  'termination-requested': 'termination-requested',
  terminated: 'terminated',
  expired: 'expired',
  'cleaned-up': 'cleaned-up',
  'assignment-created': 'active',
  'assignment-updated': 'active',
  'assignment-activated': 'active',
  'assignment-deleted': 'deleted',
};

export function hasEnded(state: RelationshipState): boolean {
  return state === 'terminated' || state === 'expired' || state === 'cleaned-up' || state === 'deleted';
}

export interface Relationship {
  customerId: string;
  customerName: string;
  kind: RelationshipKind;
  relationshipId: string;
  displayName: string;
  state: RelationshipState;
  /** When it reached that state. */
  since: string;
  /** When it ended (terminated, expired), if it did. */
  endedAt: string;
  /** When it is due to end (from the records' values), if known. */
  endDate: string;
  roles: string[];
  /** Oldest first. */
  events: RelationshipEvent[];
}

/** A customer's access in one line: the best state among its GDAP and DAP relationships. */
export interface CustomerAccess {
  customerId: string;
  customerName: string;
  gdap: RelationshipState | 'none';
  dap: RelationshipState | 'none';
  /** Relationships still active (or expiring). */
  active: number;
  /** When the customer's last access ended, if no GDAP/DAP relationship is active any more. */
  accessEndedAt: string;
  lastEvent: string;
}

export interface RelationshipsResult {
  relationships: Relationship[];
  customers: CustomerAccess[];
  /** Customers with no active GDAP/DAP relationship whose last one ended within the period. */
  accessEnded: CustomerAccess[];
  /** Newest first. */
  events: RelationshipEvent[];
  unreadable: number;
}

export interface RelationshipOptions {
  /** yyyy-MM-dd, inclusive: the period "access ended in this period" looks at; absent = any time. */
  from?: string;
  to?: string;
  /** The moment "expiring" is measured from: default the period's end, else the latest record. */
  now?: string;
}

/** Rank of states when picking a customer's best one. */
const STATE_RANK: Record<RelationshipState, number> = {
  active: 7,
  expiring: 6,
  'termination-requested': 5,
  pending: 4,
  expired: 3,
  terminated: 2,
  'cleaned-up': 1,
  deleted: 0,
};

export class RelationshipAggregator implements InsightAggregator<RelationshipsResult> {
  private readonly events: RelationshipEvent[] = [];
  private unreadable = 0;
  private latest = '';

  constructor(private readonly options: RelationshipOptions = {}) {}

  add(record: ActivityRecord): void {
    if (record.operationDate > this.latest) this.latest = record.operationDate;
    const reading = readRelationshipEvent(record);
    if (reading.unreadable) this.unreadable++;
    if (reading.event) this.events.push(reading.event);
  }

  result(): RelationshipsResult {
    const now = this.options.now ?? (this.options.to ? `${this.options.to}T23:59:59.999Z` : this.latest);
    const nowMs = now === '' ? Number.NaN : Date.parse(now);
    const soon = Number.isNaN(nowMs) ? '' : new Date(nowMs + EXPIRING_DAYS * 86_400_000).toISOString();
    const byKey = new Map<string, RelationshipEvent[]>();
    for (const e of this.events) {
      // Member changes belong to their access assignment; without ids, one relationship per customer and kind.
      const kind = e.event === 'member-added' || e.event === 'member-removed' ? 'access-assignment' : e.kind;
      const key = e.customerId + '|' + kind + '|' + e.relationshipId.toLowerCase();
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(e);
    }
    const relationships: Relationship[] = [];
    for (const list of byKey.values()) {
      list.sort((a, b) => -newestRowFirst(a, b));
      let state: RelationshipState = 'active';
      let since = list[0]!.operationDate;
      let endedAt = '';
      let endDate = '';
      let displayName = '';
      let customerName = '';
      let roles: string[] = [];
      for (const e of list) {
        const next = EVENT_STATE[e.event];
        if (next && next !== state) {
          state = next;
          since = e.operationDate;
        }
        if (next && hasEnded(next)) endedAt ||= e.operationDate;
        if (next && !hasEnded(next)) endedAt = '';
        if (e.endDate) endDate = e.endDate;
        if (e.displayName) displayName = e.displayName;
        if (e.customerName) customerName = e.customerName;
        if (e.roles.length > 0) roles = e.roles;
      }
      const endMs = endDate === '' ? Number.NaN : Date.parse(endDate);
      if (state === 'active' && soon !== '' && !Number.isNaN(endMs)) {
        // No expiry record yet, but the relationship's own end date says where it stands.
        const end = new Date(endMs).toISOString();
        if (end <= now) {
          state = 'expired';
          since = end;
          endedAt = end;
        } else if (end <= soon) state = 'expiring';
      }
      const first = list[0]!;
      relationships.push({
        customerId: first.customerId,
        customerName,
        kind: list.some((e) => e.kind === 'access-assignment') && list.every((e) => e.kind !== 'gdap' && e.kind !== 'dap') ? 'access-assignment' : first.kind,
        relationshipId: first.relationshipId,
        displayName,
        state,
        since,
        endedAt,
        endDate,
        roles,
        events: list,
      });
    }
    relationships.sort((a, b) => (a.since !== b.since ? (a.since < b.since ? 1 : -1) : a.relationshipId < b.relationshipId ? -1 : 1));

    const customers = new Map<string, CustomerAccess>();
    for (const r of relationships) {
      let c = customers.get(r.customerId);
      if (!c) customers.set(r.customerId, (c = { customerId: r.customerId, customerName: r.customerName, gdap: 'none', dap: 'none', active: 0, accessEndedAt: '', lastEvent: '' }));
      if (c.customerName === '') c.customerName = r.customerName;
      const last = r.events[r.events.length - 1]!.operationDate;
      if (last > c.lastEvent) c.lastEvent = last;
      if (r.kind === 'access-assignment') continue;
      const field = r.kind === 'gdap' ? 'gdap' : 'dap';
      const current = c[field];
      if (current === 'none' || STATE_RANK[r.state] > STATE_RANK[current]) c[field] = r.state;
      if (!hasEnded(r.state)) c.active++;
      else if (r.endedAt > c.accessEndedAt) c.accessEndedAt = r.endedAt;
    }
    const list = [...customers.values()];
    for (const c of list) if (c.active > 0) c.accessEndedAt = '';
    const from = this.options.from ? `${this.options.from}T00:00:00.000Z` : '';
    const to = this.options.to ? `${this.options.to}T23:59:59.999Z` : '\uffff';
    const accessEnded = list
      .filter((c) => c.accessEndedAt !== '' && c.accessEndedAt >= from && c.accessEndedAt <= to)
      .sort((a, b) => (a.accessEndedAt < b.accessEndedAt ? 1 : -1));
    list.sort((a, b) => (a.lastEvent < b.lastEvent ? 1 : -1));
    return { relationships, customers: list, accessEnded, events: [...this.events].sort(newestRowFirst), unreadable: this.unreadable };
  }
}
