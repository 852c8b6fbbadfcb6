// Every line of every order as one row of facts: what was bought, how many, at what price, with which promotion.
// Microsoft's docs tell partners to check promotions by reading PromotionId and EffectiveUnitPrice out of an
// order's details by hand (SPEC §7); this reads them from the order JSON and from customizedData (`Quantity-0`…).
import type { ActivityRecord } from '../record/activity-record';
import { isSucceeded, newestRowFirst, type InsightAggregator } from './insight-aggregator';
import { recordOrigin, type RecordOrigin } from './record-origin';
import {
  dataValue,
  fieldOf,
  indexedDataKey,
  isJsonObject,
  numberField,
  numberFrom,
  objectOf,
  readResourceValue,
  textField,
  type JsonObject,
  type JsonValue,
} from './resource-value';

export interface OrderLine extends RecordOrigin {
  /** The audit record's status (succeeded, failed…): whether the order went through. */
  status: string;
  /** The order's own status when its JSON says (completed, pending…); '' otherwise. */
  orderStatus: string;
  orderId: string;
  /** 0-based position of the line in the order. */
  lineNumber: number;
  product: string;
  offerId: string;
  quantity?: number;
  /** EffectiveUnitPrice when the record has it, else the line's unit price. */
  unitPrice?: number;
  listPrice?: number;
  currency: string;
  promotionId: string;
  subscriptionId: string;
  billingCycle: string;
  termDuration: string;
}

/** What one record says about orders: the lines, or that it is an order we could not read. */
export interface OrderReading {
  lines: OrderLine[];
  unreadable: boolean;
}

const NOT_AN_ORDER: OrderReading = { lines: [], unreadable: false };

export function isOrderRecord(record: ActivityRecord): boolean {
  return (
    record.operationType === 'create_order' ||
    record.operationType === 'update_order' ||
    (record.operationType === '' && record.resourceType === 'order') ||
    (record.resourceType === 'order' && record.operationType.includes('order'))
  );
}

const NAME_KEYS = ['friendlyName', 'productName', 'offerName', 'skuName', 'subscriptionName', 'name'];
const PRICE_KEYS = ['effectiveUnitPrice', 'pricing.effectiveUnitPrice', 'unitPrice', 'pricing.unitPrice', 'price'];
const LIST_PRICE_KEYS = ['listPrice', 'pricing.listPrice'];
const PROMOTION_KEYS = ['promotionId', 'pricing.promotionId', 'promotion.id'];

function lineItemsOf(order: JsonObject | undefined): JsonValue[] | undefined {
  const items = fieldOf(order, 'lineItems', 'orderLineItems', 'items');
  return Array.isArray(items) ? items : undefined;
}

interface LineParts {
  product?: string;
  offerId?: string;
  quantity?: number;
  unitPrice?: number;
  listPrice?: number;
  currency?: string;
  promotionId?: string;
  subscriptionId?: string;
  billingCycle?: string;
  termDuration?: string;
}

function partsFromItem(item: JsonObject, order: JsonObject | undefined): LineParts {
  const parts: LineParts = {};
  const product = textField(item, ...NAME_KEYS);
  if (product) parts.product = product;
  const offerId = textField(item, 'offerId', 'catalogItemId', 'productId');
  if (offerId) parts.offerId = offerId;
  const quantity = numberField(item, 'quantity');
  if (quantity !== undefined) parts.quantity = quantity;
  const price = numberField(item, ...PRICE_KEYS);
  if (price !== undefined) parts.unitPrice = price;
  // Beside an EffectiveUnitPrice, the plain unitPrice is the price before any promotion.
  const list = numberField(item, ...LIST_PRICE_KEYS) ?? (numberField(item, 'effectiveUnitPrice', 'pricing.effectiveUnitPrice') !== undefined ? numberField(item, 'unitPrice', 'pricing.unitPrice') : undefined);
  if (list !== undefined) parts.listPrice = list;
  const currency = textField(item, 'currencyCode', 'currency', 'pricing.currencyCode') || textField(order, 'currencyCode', 'currency');
  if (currency) parts.currency = currency;
  const promotion = textField(item, ...PROMOTION_KEYS);
  if (promotion) parts.promotionId = promotion;
  const subscription = textField(item, 'subscriptionId');
  if (subscription) parts.subscriptionId = subscription;
  const cycle = textField(item, 'billingCycle') || textField(order, 'billingCycle');
  if (cycle) parts.billingCycle = cycle;
  const term = textField(item, 'termDuration') || textField(order, 'termDuration');
  if (term) parts.termDuration = term;
  return parts;
}

/** customizedData's numbered keys (ProductName-0, Quantity_0, PromotionId-0, EffectiveUnitPrice-0…) by line. */
function partsFromData(record: ActivityRecord): Map<number, LineParts> {
  const lines = new Map<number, LineParts>();
  for (const { key, value } of record.customizedData) {
    const k = indexedDataKey(key);
    if (!k || value === '') continue;
    let line = lines.get(k.index);
    const ensure = (): LineParts => {
      if (!line) lines.set(k.index, (line = {}));
      return line;
    };
    switch (k.base) {
      case 'productname':
      case 'friendlyname':
      case 'skuname':
      case 'offername':
      case 'subscriptionname':
        // The product's name wins over the subscription's name when both are there.
        if (!ensure().product || k.base === 'productname' || k.base === 'friendlyname') ensure().product = value;
        break;
      case 'offerid':
        ensure().offerId = value;
        break;
      case 'quantity': {
        const n = numberFrom(value);
        if (n !== undefined) ensure().quantity = n;
        break;
      }
      case 'effectiveunitprice':
      case 'unitprice': {
        const n = numberFrom(value);
        if (n !== undefined && (k.base === 'effectiveunitprice' || ensure().unitPrice === undefined)) ensure().unitPrice = n;
        break;
      }
      case 'listprice': {
        const n = numberFrom(value);
        if (n !== undefined) ensure().listPrice = n;
        break;
      }
      case 'promotionid':
        ensure().promotionId = value;
        break;
      case 'subscriptionid':
        ensure().subscriptionId = value;
        break;
      case 'billingcycle':
        ensure().billingCycle = value;
        break;
      case 'termduration':
        ensure().termDuration = value;
        break;
      case 'currency':
      case 'currencycode':
        ensure().currency = value;
        break;
      default:
        break;
    }
  }
  return lines;
}

