// A stable dedupe key per record: the API id when there is one, else a hash of the content that survives
// our CSV export round trip, so the same row imported from two files (or re-imported) is kept once.
import type { ActivityRecord, KeyValue } from './activity-record';

/** Cannot appear in real field text by accident, so `a|b` + `c` never collides with `a` + `b|c`. */
const FIELD_SEPARATOR = '\u001f';
const PAIR_SEPARATOR = '\u001e';
/** Between a key and its value; '=' would make `a=b`+`c` and `a`+`b=c` the same. */
const KEY_VALUE_SEPARATOR = '\u001d';

/**
 * 64-bit content hash as 16 hex characters: two independent 32-bit FNV-1a style halves over UTF-16
 * code units. Synchronous and allocation-free because it runs once per row on million-row imports;
 * it is a dedupe key, not a security boundary, so no crypto API.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // Final avalanche so short inputs still spread over all bits.
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 ^= text.length;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 0x7feb352d);
  h2 ^= h2 >>> 15;
  h2 = Math.imul(h2, 0x846ca68b);
  h2 ^= h2 >>> 16;
  return hex8(h1) + hex8(h2);
}

function hex8(n: number): string {
  const s = (n >>> 0).toString(16);
  return s.length === 8 ? s : '00000000'.slice(s.length) + s;
}

function pairs(list: KeyValue[]): string {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const kv = list[i];
    if (i > 0) out += PAIR_SEPARATOR;
    out += kv.key + KEY_VALUE_SEPARATOR + kv.value;
  }
  return out;
}

/**
 * `id:<id>` when the record has an API id, else `h:<hash>` of the fields a CSV export keeps.
 * Not `source`: the same row read from two files must get the same key. The date is cut to the second
 * because our CSV writes `yyyy-MM-dd HH:mm:ss`.
 */
export function recordKey(r: Omit<ActivityRecord, 'key'>): string {
  if (r.id !== '') return 'id:' + r.id;
  const canonical =
    r.operationDate.slice(0, 19) + FIELD_SEPARATOR +
    r.customerId + FIELD_SEPARATOR +
    r.customerName + FIELD_SEPARATOR +
    r.userPrincipalName + FIELD_SEPARATOR +
    r.operationType + FIELD_SEPARATOR +
    r.actionText + FIELD_SEPARATOR +
    r.resourceType + FIELD_SEPARATOR +
    r.operationStatus + FIELD_SEPARATOR +
    r.applicationId + FIELD_SEPARATOR +
    r.resourceOldValue + FIELD_SEPARATOR +
    r.resourceNewValue + FIELD_SEPARATOR +
    r.partnerId + FIELD_SEPARATOR +
    r.originalCorrelationId + FIELD_SEPARATOR +
    pairs(r.customizedData) + FIELD_SEPARATOR +
    pairs(r.extra);
  return 'h:' + contentHash(canonical);
}

/** The record with its key filled in. */
export function withKey<T extends Omit<ActivityRecord, 'key'>>(r: T): ActivityRecord {
  return { ...r, key: recordKey(r) } as ActivityRecord;
}
