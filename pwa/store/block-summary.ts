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
  /** The batch (import) the block's records came in; 0 when they came in several (see batchIds). */
  batchId: number;
  /** Every batch with a record in the block (v5; absent on blocks written before: then just batchId). */
  batchIds?: number[];
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

const NON_ASCII = /[^\x00-\x7f]/;

const SHIFT3 = 32 - TEXT3_LOG2;
const SHIFT5 = 32 - TEXT5_LOG2;

/** Hex digits and '-' (after lower-casing): the characters of GUIDs and ids, where trigrams say nothing. */
function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 45;
}

/** The ASCII gram loop's tables: each character lower-cased, and 1 for an id character. */
const LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c | 32 : c));
const ID_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isIdChar(c) ? 1 : 0));


/** The last character the per-character fold below knows (Latin-1 and Latin Extended: nearly every European name). */
const LATIN_END = 0x24f;
/**
 * foldLetters of each character U+0080..LATIN_END as at most two char codes (FOLD_COUNT says how many), so the
 * gram loop folds as it goes instead of folding the field into a second string and indexing both. For a field of
 * ASCII and these characters, the folded characters in order are exactly foldLetters(field) (test-held); a
 * character that folds to more than two is treated as one beyond the table.
 */
const FOLD_COUNT = new Uint8Array(LATIN_END + 1 - 128);
const FOLD_FIRST = new Uint16Array(LATIN_END + 1 - 128);
const FOLD_SECOND = new Uint16Array(LATIN_END + 1 - 128);
for (let c = 128; c <= LATIN_END; c++) {
  const folded = foldLetters(String.fromCharCode(c));
  const at = c - 128;
  if (folded.length > 2) {
    FOLD_COUNT[at] = 255;
    continue;
  }
  FOLD_COUNT[at] = folded.length;
  FOLD_FIRST[at] = folded.charCodeAt(0);
  FOLD_SECOND[at] = folded.charCodeAt(1);
}

/**
 * Sets the trigrams of the folded text of s, and the 5-grams of its runs of id characters (GUIDs, hex ids: every
 * hex trigram is in any block, their 5-grams are not), in one pass: ASCII is lower-cased and Latin letters folded
 * as foldLetters folds them. The last four characters ride in one 28-bit window, the one leaving it is the fifth.
 * Returns whether s holds a character beyond the fold table (then foldLetters(s) must be indexed too).
 *
 * Why the folded text alone is enough: a search word is ASCII (hintsFor tests no other), and the predicate finds it
 * case-insensitively in the raw field (an ASCII run, which the fold keeps as it is, lower-cased) or in
 * foldLetters(field).
 */
function addGrams(s: string, three: Uint32Array, five: Uint32Array): boolean {
  // Most fields are plain ASCII: the native test is cheap, and the ASCII loop runs without the fold.
  if (NON_ASCII.test(s)) return addFoldedGrams(s, three, five);
  // Tables, not comparisons: mixed-case JSON made the case and id-character branches mispredict (measured: this
  // loop in half the time). Copied to locals so the loop reads no module slot.
  const lower = LOWER;
  const idChar = ID_CHAR;
  let w = 0;
  let run = 0;
  // The first two characters' "trigrams" (padded with zeros) set a bit or two no word asks for: a maybe more,
  // and no test per character.
  for (let i = 0; i < s.length; i++) {
    const c = lower[s.charCodeAt(i)]!;
    const out = (w >>> 21) & 127;
    w = ((w << 7) | c) & 0xfffffff;
    const h = Math.imul(w & 0x1fffff, 0x9e3779b1) >>> SHIFT3;
    three[h >>> 5]! |= 1 << (h & 31);
    run = (run + 1) * idChar[c]!;
    if (run >= 5) {
      const g = Math.imul(w ^ Math.imul(out + 1, 0x85ebca6b), 0x9e3779b1) >>> SHIFT5;
      five[g >>> 5]! |= 1 << (g & 31);
    }
  }
  return false;
}

/** addGrams of a field holding non-ASCII characters: Latin ones folded on the way (see FOLD_COUNT). */
function addFoldedGrams(s: string, three: Uint32Array, five: Uint32Array): boolean {
  const lower = LOWER;
  const idChar = ID_CHAR;
  let w = 0;
  let beyond = false;
  let run = 0;
  let emitted = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let count = 1;
    let second = 0;
    if (c < 128) {
      c = lower[c]!;
    } else if (c > LATIN_END || FOLD_COUNT[c - 128] === 255) {
      beyond = true;
      c = (c ^ (c >>> 7) ^ (c >>> 14)) & 127;
    } else {
      count = FOLD_COUNT[c - 128]!;
      second = char7(FOLD_SECOND[c - 128]!);
      c = char7(FOLD_FIRST[c - 128]!);
    }
    for (let k = 0; k < count; k++, c = second) {
      const out = (w >>> 21) & 127;
      w = ((w << 7) | c) & 0xfffffff;
      run = (run + 1) * idChar[c]!;
      if (++emitted >= 3) {
        const h = Math.imul(w & 0x1fffff, 0x9e3779b1) >>> SHIFT3;
        three[h >>> 5]! |= 1 << (h & 31);
        if (run >= 5) {
          const g = Math.imul(w ^ Math.imul(out + 1, 0x85ebca6b), 0x9e3779b1) >>> SHIFT5;
          five[g >>> 5]! |= 1 << (g & 31);
        }
      }
    }
  }
  return beyond;
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

/** One field's folded text into the grams (a word matches the raw field or its folded form: see addGrams). */
function indexField(field: string, three: Uint32Array, five: Uint32Array): void {
  if (addGrams(field, three, five)) addGrams(foldLetters(field), three, five);
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
  // The partner, the application and the keys of customized data are nearly always the same few values.
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
        once(list[i]!.key);
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
