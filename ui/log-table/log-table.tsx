// The activity log as a table, one component for the side panel and the app: the dashboard's four columns (sortable,
// aria-sort), the columns a user adds, comfortable or compact rows, the row count always in view, and a mail client's
// keys (arrows, Home/End, Page Up/Down move; Enter opens the details; Esc closes them). Only the rows in view are in
// the DOM (@tanstack/virtual-core); aria-rowcount/aria-rowindex keep the full size known to screen readers. The rows
// come from the host (in memory, or read from the archive page by page) in the order the host sorted them.
import { SubscriptionsLink } from '../subscriptions-link/subscriptions-link';
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import { subscriptionsLink } from '../../core/leaving/subscriptions-link';
import { DateTime } from '../date-time-text/date-time';
import { dateTimeText, shownTimeZone } from '../date-time-text/date-time-text';
import { RecordDetails } from '../record-details/record-details';
import { recordDetailsText } from '../record-details/record-details-text';
import { cellText, columnName, customerText, nextSort, NEWEST_FIRST, OPTIONAL_COLUMNS, SORT_COLUMNS, type LogSort, type OptionalColumn, type SortColumn } from './log-columns';
import { logTableText } from './log-table-text';
import { ColumnChooser } from './column-chooser';
import { readTablePreferences, writeTablePreferences, type Density } from './table-preferences';
import './log-table.css';

/** The table's rows in the order shown. */
export interface LogRows {
  count: number;
  /** The row at a position; undefined while it is being read. */
  at(index: number): ActivityRecord | undefined;
}

export interface LogTableProps {
  rows: LogRows;
  /** Changes when the rows are another set or order (a new filter, a new sort): the table starts again at the top. */
  rowsKey: unknown;
  lang: Lang;
  /** The table's accessible name. */
  label: string;
  /** The row count, always in view above the rows (e.g. "1,234 records in this period"). */
  status?: ComponentChildren;
  /** `inline`: under the row (the side panel); `beside`: a panel beside the table (the app; over it when narrow). */
  details?: 'inline' | 'beside';
  sort?: LogSort;
  onSort?: (sort: LogSort) => void;
  /** Why a sort cannot be had right now (the rows are not counted yet…); undefined when it can. */
  sortBlocked?: (sort: LogSort) => string | undefined;
  /** The optional columns shown before the user chooses. */
  defaultColumns?: readonly OptionalColumn[];
  defaultDensity?: Density;
  /** Where the user's columns and density are remembered (localStorage); not remembered without it. */
  preferencesKey?: string;
  /** Opens a dashboard URL (the side panel uses tabs.create so the page opens beside it). */
  openLink?: (url: string) => void;
  /** More links in a row's last cell (the app's Customer view); `tabIndex` keeps them in the rows' roving focus. */
  rowLinks?: (record: ActivityRecord, tabIndex: number) => ComponentChildren;
  /** A record to open and bring into view (an alert notification's click). */
  focusKey?: string;
  /** The rows in view changed: the host reads those it does not have yet. */
  onRange?: (start: number, end: number) => void;
  /** Fill the container's height (the host gives it one); otherwise the table is 70% of the window high. */
  fill?: boolean;
  /** For tests: times in this zone instead of the system's. */
  timeZone?: string;
}

const ROW_HEIGHT: Record<Density, number> = { comfortable: 44, compact: 32 };