/** What the whole order's customizedData says for every line (read once per record, not per line). */
interface OrderDefaults {
  currency: string;
  billingCycle: string;
  termDuration: string;
}

function lineOf(head: Omit<OrderLine, keyof LineParts | 'lineNumber'>, defaults: OrderDefaults, index: number, parts: LineParts): OrderLine {
  // Field by field rather than a spread of `head`: this runs for every line of a million records.
  const line: OrderLine = {
    recordKey: head.recordKey,
    recordId: head.recordId,
    operationDate: head.operationDate,
    operationType: head.operationType,
    status: head.status,
    orderStatus: head.orderStatus,
    customerId: head.customerId,
    customerName: head.customerName,
    partnerUser: head.partnerUser,
    orderId: head.orderId,
    lineNumber: index,
    product: parts.product ?? parts.offerId ?? '',
    offerId: parts.offerId ?? '',
    currency: parts.currency ?? defaults.currency,
    promotionId: parts.promotionId ?? '',
    subscriptionId: parts.subscriptionId ?? '',
    billingCycle: parts.billingCycle ?? defaults.billingCycle,
    termDuration: parts.termDuration ?? defaults.termDuration,
  };
  if (parts.quantity !== undefined) line.quantity = parts.quantity;
  if (parts.unitPrice !== undefined) line.unitPrice = parts.unitPrice;
  if (parts.listPrice !== undefined) line.listPrice = parts.listPrice;
  return line;
}

/** The lines an order record lists (new value first, then old, then customizedData), never throwing. */
export function readOrderLines(record: ActivityRecord): OrderReading {
  if (!isOrderRecord(record)) return NOT_AN_ORDER;
  const after = objectOf(readResourceValue(record.resourceNewValue));
  const before = objectOf(readResourceValue(record.resourceOldValue));
  const order = lineItemsOf(after) ? after : lineItemsOf(before) ? before : after ?? before;
  const items = lineItemsOf(order) ?? [];
  const fromData = partsFromData(record);
  const head = {
    ...recordOrigin(record),
    status: record.operationStatus,
    orderStatus: textField(order, 'status'),
    orderId: textField(order, 'id', 'orderId') || dataValue(record.customizedData, 'OrderId'),
  };
  const data = record.customizedData;
  const defaults: OrderDefaults = {
    currency: dataValue(data, 'Currency', 'CurrencyCode'),
    billingCycle: dataValue(data, 'BillingCycle'),
    termDuration: dataValue(data, 'TermDuration'),
  };
  const lines: OrderLine[] = [];
  items.forEach((item, position) => {
    if (!isJsonObject(item)) return;
    const index = numberField(item, 'lineItemNumber') ?? position;
    // What the JSON leaves out, customizedData may say (a PromotionId-0 beside a bare line item).
    const fromItem = partsFromItem(item, order);
    const extra = fromData.get(index);
    const parts = extra ? { ...extra, ...definedOnly(fromItem) } : fromItem;
    fromData.delete(index);
    lines.push(lineOf(head, defaults, index, parts));
  });
  for (const [index, parts] of [...fromData.entries()].sort((a, b) => a[0] - b[0])) {
    if (parts.product === undefined && parts.offerId === undefined && parts.quantity === undefined) continue;
    lines.push(lineOf(head, defaults, index, parts));
  }
  return { lines, unreadable: lines.length === 0 };
}

function definedOnly(parts: LineParts): LineParts {
  const out: LineParts = {};
  for (const key in parts) {
    const v = parts[key as keyof LineParts];
    if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

export interface OrdersResult {
  /** Newest first. */
  lines: OrderLine[];
  /** Order records read (each may hold several lines). */
  orders: number;
  /** Lines with a PromotionId. */
  promotedLines: number;
  /** Lines whose order went through (succeeded, or unknown status). */
  succeededLines: number;
  /** Order records whose lines could not be read (no JSON line items, no numbered customizedData). */
  unreadable: number;
}

/** Collects the order lines of a stream of records. */
export class OrderLineAggregator implements InsightAggregator<OrdersResult> {
  private readonly lines: OrderLine[] = [];
  private orders = 0;
  private unreadable = 0;

  add(record: ActivityRecord): void {
    const reading = readOrderLines(record);
    if (reading.unreadable) {
      this.unreadable++;
      return;
    }
    if (reading.lines.length === 0) return;
    this.orders++;
    for (const line of reading.lines) this.lines.push(line);
  }

  result(): OrdersResult {
    const lines = [...this.lines].sort((a, b) => newestRowFirst(a, b) || a.lineNumber - b.lineNumber);
    let promoted = 0;
    let succeeded = 0;
    for (const l of lines) {
      if (l.promotionId !== '') promoted++;
      if (isSucceeded(l.status)) succeeded++;
    }
    return { lines, orders: this.orders, promotedLines: promoted, succeededLines: succeeded, unreadable: this.unreadable };
  }
}
