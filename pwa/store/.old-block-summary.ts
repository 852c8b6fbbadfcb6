// What a block holds, in a few kilobytes, so a query skips the blocks that cannot match without reading their
// records: its date range and the sets of operation types, resource types and statuses (the summary row, read by
// every plan), and bit sets of the character n-grams of every text free-text search reads (a row of its own, read
// only for a text search). A bit set can only say "maybe": a block it lets through is read and the core predicate
// decides, so skipping never changes an answer; it is built from exactly the fields and folds the predicate uses.
// Customers and partner users are answered exactly by the block's facets (block-facets.ts).
import { actionText } from '../../core/words/action-text';
import { statusText } from '../../core/words/status-text';
import type { ActivityRecord } from '../../core/record/activity-record';
import { foldLetters, foldText } from '../../core/asking/fold-text';
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { BlockFacets } from './block-facets';

/** Free text: trigrams (any word of 3+ letters) and 5-grams (long words, ids: these stay selective even when
 * every hex trigram is present, as in any block of GUIDs). 8 + 32 KB a block. */
const TEXT3_LOG2 = 16;
const TEXT5_LOG2 = 18;

/** The row of the blocks table: the summary a query plan reads. */
export interface BlockSummary {
  id: number;
  batchId: number;
  count: number;
  /** Oldest and newest operationDate in the block ('' sorts first: records without a date). */
  minDate: string;
  maxDate: string;
  operationTypes: string[];
  resourceTypes: string[];
  statuses: string[];
  /** Where each part's records start in the block (BLOCK_PARTS + 1 positions; equal neighbours: no such part). */
  partStarts: number[];
}

/** The row of the blockText table. */
export interface BlockText {
  id: number;
  grams3: Uint32Array;
  grams5: Uint32Array;
}

/**
 * Characters as 7 bits: ASCII as lower case, anything else folded onto 7 bits (aliases only add "maybe"s: the
 * query side maps its words the same way, so a gram present is always found).
 */
function char7(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  return (c ^ (c >>> 7) ^ (c >>> 14)) & 127;
}

const SHIFT3 = 32 - TEXT3_LOG2;
const SHIFT5 = 32 - TEXT5_LOG2;

/** Hex digits and '-' (after lower-casing): the characters of GUIDs and ids, where trigrams say nothing. */
function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 45;
}

/**
 * Sets the trigrams of s, and the 5-grams of its runs of id characters (GUIDs, hex ids: every hex trigram is in
 * any block, their 5-grams are not). The last four characters ride in one 28-bit window, the one leaving it is
 * the fifth. Returns whether s holds a non-ASCII character (then its folded form is indexed too).
 */
function addGrams(s: string, three: Uint32Array, five: Uint32Array): boolean {
  let w = 0;
  let wide = 0;
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) {
      wide = 1;
      c = (c ^ (c >>> 7) ^ (c >>> 14)) & 127;
    } else if (c >= 65 && c <= 90) c |= 32;
    const out = (w >>> 21) & 127;
    w = ((w << 7) | c) & 0xfffffff;
    run = isIdChar(c) ? run + 1 : 0;
    if (i >= 2) {
      const h = Math.imul(w & 0x1fffff, 0x9e3779b1) >>> SHIFT3;
      three[h >>> 5]! |= 1 << (h & 31);
      if (run >= 5) {
        const g = Math.imul(w ^ Math.imul(out + 1, 0x85ebca6b), 0x9e3779b1) >>> SHIFT5;
        five[g >>> 5]! |= 1 << (g & 31);
      }
    }
  }
  return wide === 1;
}

/** True when every trigram, and every 5-gram of an id-character run, of the word may be in the block. */
function mayHoldGrams(word: string, three: Uint32Array, five: Uint32Array): boolean {
  let w = 0;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = char7(word.charCodeAt(i));
    const out = (w >>> 21) & 127;
    w = ((w << 7) | c) & 0xfffffff;
    run = isIdChar(c) ? run + 1 : 0;
    if (i >= 2) {
      const h = Math.imul(w & 0x1fffff, 0x9e3779b1) >>> SHIFT3;
      if ((three[h >>> 5]! & (1 << (h & 31))) === 0) return false;
      if (run >= 5) {
        const g = Math.imul(w ^ Math.imul(out + 1, 0x85ebca6b), 0x9e3779b1) >>> SHIFT5;
        if ((five[g >>> 5]! & (1 << (g & 31))) === 0) return false;
      }
    }
  }
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** One field's text into the grams (and its folded form, accents dropped, which a word also matches). */
function indexField(field: string, three: Uint32Array, five: Uint32Array): void {
  // Folding can lengthen a field (ß → ss), so a short field is only skipped when it is plain ASCII.
  if (addGrams(field, three, five) || field.length < 3) {
    const folded = foldLetters(field);
    if (folded !== field) addGrams(folded, three, five);
  }
}

