// The dashboard row's down arrow, made readable: every product of an order, what changed old → new, the
// customizedData, and the record's ids. detailsText is the same as one CSV cell, so it must stay cheap per row.
import type { ActivityRecord, KeyValue } from '../record/activity-record';
import type { Lang } from './locale';
import { logText } from './log-text';
import { statusText } from './status-text';
import { isDigits } from '../reading/ascii-digits';

export interface OrderProduct {
  name: string;
  quantity?: string;
  offerId?: string;
  subscriptionId?: string;
  /** The line item's other fields (term, billing cycle…), flattened. */
  other: KeyValue[];
}

export interface FieldChange {
  /** Dotted path into the resource, e.g. `quantity` or `passwordProfile.forceChangePassword`. */
  field: string;
  /** '' when the field is absent on that side (added or removed). */
  oldValue: string;
  newValue: string;
}

export interface RecordDetails {
  products: OrderProduct[];
  changes: FieldChange[];
  /** customizedData then the extra columns of an imported file. */
  data: KeyValue[];
  /** Status (readable), application, customer, record and correlation ids, resource and operation type; labelled. */
  facts: KeyValue[];
  /** The raw old/new value when it is not a JSON object or array (broken JSON, "n/a"…), to show as it is. */
  rawOld?: string;
  rawNew?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ParsedValue {
  value?: Json;
  /** Set when the text is not empty yet gave no JSON object/array. */
  raw?: string;
}

const EMPTY: ParsedValue = {};

/** JSON.parse only what looks like an object or array: most values are short text or empty, and parse errors are slow. */
function parseValue(text: string): ParsedValue {
  if (text === '') return EMPTY;
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) c = text.charCodeAt(++i);
  if (i === text.length) return EMPTY;
  if (c !== 0x7b && c !== 0x5b) return { raw: text };
  try {
    return { value: JSON.parse(text) as Json };
  } catch {
    return { raw: text };
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarText(v: Json): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Nested objects become dotted paths; arrays stay whole (compared and shown as JSON). */
function flatten(value: JsonObject, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const key in value) {
    const v = value[key]!;
    const path = prefix === '' ? key : prefix + '.' + key;
    if (isObject(v)) flatten(v, path, into);
    else into.set(path, scalarText(v));
  }
  return into;
}

function flattenTop(value: Json | undefined): Map<string, string> | undefined {
  if (isObject(value)) return flatten(value, '', new Map());
  if (Array.isArray(value)) {
    const map = new Map<string, string>();
    for (let i = 0; i < value.length; i++) {
      const v = value[i]!;
      if (isObject(v)) flatten(v, String(i), map);
      else map.set(String(i), scalarText(v));
    }
    return map;
  }
  return undefined;
}

/** The API's type tag on every resource: never a change anyone made. */
const IGNORED_FIELDS = new Set(['attributes.objectType', 'attributes.etag']);

function fieldChanges(oldValue: Json | undefined, newValue: Json | undefined, productsShown: boolean): FieldChange[] {
  const before = flattenTop(oldValue);
  const after = flattenTop(newValue);
  const changes: FieldChange[] = [];
  if (before && after) {
    for (const [field, o] of before) {
      if (IGNORED_FIELDS.has(field)) continue;
      const n = after.get(field);
      if (n === undefined) changes.push({ field, oldValue: o, newValue: '' });
      else if (n !== o) changes.push({ field, oldValue: o, newValue: n });
    }
    for (const [field, n] of after) {
      if (!before.has(field) && !IGNORED_FIELDS.has(field)) changes.push({ field, oldValue: '', newValue: n });
    }
    return changes;
  }
  const one = before ?? after;
  if (!one) return changes;
  for (const [field, v] of one) {
    if (IGNORED_FIELDS.has(field)) continue;
    // A new order's line items are already listed product by product.
    if (productsShown && isLineItemsKey(field)) continue;
    changes.push(before ? { field, oldValue: v, newValue: '' } : { field, oldValue: '', newValue: v });
  }
  return changes;
}

function isLineItemsKey(key: string): boolean {
  return key === 'lineItems' || key === 'LineItems' || key === 'lineitems';
}

function lineItemsOf(value: Json | undefined): Json[] | undefined {
  if (!isObject(value)) return undefined;
  const items = value['lineItems'] ?? value['LineItems'] ?? value['lineitems'];
  return Array.isArray(items) && items.length > 0 ? items : undefined;
}

const NAME_KEYS = ['friendlyname', 'productname', 'offername', 'name', 'skuname'];

function productFromLineItem(item: Json, index: number): OrderProduct {
  if (!isObject(item)) return { name: scalarText(item), other: [] };
  let name: string | undefined;
  let nameRank = NAME_KEYS.length;
  let quantity: string | undefined;
  let offerId: string | undefined;
  let subscriptionId: string | undefined;
  const rest: [string, Json][] = [];
  for (const key in item) {
    const v = item[key]!;
    const lower = key.toLowerCase();
    const rank = NAME_KEYS.indexOf(lower);
    if (rank >= 0 && v !== null && v !== '' && typeof v !== 'object') {
      if (rank < nameRank) {
        if (name !== undefined) rest.push([NAME_KEYS[nameRank]!, name]);
        name = scalarText(v);
        nameRank = rank;
      } else rest.push([key, v]);
    } else if (lower === 'quantity') quantity = scalarText(v);
    else if (lower === 'offerid') offerId = scalarText(v);
    else if (lower === 'subscriptionid') subscriptionId = scalarText(v);
    else rest.push([key, v]);
  }
  const other: KeyValue[] = [];
  for (const [key, v] of rest) {
    if (isObject(v)) for (const [k, s] of flatten(v, key, new Map())) other.push({ key: k, value: s });
    else other.push({ key, value: scalarText(v) });
  }
  const product: OrderProduct = { name: name ?? offerId ?? `#${index + 1}`, other };
  if (quantity !== undefined) product.quantity = quantity;
  if (offerId !== undefined) product.offerId = offerId;
  if (subscriptionId !== undefined) product.subscriptionId = subscriptionId;
  return product;
}

type ProductPart = 'name' | 'quantity' | 'offerId' | 'subscriptionId';

/** customizedData keys that describe one product of an order: ProductName_0, Quantity_0, OfferId_0… */
function productKey(key: string): { part: ProductPart; index: number } | undefined {
  const underscore = key.lastIndexOf('_');
  let base = key;
  let index = 0;
  if (underscore > 0) {
    const digits = key.slice(underscore + 1);
    // An index of one to four digits (ProductName_0 … ProductName_9999).
    if (digits === '' || digits.length >= 5 || !isDigits(digits)) return undefined;
    base = key.slice(0, underscore);
    index = Number(digits);
  }
  switch (base.toLowerCase()) {
    case 'productname':
    case 'friendlyname':
    case 'skuname':
      // A bare SkuName names a license, not an order line: only the numbered form counts.
      return underscore > 0 || base.toLowerCase() === 'productname' ? { part: 'name', index } : undefined;
    case 'quantity':
      return underscore > 0 ? { part: 'quantity', index } : undefined;
    case 'offerid':
      return underscore > 0 ? { part: 'offerId', index } : undefined;
    case 'subscriptionid':
      return underscore > 0 ? { part: 'subscriptionId', index } : undefined;
    default:
      return undefined;
  }
}


function productsFromCustomizedData(data: readonly KeyValue[]): OrderProduct[] {
  const byIndex = new Map<number, Partial<Record<ProductPart, string>>>();
  for (const { key, value } of data) {
    const k = productKey(key);
    if (!k) continue;
    let entry = byIndex.get(k.index);
    if (!entry) byIndex.set(k.index, (entry = {}));
    entry[k.part] = value;
  }
  const products: OrderProduct[] = [];
  for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
    const e = byIndex.get(index)!;
    if (e.name === undefined && e.offerId === undefined) continue;
    const product: OrderProduct = { name: e.name ?? e.offerId!, other: [] };
    if (e.quantity !== undefined) product.quantity = e.quantity;
    if (e.offerId !== undefined) product.offerId = e.offerId;
    if (e.subscriptionId !== undefined) product.subscriptionId = e.subscriptionId;
    products.push(product);
  }
  return products;
}