export function LogTable(props: LogTableProps) {
  const { rows, rowsKey, lang, label, status, details = 'beside', sort = NEWEST_FIRST, onSort, sortBlocked, openLink, rowLinks, focusKey, onRange, fill, timeZone } = props;
  const text = logText(lang);
  const words = logTableText(lang);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [prefs, setPrefs] = useState(() => readTablePreferences(props.preferencesKey, { columns: props.defaultColumns ?? [], density: props.defaultDensity ?? 'comfortable' }));
  const [active, setActive] = useState(0);
  /** Inline: the keys of the rows opened under themselves. */
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  /** Beside: the one record in the pane. */
  const [pane, setPane] = useState<ActivityRecord | undefined>(undefined);
  const focusWanted = useRef<number | undefined>(undefined);
  // The virtualiser asks for keys between renders: it reads the rows of the latest render.
  const rowsNow = useRef(rows);
  rowsNow.current = rows;
  const ids = useMemo(() => `lt${Math.random().toString(36).slice(2, 8)}`, []);
  const paneId = `${ids}-pane`;
  const columns = OPTIONAL_COLUMNS.filter((c) => prefs.columns.includes(c));
  const dashboardLocale = lang === 'it' ? 'it-it' : undefined;

  const virtualizer = useMemo(
    () =>
      new Virtualizer<HTMLDivElement, HTMLElement>({
        count: rows.count,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => ROW_HEIGHT[prefs.density],
        // happy-dom and a hidden panel measure 0: still render a first screenful.
        initialRect: { width: 360, height: 640 },
        overscan: 8,
        getItemKey: (i) => rowsNow.current.at(i)?.key ?? `#${i}`,
        scrollToFn: elementScroll,
        observeElementRect: (instance, cb) =>
          observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 360, height: 640 })),
        measureElement: (el) => el.getBoundingClientRect().height || ROW_HEIGHT[prefs.density],
        observeElementOffset,
        onChange: () => rerender(0),
      }),
    [rowsKey, rows.count, prefs.density],
  );
  useEffect(() => virtualizer._didMount(), [virtualizer]);
  useEffect(() => {
    virtualizer._willUpdate();
  });

  // Another set of rows: start at the top with nothing open under a row (the pane keeps its record: it is still true).
  useEffect(() => {
    setActive(0);
    setOpen(new Set());
  }, [rowsKey]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= first) onRange?.(first, last + 1);
  }, [first, last, rowsKey]);

  // An alert notification asked for this record: open its details and bring it into view, once it is loaded.
  useEffect(() => {
    if (!focusKey) return;
    for (let i = 0; i < rows.count; i++) {
      const r = rows.at(i);
      if (r?.key !== focusKey) continue;
      if (details === 'inline') setOpen((o) => new Set(o).add(focusKey));
      else setPane(r);
      setActive(i);
      virtualizer.scrollToIndex(i, { align: 'start' });
      return;
    }
  }, [focusKey, rowsKey, virtualizer]);

  // Keyboard moves: the active row may not be drawn yet; focus it once it is.
  useEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === undefined) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (el) {
      focusWanted.current = undefined;
      el.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    if (rows.count === 0) return;
    const i = Math.max(0, Math.min(rows.count - 1, index));
    setActive(i);
    focusWanted.current = i;
    virtualizer.scrollToIndex(i, { align: 'auto' });
    // A reading pane follows the selection, as in a mail client.
    if (details === 'beside' && pane) {
      const r = rows.at(i);
      if (r) setPane(r);
    }
    rerender(0);
  };

  const openDetails = (r: ActivityRecord, index: number) => {
    setActive(index);
    if (details === 'inline') {
      const next = new Set(open);
      if (next.has(r.key)) next.delete(r.key);
      else next.add(r.key);
      setOpen(next);
    } else {
      setPane(r);
    }
  };

  const closeDetails = (at = active) => {
    if (details === 'beside') {
      if (!pane) return false;
      setPane(undefined);
    } else {
      const r = rows.at(at);
      if (!r || !open.has(r.key)) return false;
      const next = new Set(open);
      next.delete(r.key);
      setOpen(next);
    }
    focusWanted.current = details === 'beside' ? active : at;
    rerender(0);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      const row = target.closest<HTMLElement>('[role="row"][data-index]');
      if (closeDetails(row ? Number(row.dataset['index']) : active)) event.preventDefault();
      return;
    }
    // Keys typed on a button or link inside a row are theirs.
    if (!target.matches('[role="row"]')) return;
    // The row the key was typed on (focus may have moved there a moment before the active state caught up).
    const at = Number(target.dataset['index'] ?? active);
    const page = Math.max(1, items.length - 2);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + page, PageUp: at - page, Home: 0, End: rows.count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      const r = rows.at(at);
      if (r) {
        event.preventDefault();
        openDetails(r, at);
      }
    }
  };

  const setSort = (column: SortColumn) => {
    if (!onSort) return;
    const next = nextSort(sort, column);
    if (sortBlocked?.(next)) return;
    onSort(next);
  };

  // Text columns share what the date and links leave (ellipsis beyond), so a row never overflows its table.
  const gridColumns = `var(--lt-toggle) var(--lt-date) minmax(0, 1.2fr) minmax(0, 1.6fr) minmax(0, 1fr) ${columns.map((c) => (c === 'status' ? 'minmax(0, 0.6fr)' : 'minmax(0, 0.9fr)')).join(' ')} var(--lt-links)`;
  const zone = shownTimeZone(timeZone);
  const paneOpen = details === 'beside' && pane !== undefined;

  return (
    <div
      class={`lt lt-${prefs.density}${fill ? ' lt-fill' : ''}${rowLinks ? ' lt-more-links' : ''}${paneOpen ? ' lt-with-pane' : ''}`}
      onKeyDown={onKeyDown}
    >
      <div class="lt-main">
        <div class="lt-toolbar">
          {status !== undefined && (
            <p class="lt-count" role="status">
              {status}
            </p>
          )}
          <ColumnChooser lang={lang} chosen={columns} onChange={(next) => setPrefs(writeTablePreferences(props.preferencesKey, { ...prefs, columns: next }))} />
          <div class="lt-density" role="group" aria-label={words.density}>
            {(['comfortable', 'compact'] as const).map((d) => (
              <button key={d} type="button" class="lt-tool" aria-pressed={prefs.density === d} onClick={() => setPrefs(writeTablePreferences(props.preferencesKey, { ...prefs, density: d }))}>
                {d === 'comfortable' ? words.comfortable : words.compact}
              </button>
            ))}
          </div>
        </div>
        <div class="log" style={{ '--lt-columns': gridColumns }} role="table" aria-label={label} aria-rowcount={rows.count + 1} aria-describedby={`${ids}-keys`}>
          <span id={`${ids}-keys`} class="visually-hidden">
            {words.keyboardHint}
          </span>
          <div role="rowgroup" class="log-head">
            <div role="row" class="log-row" aria-rowindex={1}>
              <span role="columnheader" class="c-toggle">
                <span class="visually-hidden">{text.details}</span>
              </span>
              {SORT_COLUMNS.map((c) => {
                const current = sort.column === c;
                const wanted = nextSort(sort, c);
                const blocked = sortBlocked?.(wanted);
                return (
                  <span
                    key={c}
                    role="columnheader"
                    class={`c-${c}`}
                    aria-sort={current ? sort.direction : undefined}
                    title={c === 'dateTime' ? words.timesIn(zone) : undefined}
                  >
                    {onSort ? (
                      <button type="button" class="lt-sort" aria-disabled={blocked ? 'true' : undefined} title={blocked} onClick={() => setSort(c)}>
                        {columnName(c, lang)}
                        <SortIcon state={current ? sort.direction : undefined} />
                      </button>
                    ) : (
                      columnName(c, lang)
                    )}
                  </span>
                );
              })}
              {columns.map((c) => (
                <span key={c} role="columnheader" class="c-extra">
                  {columnName(c, lang)}
                </span>
              ))}
              <span role="columnheader" class="c-link">
                <span class="visually-hidden">{text.subscriptions}</span>
              </span>
            </div>
          </div>
          <div ref={scrollRef} class="log-scroll" role="rowgroup">
            <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
              {items.map((item) => {
                const r = rows.at(item.index);
                const isActive = item.index === active;
                const rowProps = {
                  key: item.key,
                  'data-index': item.index,
                  ref: (el: HTMLElement | null) => {
                    if (el) virtualizer.measureElement(el);
                  },
                  role: 'row' as const,
                  'aria-rowindex': item.index + 2,
                  tabIndex: isActive ? 0 : -1,
                  style: { transform: `translateY(${item.start}px)` },
                  onFocus: (e: FocusEvent) => {
                    if (e.target === e.currentTarget && !isActive) setActive(item.index);
                  },
                };
                if (!r) {
                  return (
                    <div {...rowProps} class="log-row loading">
                      <span role="cell" class="c-loading">
                        {words.loadingRow}
                      </span>
                    </div>
                  );
                }
                const expanded = details === 'inline' ? open.has(r.key) : pane?.key === r.key;
                const when = dateTimeText(r.operationDate, lang, 'short', timeZone);
                const customer = customerText(r, lang);
                const action = cellText(r, 'action', lang);
                const link = subscriptionsLink(r.customerId, { locale: dashboardLocale });
                const detailsId = details === 'inline' ? `${ids}-d${item.index}` : paneId;
                const toggleName = details === 'inline' && expanded ? text.hideDetails : text.showDetails;
                return (
                  <div
                    {...rowProps}
                    class={`log-row${r.operationStatus === 'failed' ? ' failed' : ''}${expanded ? ' expanded' : ''}${isActive ? ' active' : ''}`}
                    aria-current={details === 'beside' && expanded ? 'true' : undefined}
                    onClick={(e) => {
                      if (details !== 'beside' || (e.target as HTMLElement).closest('a, button')) return;
                      openDetails(r, item.index);
                    }}
                  >
                    <span role="cell" class="c-toggle">
                      <button
                        type="button"
                        class="toggle"
                        tabIndex={isActive ? 0 : -1}
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailsId : undefined}
                        aria-label={`${toggleName}: ${when.local}, ${customer}, ${action}`}
                        onClick={() => (details === 'inline' || !expanded ? openDetails(r, item.index) : undefined)}
                      >
                        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                          {details === 'inline' ? <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /> : <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />}
                        </svg>
                      </button>
                    </span>
                    <span role="cell" class="c-dateTime">
                      <DateTime iso={r.operationDate} lang={lang} timeZone={timeZone} />
                    </span>
                    <span role="cell" class={`c-customer${r.customerName || r.customerId ? '' : ' no-customer'}`}>
                      {customer}
                    </span>
                    <span role="cell" class="c-action">
                      {action}
                    </span>
                    <span role="cell" class="c-user">
                      {r.userPrincipalName}
                    </span>
                    {columns.map((c) => (
                      <span key={c} role="cell" class={`c-extra c-${c}`} data-label={columnName(c, lang)}>
                        {cellText(r, c, lang)}
                      </span>
                    ))}
                    <span role="cell" class="c-link">
                      {link && (
                        <SubscriptionsLink href={link} openLink={openLink} tabIndex={isActive ? 0 : -1} aria-label={words.subscriptionsOf(customer)}>
                          {text.subscriptions}
                        </SubscriptionsLink>
                      )}
                      {rowLinks?.(r, isActive ? 0 : -1)}
                    </span>
                    {details === 'inline' && expanded && (
                      <span role="cell" class="c-details">
                        <RecordDetails record={r} lang={lang} id={detailsId} headingLevel={2} />
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
      {paneOpen && pane && <DetailsPane id={paneId} record={pane} lang={lang} timeZone={timeZone} openLink={openLink} onClose={() => closeDetails()} />}
    </div>
  );
}

function DetailsPane({ id, record, lang, timeZone, openLink, onClose }: { id: string; record: ActivityRecord; lang: Lang; timeZone?: string; openLink?: (url: string) => void; onClose: () => void }) {
  const text = logText(lang);
  const words = recordDetailsText(lang);
  const titleId = `${id}-title`;
  const heading = useRef<HTMLHeadingElement>(null);
  // On a narrow screen the pane covers the table: take the focus into it, or a keyboard or screen-reader user is
  // left on a row they cannot see (Esc or Close gives it back).
  useEffect(() => {
    if (typeof matchMedia === 'function' && matchMedia('(max-width: 760px)').matches) heading.current?.focus();
  }, [record.key]);
  return (
    <aside class="lt-pane" id={id} aria-labelledby={titleId}>
      <div class="lt-pane-head">
        <h2 id={titleId} tabIndex={-1} ref={heading}>
          {text.details}
        </h2>
        <button type="button" class="lt-close" aria-label={words.close} title={words.close} onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.6" />
          </svg>
        </button>
      </div>
      <p class="lt-pane-summary">
        <strong>{cellText(record, 'action', lang)}</strong>
        <span>{customerText(record, lang)}</span>
        <span class="lt-pane-meta">
          <DateTime iso={record.operationDate} lang={lang} style="medium" timeZone={timeZone} /> · {record.userPrincipalName}
        </span>
      </p>
      <RecordDetails record={record} lang={lang} headingLevel={3} showSubscriptions openLink={openLink} />
    </aside>
  );
}

function SortIcon({ state }: { state?: 'ascending' | 'descending' }) {
  return (
    <svg class="lt-sort-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {state === 'ascending' ? (
        <path d="M8 3v10M4 7l4-4 4 4" fill="none" stroke="currentColor" stroke-width="1.5" />
      ) : state === 'descending' ? (
        <path d="M8 13V3M4 9l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" />
      ) : (
        <path d="M5 6l3-3 3 3M5 10l3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.2" opacity="0.6" />
      )}
    </svg>
  );
}
