// What each partner user did: how many actions of which kind, on how many customers, first and last activity,
// and who is new in the period (their first activity in everything read falls inside it) or was created in it.
import type { ActivityRecord } from '../record/activity-record';
import { type InsightAggregator } from './insight-aggregator';
import { dataValue, objectOf, readResourceValue, textField } from './resource-value';

export interface ActionCount {
  operationType: string;
  resourceType: string;
  /** The source's own action sentence when there is no operationType (dashboard CSV). */
  actionText: string;
  count: number;
}

export interface CustomerCount {
  customerId: string;
  customerName: string;
  count: number;
}

export interface PartnerUserActivity {
  user: string;
  /** In the period. */
  actions: number;
  succeeded: number;
  /** Failed or declined. */
  failed: number;
  firstActivity: string;
  lastActivity: string;
  /** First activity in everything read (may be before the period). */
  firstEver: string;
  newInPeriod: boolean;
  activeDays: number;
  customersTouched: number;
  topCustomers: CustomerCount[];
  /** Most frequent first. */
  actionCounts: ActionCount[];
}

export interface CreatedPartnerUser {
  operationDate: string;
  /** The new user as the record names them; '' when it does not. */
  user: string;
  createdBy: string;
  recordKey: string;
}

export interface PartnerUsersResult {
  /** Most active first. */
  users: PartnerUserActivity[];
  /** Users whose first activity falls in the period. */
  newUsers: string[];
  /** create_partner_user records in the period. */
  created: CreatedPartnerUser[];
  /** Records in the period. */
  records: number;
}

export interface PeriodOptions {
  /** yyyy-MM-dd inclusive; absent = open-ended. Records outside only tell when a user was first seen. */
  from?: string;
  to?: string;
}

interface UserState {
  user: string;
  actions: number;
  succeeded: number;
  failed: number;
  first: string;
  last: string;
  firstEver: string;
  days: Set<string>;
  customers: Map<string, CustomerCount>;
  actionCounts: Map<string, ActionCount>;
}

const TOP_CUSTOMERS = 5;

export class PartnerUserAggregator implements InsightAggregator<PartnerUsersResult> {
  private readonly users = new Map<string, UserState>();
  private readonly created: CreatedPartnerUser[] = [];
  private records = 0;
  private readonly from: string;
  private readonly to: string;

  constructor(options: PeriodOptions = {}) {
    this.from = options.from ?? '';
    this.to = options.to ?? '\uffff';
  }

  add(record: ActivityRecord): void {
    const name = record.userPrincipalName;
    const day = record.operationDate.slice(0, 10);
    const inPeriod = day >= this.from && day <= this.to;
    let user = this.users.get(name);
    if (!user) {
      user = { user: name, actions: 0, succeeded: 0, failed: 0, first: '', last: '', firstEver: record.operationDate, days: new Set(), customers: new Map(), actionCounts: new Map() };
      this.users.set(name, user);
    }
    if (record.operationDate < user.firstEver) user.firstEver = record.operationDate;
    if (!inPeriod) return;
    this.records++;
    user.actions++;
    if (record.operationStatus === 'succeeded' || record.operationStatus === '') user.succeeded++;
    else if (record.operationStatus === 'failed' || record.operationStatus === 'decline') user.failed++;
    if (user.first === '' || record.operationDate < user.first) user.first = record.operationDate;
    if (record.operationDate > user.last) user.last = record.operationDate;
    user.days.add(day);
    if (record.customerId !== '' || record.customerName !== '') {
      const key = record.customerId || record.customerName;
      let c = user.customers.get(key);
      if (!c) user.customers.set(key, (c = { customerId: record.customerId, customerName: record.customerName, count: 0 }));
      c.count++;
    }
    const actionKey = record.operationType + '|' + record.resourceType + '|' + (record.operationType === '' ? record.actionText : '');
    let a = user.actionCounts.get(actionKey);
    if (!a) user.actionCounts.set(actionKey, (a = { operationType: record.operationType, resourceType: record.resourceType, actionText: record.operationType === '' ? record.actionText : '', count: 0 }));
    a.count++;
    if (record.operationType === 'create_partner_user' && (record.operationStatus === 'succeeded' || record.operationStatus === '')) {
      const value = objectOf(readResourceValue(record.resourceNewValue));
      this.created.push({
        operationDate: record.operationDate,
        user: textField(value, 'userPrincipalName', 'email', 'displayName') || dataValue(record.customizedData, 'UserPrincipalName', 'Email', 'DisplayName'),
        createdBy: name,
        recordKey: record.key,
      });
    }
  }

  result(): PartnerUsersResult {
    const users: PartnerUserActivity[] = [];
    for (const u of this.users.values()) {
      if (u.actions === 0) continue;
      users.push({
        user: u.user,
        actions: u.actions,
        succeeded: u.succeeded,
        failed: u.failed,
        firstActivity: u.first,
        lastActivity: u.last,
        firstEver: u.firstEver,
        newInPeriod: u.firstEver.slice(0, 10) >= this.from && this.from !== '',
        activeDays: u.days.size,
        customersTouched: u.customers.size,
        topCustomers: [...u.customers.values()].sort((a, b) => b.count - a.count || (a.customerName < b.customerName ? -1 : 1)).slice(0, TOP_CUSTOMERS),
        actionCounts: [...u.actionCounts.values()].sort((a, b) => b.count - a.count || (a.operationType < b.operationType ? -1 : 1)),
      });
    }
    users.sort((a, b) => b.actions - a.actions || (a.user < b.user ? -1 : 1));
    return {
      users,
      newUsers: users.filter((u) => u.newInPeriod).map((u) => u.user),
      created: [...this.created].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1)),
      records: this.records,
    };
  }
}