/**
 * The grams of exactly the fields free-text search reads (core textSearchFields; a test holds the two together).
 * What repeats in a block is indexed once, from the block's facets: each customer (name, id), user, action (types,
 * its text and its sentences in every language) and status (and its words); per record only what is its own.
 */
export function summarizeBlock(records: readonly ActivityRecord[], id: number, batchId: number, partStarts: number[], facets: BlockFacets): { summary: BlockSummary; text: BlockText } {
  const grams3 = new Uint32Array((1 << TEXT3_LOG2) / 32);
  const grams5 = new Uint32Array((1 << TEXT5_LOG2) / 32);
  const index = (v: string) => indexField(v, grams3, grams5);
  facets.customerNames.forEach(index);
  facets.customerIds.forEach(index);
  facets.users.forEach(index);
  facets.operationTypes.forEach((operationType, a) => {
    const resourceType = facets.resourceTypes[a]!;
    const text = facets.actionTexts[a]!;
    index(operationType);
    index(resourceType);
    index(text);
    for (const lang of ['en', 'it'] as const) index(actionText({ operationType, resourceType, actionText: text }, lang));
  });
  for (const status of facets.statuses) {
    if (status === '') continue;
    index(status);
    for (const lang of ['en', 'it'] as const) index(statusText(status, lang));
  }
  // The partner and the application are nearly always the same few values.
  const seen = new Set<string>();
  const once = (v: string) => {
    if (seen.has(v)) return;
    seen.add(v);
    index(v);
  };
  let minDate = '\uffff';
  let maxDate = '';
  for (const r of records) {
    const date = r.operationDate;
    if (date < minDate) minDate = date;
    if (date > maxDate) maxDate = date;
    index(r.id);
    once(r.partnerId);
    once(r.applicationId);
    index(r.originalCorrelationId);
    index(r.resourceOldValue);
    index(r.resourceNewValue);
    for (const list of [r.customizedData, r.extra]) {
      for (let i = 0; i < list.length; i++) {
        index(list[i]!.key);
        index(list[i]!.value);
      }
    }
  }
  if (records.length === 0) minDate = '';
  const distinct = (values: readonly string[]) => [...new Set(values)];
  return {
    summary: { id, batchId, count: records.length, minDate, maxDate, operationTypes: distinct(facets.operationTypes), resourceTypes: distinct(facets.resourceTypes), statuses: [...facets.statuses], partStarts },
    text: { id, grams3, grams5 },
  };
}

/** What of a query the summaries and facets can rule out; everything else is left to the predicate. */
export interface BlockHints {
  /** UTC ISO instants, from inclusive, to exclusive. */
  from: string;
  to: string;
  /** Lower-cased exact customer id. */
  customerId?: string;
  /** The customer filter: folded name part, and the same text as an exact id. */
  customer?: { folded: string; asId: string };
  operationTypes?: Set<string>;
  resourceTypes?: Set<string>;
  statuses?: Set<string>;
  userFolded?: string;
  /** Folded search words that the text grams can test (ASCII, 3+ characters). */
  words?: string[];
  /** Any free text at all (the facets cannot answer it). */
  hasText: boolean;
}

export function hintsFor(from: string, to: string, customerId: string | undefined, q: ActivityQuery | undefined): BlockHints {
  const hints: BlockHints = { from, to, hasText: false };
  const id = (customerId ?? q?.customerId)?.trim().toLowerCase();
  if (id) hints.customerId = id;
  if (!q) return hints;
  const customer = q.customer?.trim();
  if (customer) hints.customer = { folded: foldText(customer), asId: customer.toLowerCase() };
  if (q.operationTypes?.length) hints.operationTypes = new Set(q.operationTypes);
  if (q.resourceTypes?.length) hints.resourceTypes = new Set(q.resourceTypes);
  if (q.statuses?.length) hints.statuses = new Set(q.statuses);
  const user = q.partnerUser?.trim();
  if (user) hints.userFolded = foldText(user);
  const text = q.text ? foldText(q.text) : '';
  hints.hasText = text !== '';
  const words = text.split(' ').filter((w) => w.length >= 3 && !NON_ASCII.test(w));
  if (words.length > 0) hints.words = words;
  return hints;
}

function anyIn(values: readonly string[], wanted: Set<string>): boolean {
  for (const v of values) if (wanted.has(v)) return true;
  return false;
}

/** False only when no record of the block can match (facets and text grams are checked apart). */
export function mayMatch(s: BlockSummary, h: BlockHints): boolean {
  if (s.count === 0) return false;
  if (s.maxDate < h.from || s.minDate >= h.to) return false;
  if (h.operationTypes && !anyIn(s.operationTypes, h.operationTypes)) return false;
  if (h.resourceTypes && !anyIn(s.resourceTypes, h.resourceTypes)) return false;
  if (h.statuses && !anyIn(s.statuses, h.statuses)) return false;
  return true;
}

export function mayMatchText(t: BlockText, h: BlockHints): boolean {
  for (const w of h.words ?? []) if (!mayHoldGrams(w, t.grams3, t.grams5)) return false;
  return true;
}
