// A row's down arrow opened: every product of an order, what changed old → new, status, application and ids.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import { recordDetails } from '../../core/words/record-details';

export function RecordDetailsView({ record, lang, id }: { record: ActivityRecord; lang: Lang; id: string }) {
  const text = logText(lang);
  const d = recordDetails(record, lang);
  return (
    <div class="details" id={id}>
      {d.products.length > 0 && (
        <section>
          <h2>{text.products}</h2>
          <ul class="products">
            {d.products.map((p, i) => (
              <li key={i}>
                <span class="product-name">{p.name}</span>
                {p.quantity !== undefined && <span> × {p.quantity}</span>}
                {(p.offerId || p.subscriptionId || p.other.length > 0) && (
                  <dl class="pairs small">
                    {p.offerId && <Pair k={text.offerId} v={p.offerId} />}
                    {p.subscriptionId && <Pair k={text.subscriptionId} v={p.subscriptionId} />}
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
      {d.changes.length > 0 && (
        <section>
          <h2>{text.changes}</h2>
          <ul class="changes">
            {d.changes.map((c, i) => (
              <li key={i}>
                <code>{c.field}</code>{' '}
                <span class="old" aria-label={text.oldValue}>{c.oldValue === '' ? '∅' : c.oldValue}</span>
                <span aria-hidden="true"> → </span>
                <span class="new" aria-label={text.newValue}>{c.newValue === '' ? '∅' : c.newValue}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{text.details}</h2>
        <dl class="pairs">
          {d.facts.map((kv, i) => (
            <Pair key={`f${i}`} k={kv.key} v={kv.value} />
          ))}
          {d.data.map((kv, i) => (
            <Pair key={`d${i}`} k={kv.key} v={kv.value} />
          ))}
          {d.rawOld !== undefined && <Pair k={text.oldValue} v={d.rawOld} />}
          {d.rawNew !== undefined && <Pair k={text.newValue} v={d.rawNew} />}
        </dl>
      </section>
    </div>
  );
}

function Pair({ k, v }: { k: string; v: string }) {
  return (
    <div class="pair">
      <dt>{k}</dt>
      <dd>{v}</dd>
    </div>
  );
}