interface Parsed {
  products: OrderProduct[];
  changes: FieldChange[];
  rawOld?: string;
  rawNew?: string;
}

function parseRecord(record: ActivityRecord): Parsed {
  const before = parseValue(record.resourceOldValue);
  const after = parseValue(record.resourceNewValue);
  const items = lineItemsOf(after.value) ?? lineItemsOf(before.value);
  const products = items
    ? items.map(productFromLineItem)
    : record.customizedData.length > 0
      ? productsFromCustomizedData(record.customizedData)
      : [];
  const parsed: Parsed = { products, changes: fieldChanges(before.value, after.value, items !== undefined) };
  if (before.raw !== undefined) parsed.rawOld = before.raw;
  if (after.raw !== undefined) parsed.rawNew = after.raw;
  return parsed;
}

export function recordDetails(record: ActivityRecord, lang: Lang): RecordDetails {
  const { products, changes, rawOld, rawNew } = parseRecord(record);
  const text = logText(lang);
  const facts: KeyValue[] = [];
  const fact = (key: string, value: string) => {
    if (value !== '') facts.push({ key, value });
  };
  fact(text.status, record.operationStatus === '' ? '' : statusText(record.operationStatus, lang));
  fact(text.application, record.applicationId);
  fact(text.customerId, record.customerId);
  fact(text.recordId, record.id);
  fact(text.correlationId, record.originalCorrelationId);
  fact(text.resourceType, record.resourceType);
  fact(text.operationType, record.operationType);
  const details: RecordDetails = {
    products,
    changes,
    data: [...record.customizedData, ...record.extra],
    facts,
  };
  if (rawOld !== undefined) details.rawOld = rawOld;
  if (rawNew !== undefined) details.rawNew = rawNew;
  return details;
}

