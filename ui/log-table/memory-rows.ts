// Rows already in memory (the side panel's fetched period, a small view of the app) as the table's LogRows, sorted
// by the chosen header; the same array and sort give the same rows (and rowsKey), so the table keeps its place.
import { useMemo } from 'preact/hooks';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import type { LogRows } from './log-table';
import type { LogSort } from './log-columns';
import { sortRecords } from './log-sort';

export function memoryRows(records: readonly ActivityRecord[]): LogRows {
  return { count: records.length, at: (i) => records[i] };
}

/** Newest first (as given) costs nothing; another order sorts a copy. */
export function useSortedRows(records: readonly ActivityRecord[], sort: LogSort, lang: Lang): LogRows {
  return useMemo(() => {
    const newestFirst = sort.column === 'dateTime' && sort.direction === 'descending';
    return memoryRows(newestFirst ? records : sortRecords(records, sort, lang));
  }, [records, sort, lang]);
}
