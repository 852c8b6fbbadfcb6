// How many seats changed, for whom and by whom: the quantity of each subscription old → new, from subscription
// updates, upgrades and trial conversions (old/new subscription JSON) and from orders (a new line adds its quantity).
// Totals per subscription, customer and product come from the same changes, so they always add up.
import type { ActivityRecord } from '../record/activity-record';
import { isSucceeded, newestRowFirst, type InsightAggregator } from './insight-aggregator';
import { isOrderRecord, readOrderLines } from './order-lines';
import { recordOrigin, type RecordOrigin } from './record-origin';
import { dataValue, numberField, numberFrom, objectOf, readResourceValue, textField } from './resource-value';

export interface SeatChange extends RecordOrigin {
  /** The subscription whose quantity changed; for an order line without one yet, `order:<order id>#<line>`. */
  subscriptionId: string;
  product: string;
  offerId: string;
  oldQuantity: number;
  newQuantity: number;
  /** newQuantity − oldQuantity. */
  change: number;
  source: 'subscription' | 'order';
}

/** What one record says: its seat changes, what it shows of a subscription, or that we could not read it. */
export interface SeatReading {
  changes: SeatChange[];
  /** A subscription record read without a quantity change (status, auto-renew, name…). */
  observed?: SubscriptionObservation;
  unreadable: boolean;
}

export interface SubscriptionObservation {
  operationDate: string;
  customerId: string;
  customerName: string;
  subscriptionId: string;
  product: string;
  offerId: string;
  status: string;
  quantity?: number;
}

const SUBSCRIPTION_OPERATIONS = new Set(['update_subscription', 'upgrade_subscription', 'convert_trial_subscription']);

export function isSubscriptionRecord(record: ActivityRecord): boolean {
  return SUBSCRIPTION_OPERATIONS.has(record.operationType) || (record.resourceType === 'subscription' && record.operationType !== 'create_order');
}

const NOTHING: SeatReading = { changes: [], unreadable: false };
const UNREADABLE: SeatReading = { changes: [], unreadable: true };

const PRODUCT_KEYS = ['offerName', 'productName', 'friendlyName', 'skuName', 'name'];

function subscriptionReading(record: ActivityRecord): SeatReading {
  const before = objectOf(readResourceValue(record.resourceOldValue));
  const after = objectOf(readResourceValue(record.resourceNewValue));
  const data = record.customizedData;
  const subscriptionId = textField(after, 'id', 'subscriptionId') || textField(before, 'id', 'subscriptionId') || dataValue(data, 'SubscriptionId');
  const newQuantity = numberField(after, 'quantity') ?? numberFrom(dataValue(data, 'Quantity', 'NewQuantity'));
  const oldQuantity = numberField(before, 'quantity') ?? numberFrom(dataValue(data, 'OldQuantity', 'PreviousQuantity'));
  // Neither side says which subscription or how many seats: a shape we do not know.
  if (subscriptionId === '' && newQuantity === undefined && oldQuantity === undefined) return UNREADABLE;
  const product =
    textField(after, ...PRODUCT_KEYS) || textField(before, ...PRODUCT_KEYS) || dataValue(data, 'OfferName', 'ProductName', 'SubscriptionName', 'FriendlyName');
  const offerId = textField(after, 'offerId') || textField(before, 'offerId') || dataValue(data, 'OfferId');
  const base = { operationDate: record.operationDate, customerId: record.customerId, customerName: record.customerName };
  // A new quantity with no old one to compare (old value empty, "n/a", another shape): the change is unknowable.
  if (newQuantity !== undefined && oldQuantity === undefined) return UNREADABLE;
  const observed: SubscriptionObservation = {
    operationDate: base.operationDate,
    customerId: base.customerId,
    customerName: base.customerName,
    subscriptionId,
    product,
    offerId,
    status: textField(after, 'status') || textField(before, 'status'),
  };
  const quantityNow = newQuantity ?? oldQuantity;
  if (quantityNow !== undefined) observed.quantity = quantityNow;
  if (newQuantity === undefined || oldQuantity === undefined || newQuantity === oldQuantity) return { changes: [], observed, unreadable: false };
  return {
    changes: [
      {
        ...recordOrigin(record),
        subscriptionId,
        product,
        offerId,
        oldQuantity,
        newQuantity,
        change: newQuantity - oldQuantity,
        source: 'subscription',
      },
    ],
    observed,
    unreadable: false,
  };
}

