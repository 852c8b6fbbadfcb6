// What the log table can show: the dashboard's four columns (always, sortable) and the ones a user may add, with
// what each cell says. Shared by the table, its sorting and its column chooser, so a column is defined once.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { logText, type LogText } from '../../core/words/log-text';
import { actionText, humanise } from '../../core/words/action-text';
import { statusText } from '../../core/words/status-text';

export type SortColumn = 'dateTime' | 'customer' | 'action' | 'user';
export type OptionalColumn = 'customerId' | 'status' | 'resourceType' | 'application' | 'recordId';
export type SortDirection = 'ascending' | 'descending';

export interface LogSort {
  column: SortColumn;
  direction: SortDirection;
}

/** Partner Center's own order, and every export's. */
export const NEWEST_FIRST: LogSort = { column: 'dateTime', direction: 'descending' };

export const SORT_COLUMNS: readonly SortColumn[] = ['dateTime', 'customer', 'action', 'user'];
export const OPTIONAL_COLUMNS: readonly OptionalColumn[] = ['customerId', 'status', 'resourceType', 'application', 'recordId'];

export function columnName(column: SortColumn | OptionalColumn, lang: Lang): string {
  const text: LogText = logText(lang);
  switch (column) {
    case 'dateTime': return text.dateTime;
    case 'customer': return text.affectedCustomer;
    case 'action': return text.action;
    case 'user': return text.partnerUser;
    case 'customerId': return text.customerId;
    case 'status': return text.status;
    case 'resourceType': return text.resourceType;
    case 'application': return text.application;
    case 'recordId': return text.recordId;
  }
}

/** The Affected customer cell: name, else id, else the partner's own account. */
export function customerText(r: ActivityRecord, lang: Lang): string {
  return r.customerName || r.customerId || logText(lang).noCustomer;
}

/** What a cell says (Date-Time aside: it is a <time>, see DateTime). */
export function cellText(r: ActivityRecord, column: SortColumn | OptionalColumn, lang: Lang): string {
  switch (column) {
    case 'dateTime': return r.operationDate;
    case 'customer': return customerText(r, lang);
    case 'action': return actionText(r, lang);
    case 'user': return r.userPrincipalName;
    case 'customerId': return r.customerId;
    case 'status': return r.operationStatus === '' ? '' : statusText(r.operationStatus, lang);
    case 'resourceType': return humanise(r.resourceType);
    case 'application': return r.applicationId;
    case 'recordId': return r.id;
  }
}

/** Clicking a header: the same column flips; a new one starts where people expect (newest, or A → Z). */
export function nextSort(current: LogSort, column: SortColumn): LogSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'dateTime' ? 'descending' : 'ascending' };
}
