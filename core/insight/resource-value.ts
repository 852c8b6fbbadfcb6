// The old/new value of an audit record read without trust: JSON strings that may be empty, not JSON, or of a
// shape never seen. Every insight reader goes through here so "could not read" means the same everywhere.
import type { KeyValue } from '../record/activity-record';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What a resource value turned out to be: nothing, a JSON object/array, or text we cannot read as JSON. */
export type ResourceValue = { kind: 'empty' } | { kind: 'json'; value: JsonValue } | { kind: 'text'; text: string };

const EMPTY: ResourceValue = { kind: 'empty' };

/** Parses only what looks like an object or array (most values are short text or empty; parse errors are slow). */
export function readResourceValue(text: string): ResourceValue {
  if (typeof text !== 'string' || text === '') return EMPTY;
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) c = text.charCodeAt(++i);
  if (i === text.length) return EMPTY;
  if (c !== 0x7b && c !== 0x5b) return { kind: 'text', text };
  try {
    return { kind: 'json', value: JSON.parse(text) as JsonValue };
  } catch {
    return { kind: 'text', text };
  }
}

export function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as an object, when it is one. */
export function objectOf(value: ResourceValue): JsonObject | undefined {
  return value.kind === 'json' && isJsonObject(value.value) ? value.value : undefined;
}

/** Each object's keys by their lower-case form, built once per object: a miss must not rescan every key. */
const LOWER_KEYS = new WeakMap<JsonObject, Map<string, string>>();

function lowerKeys(object: JsonObject): Map<string, string> {
  let map = LOWER_KEYS.get(object);
  if (!map) {
    map = new Map();
    for (const key in object) {
      const lower = key.toLowerCase();
      if (!map.has(lower)) map.set(lower, key);
    }
    LOWER_KEYS.set(object, map);
  }
  return map;
}

/**
 * A field by any of its names, case-insensitive (the API writes camelCase, PowerShell and hand-made JSON PascalCase),
 * including dotted paths into nested objects (`pricing.effectiveUnitPrice`).
 */
export function fieldOf(object: JsonObject | undefined, ...names: string[]): JsonValue | undefined {
  if (!object) return undefined;
  for (const name of names) {
    const dot = name.indexOf('.');
    if (dot > 0) {
      const inner = fieldOf(object, name.slice(0, dot));
      const found = isJsonObject(inner) ? fieldOf(inner, name.slice(dot + 1)) : undefined;
      if (found !== undefined && found !== null) return found;
      continue;
    }
    const exact = object[name];
    if (exact !== undefined && exact !== null) return exact;
    const key = lowerKeys(object).get(name.toLowerCase());
    if (key !== undefined) {
      const v = object[key];
      if (v !== undefined && v !== null) return v;
    }
  }
  return undefined;
}

/** A scalar field as text ('' when absent or not a scalar). */
export function textField(object: JsonObject | undefined, ...names: string[]): string {
  const v = fieldOf(object, ...names);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** A number written as a JSON number or as text ("12", "12.50", "12,50"); undefined when it is neither. */
export function numberFrom(v: JsonValue | string | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

export function numberField(object: JsonObject | undefined, ...names: string[]): number | undefined {
  return numberFrom(fieldOf(object, ...names));
}

/** customizedData (or extra columns) value by key, case-insensitive; '' when absent. */
export function dataValue(data: readonly KeyValue[], ...keys: string[]): string {
  for (const key of keys) {
    const lower = key.toLowerCase();
    for (let i = 0; i < data.length; i++) if (data[i]!.key.toLowerCase() === lower) return data[i]!.value;
  }
  return '';
}

/**
 * customizedData keys that describe one line of an order: `Quantity-0`, `Quantity_0`, `OfferId-1`… (the docs write
 * a dash, older records an underscore). Returns the base name lower-cased and the line index.
 */
export function indexedDataKey(key: string): { base: string; index: number } | undefined {
  let cut = -1;
  for (let i = key.length - 1; i > 0; i--) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x5f) {
      cut = i;
      break;
    }
    if (c < 0x30 || c > 0x39) return undefined;
  }
  if (cut <= 0 || cut === key.length - 1 || key.length - cut > 5) return undefined;
  return { base: key.slice(0, cut).toLowerCase(), index: Number(key.slice(cut + 1)) };
}
