// One record opened (beside the table in the app, under its row in the side panel): what changed old → new first,
// then the products of an order, the facts with copy buttons on the ids, the customer's Subscriptions, and the raw
// JSON one click away. Renders core's recordDetails; no parsing here.
import { SubscriptionsLink } from '../subscriptions-link/subscriptions-link';
import { useState } from 'preact/hooks';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import { recordDetails } from '../../core/words/record-details';
import { subscriptionsLink } from '../../core/leaving/subscriptions-link';
import { recordDetailsText } from './record-details-text';
import { rawRecordJson } from './raw-record-json';
import './record-details.css';

export interface RecordDetailsProps {
  record: ActivityRecord;
  lang: Lang;
  id?: string;
  /** 2 under a page's h1 (the side panel), 3 inside a titled pane. */
  headingLevel?: 2 | 3;
  /** The Subscriptions link (the side panel's row carries its own). */
  showSubscriptions?: boolean;
  /** Opens a dashboard URL (the side panel opens a tab beside it). */
  openLink?: (url: string) => void;
  /** Puts text on the clipboard; the browser's clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

const defaultCopy = (text: string): Promise<void> => navigator.clipboard.writeText(text);

export function RecordDetails({ record, lang, id, headingLevel = 2, showSubscriptions = false, openLink, copy = defaultCopy }: RecordDetailsProps) {
  const text = logText(lang);
  const words = recordDetailsText(lang);
  const d = recordDetails(record, lang);
  const [raw, setRaw] = useState(false);
  const [copied, setCopied] = useState('');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const ids = new Set([text.customerId, text.recordId, text.correlationId]);
  const link = showSubscriptions ? subscriptionsLink(record.customerId, { locale: lang === 'it' ? 'it-it' : undefined }) : undefined;
  const rawId = `${id ?? 'record'}-raw`;

  const copyValue = (what: string, value: string) => {
    copy(value).then(
      () => setCopied(words.copied(what)),
      () => setCopied(words.copyFailed),
    );
  };

  return (
    <div class="record-details" id={id}>
      {d.changes.length > 0 && (
        <section>
          <H>{text.changes}</H>
          <dl class="rd-changes">
            {d.changes.map((c, i) => (
              <div key={i} class="rd-change">
                <dt>{c.field}</dt>
                <dd>
                  {c.oldValue !== '' && (
                    <span class="rd-old">
                      <span class="visually-hidden">{text.oldValue}: </span>
                      {c.oldValue}
                    </span>
                  )}
                  {c.oldValue !== '' && c.newValue !== '' && (
                    <span class="rd-arrow" aria-hidden="true">
                      →
                    </span>
                  )}
                  {c.newValue !== '' && (
                    <span class="rd-new">
                      <span class="visually-hidden">{text.newValue}: </span>
                      {c.newValue}
                    </span>
                  )}
                  {(c.oldValue === '') !== (c.newValue === '') && <span class="rd-tag">{c.oldValue === '' ? text.added : text.removed}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {d.products.length > 0 && (
        <section>
          <H>{text.products}</H>
          <ul class="products">
            {d.products.map((p, i) => (
              <li key={i}>
                <span class="product-name">{p.name}</span>
                {p.quantity !== undefined && <span> × {p.quantity}</span>}
                {(p.offerId || p.subscriptionId || p.other.length > 0) && (
                  <dl class="pairs small">
                    {p.offerId && <Pair k={text.offerId} v={p.offerId} onCopy={() => copyValue(text.offerId, p.offerId!)} copyLabel={words.copy(text.offerId)} />}
                    {p.subscriptionId && (
                      <Pair k={text.subscriptionId} v={p.subscriptionId} onCopy={() => copyValue(text.subscriptionId, p.subscriptionId!)} copyLabel={words.copy(text.subscriptionId)} />
                    )}
                    {p.other.map((kv, j) => (
                      <Pair key={j} k={kv.key} v={kv.value} />
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <H>{text.details}</H>
        <dl class="pairs">
          {d.facts.map((kv, i) =>
            ids.has(kv.key) ? (
              <Pair key={`f${i}`} k={kv.key} v={kv.value} mono onCopy={() => copyValue(kv.key, kv.value)} copyLabel={words.copy(kv.key)} />
            ) : (
              <Pair key={`f${i}`} k={kv.key} v={kv.value} />
            ),
          )}
          {d.data.map((kv, i) => (
            <Pair key={`d${i}`} k={kv.key} v={kv.value} />
          ))}
          {d.rawOld !== undefined && <Pair k={text.oldValue} v={d.rawOld} />}
          {d.rawNew !== undefined && <Pair k={text.newValue} v={d.rawNew} />}
        </dl>
        <p class="rd-copied" role="status" aria-live="polite">
          {copied}
        </p>
      </section>
      <div class="rd-actions">
        {link && (
          <SubscriptionsLink class="rd-link" href={link} openLink={openLink}>
            {text.subscriptions}
          </SubscriptionsLink>
        )}
        <button type="button" class="rd-raw-toggle" aria-expanded={raw} aria-controls={raw ? rawId : undefined} onClick={() => setRaw(!raw)}>
          {raw ? words.hideRaw : words.showRaw}
        </button>
      </div>
      {raw && (
        <pre class="rd-raw" id={rawId} tabIndex={0} aria-label={words.rawJson}>
          {rawRecordJson(record)}
        </pre>
      )}
    </div>
  );
}

function Pair({ k, v, mono, onCopy, copyLabel }: { k: string; v: string; mono?: boolean; onCopy?: () => void; copyLabel?: string }) {
  return (
    <div class="pair">
      <dt>{k}</dt>
      <dd class={mono ? 'rd-mono' : undefined}>
        <span class="rd-value">{v}</span>
        {onCopy && (
          <button type="button" class="rd-copy" aria-label={copyLabel} title={copyLabel} onClick={onCopy}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect x="5" y="5" width="8" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3" />
              <path d="M3.5 10.5V3.5A1.5 1.5 0 0 1 5 2h5.5" fill="none" stroke="currentColor" stroke-width="1.3" />
            </svg>
          </button>
        )}
      </dd>
    </div>
  );
}