function orderReading(record: ActivityRecord): SeatReading {
  const reading = readOrderLines(record);
  if (reading.unreadable) return UNREADABLE;
  const changes: SeatChange[] = [];
  const before = record.operationType === 'update_order' ? objectOf(readResourceValue(record.resourceOldValue)) : undefined;
  const beforeLines = before ? readOrderLines({ ...record, resourceNewValue: record.resourceOldValue, customizedData: [] }).lines : [];
  for (const line of reading.lines) {
    if (line.quantity === undefined) continue;
    let oldQuantity = 0;
    if (record.operationType === 'update_order') {
      // An order update changes seats only by what differs from the old order; without the old order, nothing is known.
      const old = beforeLines.find((l) => l.lineNumber === line.lineNumber && (l.offerId === line.offerId || !l.offerId || !line.offerId));
      if (!old || old.quantity === undefined) continue;
      oldQuantity = old.quantity;
    }
    if (line.quantity === oldQuantity) continue;
    changes.push({
      ...recordOrigin(record),
      subscriptionId: line.subscriptionId || `order:${line.orderId || record.key}#${line.lineNumber}`,
      product: line.product,
      offerId: line.offerId,
      oldQuantity,
      newQuantity: line.quantity,
      change: line.quantity - oldQuantity,
      source: 'order',
    });
  }
  return { changes, unreadable: false };
}

/** The seat changes one record carries; failed, declined and in-progress operations changed nothing. */
export function readSeatChanges(record: ActivityRecord): SeatReading {
  if (!isSucceeded(record.operationStatus)) return NOTHING;
  if (isOrderRecord(record)) return orderReading(record);
  if (isSubscriptionRecord(record)) return subscriptionReading(record);
  return NOTHING;
}

export interface SubscriptionSeats {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  product: string;
  offerId: string;
  /** Quantity before the earliest change in the records (0 for a subscription bought in them). */
  firstQuantity: number;
  /** Quantity after the latest change. */
  lastQuantity: number;
  /** Sum of the increases and of the decreases (as a positive number). */
  added: number;
  removed: number;
  /** lastQuantity − firstQuantity. */
  net: number;
  /**
   * False when the changes do not chain (a change's old quantity is not the previous change's new one): some
   * record is missing from the archive, and added − removed differs from net.
   */
  consistent: boolean;
  /** Oldest first. */
  changes: SeatChange[];
  /** The latest status and quantity any record showed (also for subscriptions whose quantity never changed). */
  status: string;
  quantityNow?: number;
  lastSeen: string;
}

export interface SeatTotals {
  added: number;
  removed: number;
  net: number;
  changes: number;
}

export interface CustomerSeats extends SeatTotals {
  customerId: string;
  customerName: string;
  subscriptions: number;
}

export interface ProductSeats extends SeatTotals {
  product: string;
  offerId: string;
}

export interface SeatChangesResult {
  /** Newest first. */
  changes: SeatChange[];
  /** Every subscription seen, the most recently changed first. */
  subscriptions: SubscriptionSeats[];
  customers: CustomerSeats[];
  products: ProductSeats[];
  totals: SeatTotals;
  /** Subscription and order records whose quantities could not be read. */
  unreadable: number;
}

function subscriptionKey(customerId: string, subscriptionId: string): string {
  return customerId + '|' + subscriptionId.toLowerCase();
}

function oldestFirst(a: SeatChange, b: SeatChange): number {
  return -newestRowFirst(a, b);
}

/** Collects seat changes over a stream of records and totals them per subscription, customer and product. */
export class SeatChangeAggregator implements InsightAggregator<SeatChangesResult> {
  private readonly changes: SeatChange[] = [];
  private readonly observed = new Map<string, SubscriptionObservation>();
  private unreadable = 0;

  add(record: ActivityRecord): void {
    const reading = readSeatChanges(record);
    if (reading.unreadable) this.unreadable++;
    for (const change of reading.changes) this.changes.push(change);
    const seen = reading.observed;
    if (seen && seen.subscriptionId !== '') {
      const key = subscriptionKey(seen.customerId, seen.subscriptionId);
      const known = this.observed.get(key);
      if (!known || known.operationDate <= seen.operationDate) this.observed.set(key, seen);
    }
  }

