// "This customer" at a glance, above its rows: the last order, the seat changes of the period, the GDAP status and
// the last activity (customer-summary.ts reads them from the records the panel already has); and the way to the
// app's Customer view for the whole story.
import type { CustomerCard } from './customer-summary';
import { actionText } from '../../core/words/action-text';
import { formatNumber } from '../../core/words/log-text';
import { statusText } from '../../core/words/status-text';
import type { Lang } from '../../core/words/locale';
import { DateTime } from '../../ui/date-time-text/date-time';
import { panelText } from './panel-text';

export function CustomerSummaryCard({ card, name, lang, canOpenApp, busy, onOpenApp }: { card: CustomerCard; name: string; lang: Lang; canOpenApp: boolean; busy: boolean; onOpenApp(): void }) {
  const words = panelText(lang);
  const n = (x: number) => formatNumber(lang, x);
  const { lastOrder, seatChanges, lastActivity } = card.summary;
  const gdap = card.accessText;
  return (
    <section class="customer-card" aria-labelledby="customer-card-heading">
      <h2 id="customer-card-heading">{words.customerSummary(name)}</h2>
      <dl>
        <div>
          <dt>{words.lastOrder}</dt>
          <dd>
            {lastOrder ? (
              <>
                <DateTime iso={lastOrder.operationDate} lang={lang} /> · {words.products(lastOrder.products[0] ?? '', lastOrder.products.length - 1)}
                {lastOrder.quantity > 0 ? ` × ${n(lastOrder.quantity)}` : ''}
                {lastOrder.status !== 'succeeded' && lastOrder.status !== '' ? ` (${statusText(lastOrder.status, lang)})` : ''}
              </>
            ) : (
              words.noOrder
            )}
          </dd>
        </div>
        <div>
          <dt>{words.seatChanges}</dt>
          <dd>{seatChanges.changes > 0 ? words.seatChangeText(n(seatChanges.added), n(seatChanges.removed), (seatChanges.net > 0 ? '+' : '') + n(seatChanges.net)) : words.noSeatChanges}</dd>
        </div>
        <div>
          <dt>{words.gdapStatus}</dt>
          <dd>{gdap}</dd>
        </div>
        <div>
          <dt>{words.lastActivity}</dt>
          <dd>
            {lastActivity ? (
              <>
                <DateTime iso={lastActivity.operationDate} lang={lang} /> · {actionText(lastActivity, lang)}
                {lastActivity.partnerUser ? ` · ${lastActivity.partnerUser}` : ''}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {canOpenApp && (
        <button type="button" disabled={busy} onClick={onOpenApp}>
          {words.openCustomerInApp}
        </button>
      )}
    </section>
  );
}
