// Sorting records already in memory (the side panel's fetched period, a small view of the app) by a header of the
// table: by the words the cell shows, in the UI language's collation, ties newest first so the order is stable.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { cellText, type LogSort } from './log-columns';

const COLLATORS = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let c = COLLATORS.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'it' ? 'it-IT' : 'en-US', { sensitivity: 'base', numeric: true });
    COLLATORS.set(lang, c);
  }
  return c;
}

/** A new array; `records` is left as it is (newest first, as stored and exported). */
export function sortRecords(records: readonly ActivityRecord[], sort: LogSort, lang: Lang): ActivityRecord[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byDate = (a: ActivityRecord, b: ActivityRecord) => (a.operationDate < b.operationDate ? -1 : a.operationDate > b.operationDate ? 1 : 0);
  if (sort.column === 'dateTime') return [...records].sort((a, b) => sign * byDate(a, b));
  const compare = collator(lang).compare;
  // The cell's words once per record, not once per comparison.
  const keyed = records.map((r) => ({ r, k: cellText(r, sort.column, lang) }));
  keyed.sort((a, b) => sign * compare(a.k, b.k) || -byDate(a.r, b.r));
  return keyed.map((x) => x.r);
}
