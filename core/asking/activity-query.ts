// What the user asked to see, as one plain serialisable object: the side panel filters arrays with it, the PWA
// filters IndexedDB with it, the URL carries it, and the API client sends the one condition Partner Center accepts.
import type { ActivityRecord } from '../record/activity-record';
import type { Lang } from '../words/locale';
import { actionText } from '../words/action-text';
import { foldLetters, foldText, NON_ASCII } from './fold-text';
import { logText } from '../words/log-text';
import { statusText } from '../words/status-text';
import { utcDay } from '../reading/utc-date';

export interface ActivityQuery {
  /** yyyy-MM-dd, inclusive, UTC day. */
  from?: string;
  /** yyyy-MM-dd, inclusive, UTC day. */
  to?: string;
  /** Part of the customer's name (case and accents ignored), or an exact customer id. */
  customer?: string;
  /** Exact customer id. */
  customerId?: string;
  operationTypes?: string[];
  resourceTypes?: string[];
  statuses?: string[];
  /** Part of the partner user (case and accents ignored). */
  partnerUser?: string;
  /** Words to find anywhere: names, ids, user, the action in en and it, types, status, details, old/new values. */
  text?: string;
}

export interface Period {
  from: string;
  to: string;
}

/** The dashboard's default: the most recent month, today included (UTC); 31 March goes back to 28/29 February. */
export function defaultPeriod(now: Date): Period {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  const lastDayOfPreviousMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const from = new Date(Date.UTC(y, m - 1, Math.min(d, lastDayOfPreviousMonth)));
  return { from: utcDay(from.toISOString()), to: utcDay(now.toISOString()) };
}

