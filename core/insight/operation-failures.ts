// Failed and declined operations, grouped by what was tried, for whom and by whom, with the days they cluster on:
// the first place to look when a customer says "the order never went through".
import type { ActivityRecord } from '../record/activity-record';
import { newestRowFirst, type InsightAggregator } from './insight-aggregator';
import { recordOrigin, type RecordOrigin } from './record-origin';

export interface FailureRow extends RecordOrigin {
  resourceType: string;
  actionText: string;
  /** failed or decline. */
  status: string;
  applicationId: string;
}

export interface FailureGroup {
  failed: number;
  declined: number;
}

export interface FailuresResult {
  /** Newest first. */
  rows: FailureRow[];
  failed: number;
  declined: number;
  byAction: (FailureGroup & { operationType: string; resourceType: string; actionText: string })[];
  byCustomer: (FailureGroup & { customerId: string; customerName: string })[];
  byUser: (FailureGroup & { user: string })[];
  /** yyyy-MM-dd → count, in date order: where failures cluster. */
  byDay: [string, number][];
}

export function isFailure(status: string): boolean {
  return status === 'failed' || status === 'decline';
}

function bump<T extends FailureGroup>(map: Map<string, T>, key: string, make: () => T, declined: boolean): void {
  let g = map.get(key);
  if (!g) map.set(key, (g = make()));
  if (declined) g.declined++;
  else g.failed++;
}

function byTotal<T extends FailureGroup>(map: Map<string, T>): T[] {
  return [...map.values()].sort((a, b) => b.failed + b.declined - (a.failed + a.declined));
}

export class FailureAggregator implements InsightAggregator<FailuresResult> {
  private readonly rows: FailureRow[] = [];

  add(record: ActivityRecord): void {
    if (!isFailure(record.operationStatus)) return;
    this.rows.push({
      ...recordOrigin(record),
      resourceType: record.resourceType,
      actionText: record.operationType === '' ? record.actionText : '',
      status: record.operationStatus,
      applicationId: record.applicationId,
    });
  }

  result(): FailuresResult {
    const rows = [...this.rows].sort(newestRowFirst);
    const actions = new Map<string, FailuresResult['byAction'][number]>();
    const customers = new Map<string, FailuresResult['byCustomer'][number]>();
    const users = new Map<string, FailuresResult['byUser'][number]>();
    const days = new Map<string, number>();
    let declined = 0;
    for (const r of rows) {
      const d = r.status === 'decline';
      if (d) declined++;
      bump(actions, r.operationType + '|' + r.resourceType + '|' + r.actionText, () => ({ operationType: r.operationType, resourceType: r.resourceType, actionText: r.actionText, failed: 0, declined: 0 }), d);
      bump(customers, r.customerId || r.customerName, () => ({ customerId: r.customerId, customerName: r.customerName, failed: 0, declined: 0 }), d);
      bump(users, r.partnerUser, () => ({ user: r.partnerUser, failed: 0, declined: 0 }), d);
      const day = r.operationDate.slice(0, 10);
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    return {
      rows,
      failed: rows.length - declined,
      declined,
      byAction: byTotal(actions),
      byCustomer: byTotal(customers),
      byUser: byTotal(users),
      byDay: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    };
  }
}
