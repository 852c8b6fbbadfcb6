// The log itself, as the dashboard shows it: Date-Time, Affected customer, Action, Partner user, newest first, a
// down arrow per row for its details and a link to the customer's Subscriptions. Only the rows in view are in
// the DOM (@tanstack/virtual-core); aria-rowcount/aria-rowindex keep the full size known to screen readers.
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import { actionText } from '../../core/words/action-text';
import { subscriptionsLink } from '../../core/leaving/subscriptions-link';
import { panelText } from './panel-text';
import { RecordDetailsView } from './record-details-view';
import { dateTimeText } from './date-time-text';

const ROW_HEIGHT = 68;

export interface ActivityTableProps {
  records: readonly ActivityRecord[];
  lang: Lang;
  /** Opens a dashboard URL (the panel uses tabs.create so the page opens beside it). */
  openLink?: (url: string) => void;
  /** A record to open and scroll to (an alert notification's click). */
  focusKey?: string;
}

export function ActivityTable({ records, lang, openLink, focusKey }: ActivityTableProps) {
  const text = logText(lang);
  const words = panelText(lang);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const dashboardLocale = lang === 'it' ? 'it-it' : undefined;

  const virtualizer = useMemo(
    () =>
      new Virtualizer<HTMLDivElement, HTMLElement>({
        count: records.length,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => ROW_HEIGHT,
        // happy-dom and a hidden panel measure 0: still render a first screenful.
        initialRect: { width: 360, height: 640 },
        overscan: 8,
        getItemKey: (i) => records[i]?.key ?? i,
        scrollToFn: elementScroll,
        // A panel that is not laid out yet (or a DOM without layout) measures 0: assume a screenful meanwhile.
        observeElementRect: (instance, cb) =>
          observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 360, height: 640 })),
        measureElement: (el) => el.getBoundingClientRect().height || ROW_HEIGHT,
        observeElementOffset,
        onChange: () => rerender(0),
      }),
    [records],
  );
  useEffect(() => virtualizer._didMount(), [virtualizer]);
  useEffect(() => {
    virtualizer._willUpdate();
  });

  // An alert notification asked for this record: open its details and bring it into view, once it is loaded.
  useEffect(() => {
    if (!focusKey) return;
    const index = records.findIndex((r) => r.key === focusKey);
    if (index < 0) return;
    setOpen((o) => new Set(o).add(focusKey));
    virtualizer.scrollToIndex(index, { align: 'start' });
  }, [focusKey, records, virtualizer]);

  const toggle = (key: string): void => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };

  return (
    <div class="log" role="table" aria-label={words.activityTable} aria-rowcount={records.length + 1}>
      <div role="rowgroup" class="log-head">
        <div role="row" class="log-row" aria-rowindex={1}>
          <span role="columnheader" class="c-toggle">
            <span class="visually-hidden">{text.details}</span>
          </span>
          <span role="columnheader" class="c-date">{text.dateTime}</span>
          <span role="columnheader" class="c-customer">{text.affectedCustomer}</span>
          <span role="columnheader" class="c-action">{text.action}</span>
          <span role="columnheader" class="c-user">{text.partnerUser}</span>
          <span role="columnheader" class="c-link">
            <span class="visually-hidden">{text.subscriptions}</span>
          </span>
        </div>
      </div>
      <div ref={scrollRef} class="log-scroll" role="rowgroup">
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = records[item.index];
            if (!r) return null;
            const expanded = open.has(r.key);
            const when = dateTimeText(r.operationDate, lang);
            const customer = r.customerName || r.customerId || text.noCustomer;
            const action = actionText(r, lang);
            const link = subscriptionsLink(r.customerId, { locale: dashboardLocale });
            const detailsId = `details-${item.index}`;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={(el) => {
                  if (el) virtualizer.measureElement(el);
                }}
                role="row"
                aria-rowindex={item.index + 2}
                class={`log-row${r.operationStatus === 'failed' ? ' failed' : ''}${expanded ? ' expanded' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" class="c-toggle">
                  <button
                    type="button"
                    class="toggle"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    aria-label={`${expanded ? text.hideDetails : text.showDetails}: ${words.rowSummary(when.local, customer, action)}`}
                    onClick={() => toggle(r.key)}
                  >
                    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
                    </svg>
                  </button>
                </span>
                <span role="cell" class="c-date">
                  <time dateTime={r.operationDate} title={when.utc}>
                    {when.local}
                  </time>
                </span>
                <span role="cell" class="c-customer">{customer}</span>
                <span role="cell" class="c-action">{action}</span>
                <span role="cell" class="c-user">{r.userPrincipalName}</span>
                <span role="cell" class="c-link">
                  {link && (
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={words.subscriptionsOf(customer)}
                      onClick={(event) => {
                        if (!openLink) return;
                        event.preventDefault();
                        openLink(link);
                      }}
                    >
                      {text.subscriptions}
                    </a>
                  )}
                </span>
                {expanded && (
                  <span role="cell" class="c-details">
                    <RecordDetailsView record={r} lang={lang} id={detailsId} />
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