export function todayPeriod(now: Date): Period {
  const today = utcDay(now.toISOString());
  return { from: today, to: today };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function looksLikeGuid(s: string): boolean {
  return s.length === 36 && GUID.test(s);
}

function nonEmpty(list: readonly string[] | undefined): list is string[] {
  return list !== undefined && list.length > 0;
}

export function isEmptyQuery(q: ActivityQuery): boolean {
  return (
    !q.from &&
    !q.to &&
    !q.customer?.trim() &&
    !q.customerId?.trim() &&
    !nonEmpty(q.operationTypes) &&
    !nonEmpty(q.resourceTypes) &&
    !nonEmpty(q.statuses) &&
    !q.partnerUser?.trim() &&
    !q.text?.trim()
  );
}

/**
 * Everything free-text search looks at, field by field. Nothing is cached or concatenated: a cache would hold a
 * second copy of every record's values, and the PWA reads fresh record objects from IndexedDB anyway. Exported
 * so the PWA's block summaries index exactly the fields a search reads (a word is always found in one field).
 */
export function textSearchFields(r: ActivityRecord): string[] {
  const fields = [
    r.customerName, r.customerId, r.id, r.partnerId, r.userPrincipalName, r.applicationId, r.resourceType,
    r.operationType, r.actionText, actionText(r, 'en'), actionText(r, 'it'), r.originalCorrelationId,
    r.resourceOldValue, r.resourceNewValue,
  ];
  if (r.operationStatus !== '') {
    fields.push(r.operationStatus, statusText(r.operationStatus, 'en'), statusText(r.operationStatus, 'it'));
  }
  for (const list of [r.customizedData, r.extra]) {
    for (let i = 0; i < list.length; i++) fields.push(list[i]!.key, list[i]!.value);
  }
  return fields;
}


interface Word {
  folded: string;
  /** Case-insensitive search in the raw field: no lower-cased copy of every value. */
  pattern: RegExp;
}

function searchWord(folded: string): Word {
  return { folded, pattern: new RegExp(folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') };
}

/**
 * True when every folded word is in some field. A word found case-insensitively in the raw field is also in the
 * folded field (folding only drops marks and rewrites letters a folded word cannot hold), so Unicode folding runs
 * only on non-ASCII fields, and only once the plain search has missed.
 */
function hasAllWords(r: ActivityRecord, words: readonly Word[]): boolean {
  const fields = textSearchFields(r);
  let folded: (string | undefined)[] | undefined;
  for (const word of words) {
    let found = false;
    for (let i = 0; i < fields.length && !found; i++) found = word.pattern.test(fields[i]!);
    for (let i = 0; i < fields.length && !found; i++) {
      const field = fields[i]!;
      if (!NON_ASCII.test(field)) continue;
      folded ??= [];
      const f = (folded[i] ??= foldLetters(field));
      found = f.includes(word.folded);
    }
    if (!found) return false;
  }
  return true;
}

/** The query as one predicate, with every needle folded once. */
export function compileQuery(q: ActivityQuery): (r: ActivityRecord) => boolean {
  const checks: ((r: ActivityRecord) => boolean)[] = [];
  const from = q.from?.trim();
  const to = q.to?.trim();
  if (from) checks.push((r) => r.operationDate.slice(0, 10) >= from);
  if (to) checks.push((r) => r.operationDate !== '' && r.operationDate.slice(0, 10) <= to);
  const customerId = q.customerId?.trim().toLowerCase();
  if (customerId) checks.push((r) => r.customerId.toLowerCase() === customerId);
  const customer = q.customer?.trim();
  if (customer) {
    const needle = foldText(customer);
    const asId = customer.toLowerCase();
    checks.push((r) => foldText(r.customerName).includes(needle) || r.customerId.toLowerCase() === asId);
  }
  if (nonEmpty(q.operationTypes)) {
    const set = new Set(q.operationTypes);
    checks.push((r) => set.has(r.operationType));
  }
  if (nonEmpty(q.resourceTypes)) {
    const set = new Set(q.resourceTypes);
    checks.push((r) => set.has(r.resourceType));
  }
  if (nonEmpty(q.statuses)) {
    const set = new Set(q.statuses);
    checks.push((r) => set.has(r.operationStatus));
  }
  const partnerUser = q.partnerUser?.trim();
  if (partnerUser) {
    const needle = foldText(partnerUser);
    checks.push((r) => foldText(r.userPrincipalName).includes(needle));
  }
  const text = q.text ? foldText(q.text) : '';
  if (text) {
    const words = text.split(' ').map(searchWord);
    checks.push((r) => hasAllWords(r, words));
  }
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (r) => {
    for (const check of checks) if (!check(r)) return false;
    return true;
  };
}

export function matchesQuery(r: ActivityRecord, q: ActivityQuery): boolean {
  return compileQuery(q)(r);
}

/** Newest first; the key breaks ties so the order never depends on where records came from. */
export function newestFirst(a: ActivityRecord, b: ActivityRecord): number {
  if (a.operationDate !== b.operationDate) return a.operationDate < b.operationDate ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function queryRecords(records: Iterable<ActivityRecord>, q: ActivityQuery): ActivityRecord[] {
  const matches = compileQuery(q);
  const out: ActivityRecord[] = [];
  for (const r of records) if (matches(r)) out.push(r);
  return out.sort(newestFirst);
}

/** URL parameter names: short, stable, shared by the PWA's address bar and saved views. */
const PARAM = {
  from: 'from',
  to: 'to',
  customer: 'customer',
  customerId: 'customerId',
  operationTypes: 'op',
  resourceTypes: 'resource',
  statuses: 'status',
  partnerUser: 'user',
  text: 'q',
} as const;

const SCALARS = ['from', 'to', 'customer', 'customerId', 'partnerUser', 'text'] as const;
const LISTS = ['operationTypes', 'resourceTypes', 'statuses'] as const;

/** Empty strings and empty lists are left out; a list is one parameter per value, in order. */
export function queryToSearchParams(q: ActivityQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const field of SCALARS) {
    const v = q[field];
    if (v !== undefined && v !== '') p.set(PARAM[field], v);
  }
  for (const field of LISTS) {
    for (const v of q[field] ?? []) p.append(PARAM[field], v);
  }
  return p;
}

/** The inverse of queryToSearchParams; with `now`, a missing from/to becomes the default period's. */
export function queryFromSearchParams(p: URLSearchParams, now?: Date): ActivityQuery {
  const q: ActivityQuery = {};
  for (const field of SCALARS) {
    const v = p.get(PARAM[field]);
    if (v !== null && v !== '') q[field] = v;
  }
  for (const field of LISTS) {
    const values = p.getAll(PARAM[field]);
    if (values.length > 0) q[field] = values;
  }
  if (now && (!q.from || !q.to)) {
    const period = defaultPeriod(now);
    q.from ??= period.from;
    q.to ??= period.to;
  }
  return q;
}

/** A short line saying what is filtered, e.g. "Customer: Contoso · Failed operations". Dates are shown elsewhere. */
export function describeQuery(q: ActivityQuery, lang: Lang): string {
  const text = logText(lang);
  const parts: string[] = [];
  if (q.customer?.trim()) parts.push(`${text.customer}: ${q.customer.trim()}`);
  if (q.customerId?.trim()) parts.push(`${text.customerId}: ${q.customerId.trim()}`);
  if (nonEmpty(q.statuses)) {
    if (q.statuses.length === 1 && q.statuses[0] === 'failed') parts.push(text.failedOperations);
    else parts.push(`${text.status}: ${q.statuses.map((s) => statusText(s, lang)).join(', ')}`);
  }
  if (nonEmpty(q.resourceTypes)) {
    if (q.resourceTypes.length === 1 && q.resourceTypes[0] === 'order') parts.push(text.orders);
    else parts.push(`${text.resourceType}: ${q.resourceTypes.join(', ')}`);
  }
  if (nonEmpty(q.operationTypes)) {
    const actions = q.operationTypes.map((op) => actionText({ operationType: op, resourceType: '', actionText: '' }, lang));
    parts.push(`${text.action}: ${actions.join(', ')}`);
  }
  if (q.partnerUser?.trim()) parts.push(`${text.partnerUser}: ${q.partnerUser.trim()}`);
  if (q.text?.trim()) parts.push(`${text.search}: “${q.text.trim()}”`);
  return parts.join(' · ');
}

export interface ServerFilter {
  Field: 'CompanyName' | 'CustomerId' | 'ResourceType';
  Value: string;
  Operator: 'substring' | 'equals';
}

/**
 * The one condition Partner Center's filter parameter can carry (SPEC §2): an exact customer id, else part of the
 * company name, else a single resource type. Everything else is filtered locally with compileQuery.
 */
export function serverFilterFor(q: ActivityQuery): ServerFilter | undefined {
  const customerId = q.customerId?.trim();
  if (customerId) return { Field: 'CustomerId', Value: customerId.toLowerCase(), Operator: 'equals' };
  const customer = q.customer?.trim();
  if (customer) {
    if (looksLikeGuid(customer)) return { Field: 'CustomerId', Value: customer.toLowerCase(), Operator: 'equals' };
    return { Field: 'CompanyName', Value: customer, Operator: 'substring' };
  }
  if (q.resourceTypes?.length === 1) return { Field: 'ResourceType', Value: q.resourceTypes[0]!, Operator: 'equals' };
  return undefined;
}