/**
 * The details as one plain-text cell (CSV Details column): products, changes, the other customizedData and
 * extra columns, raw values that are not JSON. Ids, status and types have their own columns, so they are left out.
 */
export function detailsText(record: ActivityRecord, lang: Lang): string {
  const parsed = parseRecord(record);
  const text = logText(lang);
  let out = '';
  if (parsed.products.length > 0) {
    out += text.products + ': ';
    for (let i = 0; i < parsed.products.length; i++) {
      const p = parsed.products[i]!;
      if (i > 0) out += '; ';
      out += p.name;
      if (p.quantity !== undefined) out += ' × ' + p.quantity;
    }
  }
  if (parsed.changes.length > 0) {
    if (out !== '') out += '\n';
    out += text.changes + ': ';
    for (let i = 0; i < parsed.changes.length; i++) {
      const c = parsed.changes[i]!;
      if (i > 0) out += '; ';
      out += c.field + ' ' + (c.oldValue === '' ? '∅' : c.oldValue) + ' → ' + (c.newValue === '' ? '∅' : c.newValue);
    }
  }
  let data = '';
  const lists = [record.customizedData, record.extra];
  for (let l = 0; l < 2; l++) {
    const list = lists[l]!;
    for (let i = 0; i < list.length; i++) {
      const kv = list[i]!;
      // Product lines are already in Products.
      if (l === 0 && parsed.products.length > 0 && productKey(kv.key) !== undefined) continue;
      if (data !== '') data += '; ';
      data += kv.key + ' = ' + kv.value;
    }
  }
  if (data !== '') {
    if (out !== '') out += '\n';
    out += text.additionalData + ': ' + data;
  }
  if (parsed.rawOld !== undefined) {
    if (out !== '') out += '\n';
    out += text.oldValue + ': ' + parsed.rawOld;
  }
  if (parsed.rawNew !== undefined) {
    if (out !== '') out += '\n';
    out += text.newValue + ': ' + parsed.rawNew;
  }
  return out;
}