  result(): SeatChangesResult {
    const bySubscription = new Map<string, SeatChange[]>();
    for (const c of this.changes) {
      const key = subscriptionKey(c.customerId, c.subscriptionId);
      let list = bySubscription.get(key);
      if (!list) bySubscription.set(key, (list = []));
      list.push(c);
    }
    const subscriptions: SubscriptionSeats[] = [];
    for (const [key, list] of bySubscription) {
      list.sort(oldestFirst);
      const first = list[0]!;
      const last = list[list.length - 1]!;
      let added = 0;
      let removed = 0;
      let consistent = true;
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (c.change > 0) added += c.change;
        else removed -= c.change;
        if (i > 0 && list[i - 1]!.newQuantity !== c.oldQuantity) consistent = false;
      }
      const named = [...list].reverse().find((c) => c.product !== '') ?? last;
      const seen = this.observed.get(key);
      const seenLater = seen && seen.operationDate > last.operationDate;
      const subscription: SubscriptionSeats = {
        customerId: first.customerId,
        customerName: [...list].reverse().find((c) => c.customerName !== '')?.customerName ?? '',
        subscriptionId: first.subscriptionId,
        product: named.product,
        offerId: named.offerId || (list.find((c) => c.offerId !== '')?.offerId ?? ''),
        firstQuantity: first.oldQuantity,
        lastQuantity: last.newQuantity,
        added,
        removed,
        net: last.newQuantity - first.oldQuantity,
        consistent,
        changes: list,
        status: seen?.status ?? '',
        lastSeen: seenLater ? seen.operationDate : last.operationDate,
      };
      const now = seenLater ? seen.quantity : last.newQuantity;
      if (now !== undefined) subscription.quantityNow = now;
      subscriptions.push(subscription);
    }
    for (const [key, seen] of this.observed) {
      if (bySubscription.has(key)) continue;
      const subscription: SubscriptionSeats = {
        customerId: seen.customerId,
        customerName: seen.customerName,
        subscriptionId: seen.subscriptionId,
        product: seen.product,
        offerId: seen.offerId,
        firstQuantity: seen.quantity ?? 0,
        lastQuantity: seen.quantity ?? 0,
        added: 0,
        removed: 0,
        net: 0,
        consistent: true,
        changes: [],
        status: seen.status,
        lastSeen: seen.operationDate,
      };
      if (seen.quantity !== undefined) subscription.quantityNow = seen.quantity;
      subscriptions.push(subscription);
    }
    subscriptions.sort((a, b) => (a.lastSeen !== b.lastSeen ? (a.lastSeen < b.lastSeen ? 1 : -1) : a.subscriptionId < b.subscriptionId ? -1 : 1));

    const customers = new Map<string, CustomerSeats>();
    const products = new Map<string, ProductSeats>();
    const totals: SeatTotals = { added: 0, removed: 0, net: 0, changes: 0 };
    for (const s of subscriptions) {
      if (s.changes.length === 0) continue;
      let c = customers.get(s.customerId);
      if (!c) customers.set(s.customerId, (c = { customerId: s.customerId, customerName: s.customerName, subscriptions: 0, added: 0, removed: 0, net: 0, changes: 0 }));
      if (c.customerName === '') c.customerName = s.customerName;
      c.subscriptions++;
      addTotals(c, s);
      const productKey = s.offerId !== '' ? 'o:' + s.offerId.toLowerCase() : 'n:' + s.product;
      let p = products.get(productKey);
      if (!p) products.set(productKey, (p = { product: s.product, offerId: s.offerId, added: 0, removed: 0, net: 0, changes: 0 }));
      if (p.product === '' || p.product === p.offerId) p.product = s.product;
      addTotals(p, s);
      addTotals(totals, s);
    }
    const byNet = <T extends SeatTotals>(list: T[]) => list.sort((a, b) => Math.abs(b.net) - Math.abs(a.net) || b.changes - a.changes);
    return {
      changes: [...this.changes].sort(newestRowFirst),
      subscriptions,
      customers: byNet([...customers.values()]),
      products: byNet([...products.values()]),
      totals,
      unreadable: this.unreadable,
    };
  }
}

function addTotals(into: SeatTotals, s: SubscriptionSeats): void {
  into.added += s.added;
  into.removed += s.removed;
  into.net += s.net;
  into.changes += s.changes.length;
}
