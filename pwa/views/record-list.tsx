// The app's activity log: the shared log table (ui/log-table) over the archive, read page by page as rows come into
// view so a million records never sit in memory. Newest first is the archive's own order; oldest first reads it from
// the end once the view is counted; the other columns sort in memory when the view is small enough (a filter away).
// Details open in a pane beside the table. The count is the page's (beside its heading), not the table's.
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { formatNumber } from '../../core/words/log-text';
import { LogTable, type LogRows } from '../../ui/log-table/log-table';
import { NEWEST_FIRST, type LogSort } from '../../ui/log-table/log-columns';
import { sortRecords } from '../../ui/log-table/log-sort';
import { logTableText } from '../../ui/log-table/log-table-text';
import { LIST_PAGE_ROWS, type RecordWindow } from '../store/record-window';
import type { AppText } from '../app-text';
import { insightViewText } from './insight/insight-view-text';

const PAGE = LIST_PAGE_ROWS;
/** Sorting by customer, action or user reads the whole view into memory: up to this many rows. */
export const MEMORY_SORT_LIMIT = 20_000;

type Mode = 'newest' | 'oldest' | 'memory' | 'wait';

/** How a sort is served for this window; `wait` until the view is counted. */
function modeFor(sort: LogSort, rows: RecordWindow): Mode {
  if (sort.column === 'dateTime' && sort.direction === 'descending') return 'newest';
  if (!rows.exact) return 'wait';
  if (sort.column === 'dateTime') return 'oldest';
  return rows.total <= MEMORY_SORT_LIMIT ? 'memory' : 'newest';
}

export interface RecordListProps {
  window: RecordWindow;
  lang: Lang;
  text: AppText;
  /** The customer's story in the app (the Customer view), linked beside Subscriptions. */
  customerHref?: (customerId: string) => string;
  onOpenCustomer?: (customerId: string) => void;
  /** Fill the container's height (the host gives it a definite one); otherwise the list is 70% of the window high. */
  fill?: boolean;
  /** `beside` (default): a details pane beside the table, over it when narrow; `inline`: under the row. */
  details?: 'beside' | 'inline';
  /** A record to open and bring into view once it is in the rows read. */
  focusKey?: string;
}

export function RecordList({ window: rows, lang, text, customerHref, onOpenCustomer, fill, details = 'beside', focusKey }: RecordListProps) {
  const [sort, setSort] = useState<LogSort>(NEWEST_FIRST);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const pages = useRef(new Map<number, ActivityRecord[] | 'loading'>());
  const sorted = useRef<ActivityRecord[] | undefined>(undefined);
  const words = logTableText(lang);
  const mode = modeFor(sort, rows);
  const shownSort = mode === 'newest' ? NEWEST_FIRST : sort;

  // A new window or order: what was read belongs to the old one.
  const key = useMemo(() => ({ rows, mode, sort: shownSort }), [rows, mode, shownSort.column, shownSort.direction]);
  useMemo(() => {
    pages.current = new Map();
    sorted.current = undefined;
  }, [key]);

  useEffect(() => {
    if (mode !== 'memory') return;
    let live = true;
    void rows.rows(0, rows.total).then((all) => {
      if (!live) return;
      sorted.current = sortRecords(all, sort, lang);
      rerender(0);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const loadPage = (page: number) => {
    if (pages.current.has(page)) return;
    pages.current.set(page, 'loading');
    const map = pages.current;
    void rows.rows(page * PAGE, PAGE).then((got) => {
      if (pages.current !== map) return;
      map.set(page, got);
      rerender(0);
    });
  };
  /** The archive's newest-first position of the table's row i. */
  const archiveIndex = (i: number) => (mode === 'oldest' ? rows.total - 1 - i : i);

  const logRows: LogRows = {
    count: rows.total,
    at: (i) => {
      if (mode === 'wait') return undefined;
      if (mode === 'memory') return sorted.current?.[i];
      const j = archiveIndex(i);
      const p = pages.current.get(Math.floor(j / PAGE));
      return p && p !== 'loading' ? p[j % PAGE] : undefined;
    },
  };

  const onRange = (start: number, end: number) => {
    if (mode === 'wait' || mode === 'memory') return;
    const a = archiveIndex(start);
    const b = archiveIndex(end - 1);
    for (let page = Math.floor(Math.min(a, b) / PAGE); page <= Math.floor(Math.max(a, b) / PAGE); page++) loadPage(page);
  };

  const sortBlocked = (next: LogSort): string | undefined => {
    if (next.column === 'dateTime' && next.direction === 'descending') return undefined;
    if (!rows.exact) return words.sortNeedsCount;
    if (next.column !== 'dateTime' && rows.total > MEMORY_SORT_LIMIT) return words.sortNeedsFewer(formatNumber(lang, MEMORY_SORT_LIMIT));
    return undefined;
  };

  if (rows.total === 0) return <p role="status">{text.noRows}</p>;

  const customerView = insightViewText(lang).customerView;
  return (
    <LogTable
      rows={logRows}
      rowsKey={key}
      lang={lang}
      label={text.rowsLabel}
      details={details}
      sort={shownSort}
      onSort={setSort}
      sortBlocked={sortBlocked}
      defaultColumns={['status']}
      preferencesKey="activity-lens.app-table"
      focusKey={focusKey}
      onRange={onRange}
      fill={fill}
      rowLinks={
        customerHref && onOpenCustomer
          ? (r, tabIndex) =>
              r.customerId && (
                <a
                  href={customerHref(r.customerId)}
                  tabIndex={tabIndex}
                  aria-label={`${customerView}: ${r.customerName || r.customerId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpenCustomer(r.customerId);
                  }}
                >
                  {customerView}
                </a>
              )
          : undefined
      }
    />
  );
}
