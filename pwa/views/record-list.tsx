// The activity log itself: the dashboard's four columns, newest first, virtualised (@tanstack/virtual-core)
// so a million rows scroll smoothly; rows are read from the store in pages as they come into view.
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { actionText } from '../../core/words/action-text';
import { recordDetails } from '../../core/words/record-details';
import { subscriptionsLink } from '../../core/leaving/subscriptions-link';
import type { RecordWindow } from '../store/record-window';
import type { AppText } from '../app-text';
import { insightViewText } from './insight/insight-view-text';

const PAGE = 200;
const ROW_HEIGHT = 44;

/** Local time in the UI language; the browser's own locale when it speaks that language. */
function localTimeFormat(lang: Lang): Intl.DateTimeFormat {
  const browser = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  const locale = browser.toLowerCase().startsWith(lang) ? browser : lang === 'it' ? 'it-IT' : 'en-US';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}
function utcText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function RecordList({
  window: rows,
  lang,
  text,
  customerHref,
  onOpenCustomer,
}: {
  window: RecordWindow;
  lang: Lang;
  text: AppText;
  /** The customer's story in the app (the Customer view), linked beside Subscriptions. */
  customerHref?: (customerId: string) => string;
  onOpenCustomer?: (customerId: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pages = useRef(new Map<number, ActivityRecord[] | 'loading'>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const localTime = useMemo(() => localTimeFormat(lang), [lang]);

  useEffect(() => {
    pages.current = new Map();
    setOpen(new Set());
    rerender(0);
  }, [rows]);

  const virtualizer = useMemo(
    () =>
      new Virtualizer<HTMLDivElement, HTMLElement>({
        count: rows.total,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => ROW_HEIGHT,
        overscan: 12,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: () => rerender(0),
      }),
    [rows],
  );
  useEffect(() => virtualizer._didMount(), [virtualizer]);
  useEffect(() => {
    virtualizer._willUpdate();
  });

  const items = virtualizer.getVirtualItems();
  for (const item of items) {
    const page = Math.floor(item.index / PAGE);
    if (!pages.current.has(page)) {
      pages.current.set(page, 'loading');
      void rows.rows(page * PAGE, PAGE).then((got) => {
        pages.current.set(page, got);
        rerender(0);
      });
    }
  }
  const recordAt = (i: number) => {
    const p = pages.current.get(Math.floor(i / PAGE));
    return p && p !== 'loading' ? p[i % PAGE] : undefined;
  };

  if (rows.total === 0) return <p role="status">{text.noRows}</p>;

  return (
    <div class="log" role="table" aria-label={text.rowsLabel} aria-rowcount={rows.total + 1}>
      <div role="rowgroup">
        <div role="row" class="log-row log-head" aria-rowindex={1}>
          <span role="columnheader">{text.dateTime}</span>
          <span role="columnheader">{text.affectedCustomer}</span>
          <span role="columnheader">{text.action}</span>
          <span role="columnheader">{text.partnerUser}</span>
          <span role="columnheader">{text.details}</span>
        </div>
      </div>
      <div ref={scrollRef} class="log-scroll" role="rowgroup" tabIndex={0} aria-label={text.rowsLabel}>
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {items.map((item) => {
            const r = recordAt(item.index);
            const expanded = !!r && open.has(r.key);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={(el) => {
                  if (el) virtualizer.measureElement(el);
                }}
                role="row"
                aria-rowindex={item.index + 2}
                class="log-row"
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                {r ? (
                  <>
                    <span role="cell">
                      <time dateTime={r.operationDate} title={utcText(r.operationDate)}>
                        {localTime.format(new Date(r.operationDate))}
                        <span class="visually-hidden"> ({utcText(r.operationDate)})</span>
                      </time>
                    </span>
                    <span role="cell">
                      {r.customerName || r.customerId || <span class="no-customer">{text.noCustomer}</span>}
                      {r.customerId && (
                        <>
                          {' '}
                          <a href={subscriptionsLink(r.customerId)} target="_blank" rel="noopener noreferrer" aria-label={`${text.subscriptions}: ${r.customerName || r.customerId}`}>
                            {text.subscriptions}
                          </a>
                          {customerHref && onOpenCustomer && (
                            <>
                              {' '}
                              <a
                                href={customerHref(r.customerId)}
                                aria-label={`${insightViewText(lang).customerView}: ${r.customerName || r.customerId}`}
                                onClick={(e) => {
                                  e.preventDefault();
                                  onOpenCustomer(r.customerId);
                                }}
                              >
                                {insightViewText(lang).customerView}
                              </a>
                            </>
                          )}
                        </>
                      )}
                    </span>
                    <span role="cell">{actionText(r, lang)}</span>
                    <span role="cell">{r.userPrincipalName}</span>
                    <span role="cell">
                      <button
                        type="button"
                        class="details-toggle"
                        aria-expanded={expanded}
                        aria-label={`${text.showDetails}: ${localTime.format(new Date(r.operationDate))}, ${r.customerName || r.customerId || text.noCustomer}`}
                        onClick={() => {
                          const next = new Set(open);
                          if (expanded) next.delete(r.key);
                          else next.add(r.key);
                          setOpen(next);
                        }}
                      >
                        {expanded ? '▴' : '▾'}
                      </button>
                    </span>
                    {expanded && <RecordDetailsView record={r} lang={lang} />}
                  </>
                ) : (
                  <span role="cell" class="loading">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function RecordDetailsView({ record, lang }: { record: ActivityRecord; lang: Lang }) {
  const d = recordDetails(record, lang);
  return (
    <div role="cell" class="record-details">
      {d.products.length > 0 && (
        <ul>
          {d.products.map((p, i) => (
            <li key={i}>
              {p.quantity ? `${p.quantity} × ` : ''}
              {p.name}
              {p.offerId ? ` (${p.offerId})` : ''}
            </li>
          ))}
        </ul>
      )}
      {d.changes.length > 0 && (
        <dl>
          {d.changes.map((c, i) => (
            <div key={i}>
              <dt>{c.field}</dt>
              <dd>
                {c.oldValue} → {c.newValue}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <dl>
        {[...d.facts, ...d.data].map((kv, i) => (
          <div key={i}>
            <dt>{kv.key}</dt>
            <dd>{kv.value}</dd>
          </div>
        ))}
        {d.rawOld && (
          <div>
            <dt>old</dt>
            <dd>{d.rawOld}</dd>
          </div>
        )}
        {d.rawNew && (
          <div>
            <dt>new</dt>
            <dd>{d.rawNew}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
