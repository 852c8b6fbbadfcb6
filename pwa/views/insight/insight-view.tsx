// One insight view (Customer, Seat changes, Orders, GDAP and DAP, Partner users, Failures): asks the worker for its
// model, shows progress while the archive is read, the facts, each section's table with its own Excel export, and
// how many records could not be read. Renders the model; the worker and core do the work.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../../core/asking/activity-query';
import type { CsvDelimiter, Lang } from '../../../core/words/locale';
import { formatNumber, logText } from '../../../core/words/log-text';
import { unreadableText } from '../../../core/insight/insight-text';
import { subscriptionsLink } from '../../../core/leaving/subscriptions-link';
import type { InsightModel, InsightRequest, InsightViewId, PromotionFilter, SectionId } from '../../workers/insight-view-model';
import type { InsightExport, InsightProgress } from '../../workers/insight-worker';
import { CellText, InsightTable } from './insight-table';
import { insightViewText } from './insight-view-text';

export interface InsightSource {
  compute(request: InsightRequest, onProgress: (p: InsightProgress) => void): Promise<InsightModel | undefined>;
  exportSection(section: SectionId, lang: Lang, delimiter: CsvDelimiter): Promise<InsightExport>;
}

export interface InsightViewProps {
  view: InsightViewId;
  query: ActivityQuery;
  lang: Lang;
  promotion: PromotionFilter;
  delimiter: CsvDelimiter;
  source: InsightSource;
  /** Bumped when the archive changed, so the view computes again. */
  version: number;
  customerHref(customerId: string): string;
  onOpenCustomer(customerId: string): void;
  onPromotion(p: PromotionFilter): void;
  save(blob: Blob, name: string): void;
}

type State =
  | { status: 'working'; scanned: number; partial?: InsightModel }
  | { status: 'ready'; model: InsightModel }
  | { status: 'problem'; message: string };

export function InsightView(props: InsightViewProps) {
  const { view, query, lang, promotion, source } = props;
  const words = insightViewText(lang);
  const [state, setState] = useState<State>({ status: 'working', scanned: 0 });
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    setState({ status: 'working', scanned: 0 });
    setMessage('');
    source
      .compute({ view, query, lang, promotion }, (p) => live && setState((s) => ({ status: 'working', scanned: p.scanned, partial: p.partial ?? (s.status === 'working' ? s.partial : undefined) })))
      .then((model) => {
        if (live && model) setState({ status: 'ready', model });
      })
      .catch((error: unknown) => live && setState({ status: 'problem', message: (error as { message?: string })?.message ?? String(error) }));
    return () => {
      live = false;
    };
  }, [view, JSON.stringify(query), lang, promotion, props.version]);

  // While the scan runs, the partial model (what was read so far) shows like the final one.
  const model = state.status === 'ready' ? state.model : state.status === 'working' ? state.partial : undefined;
  const heading = view === 'customer' && model?.customerId ? words.customerViewOf(model.customerName || model.customerId) : words.viewNames[view];

  async function exportSection(id: SectionId, title: string) {
    setMessage('');
    try {
      const result = await source.exportSection(id, lang, props.delimiter);
      const from = query.from ?? '';
      const to = query.to ?? '';
      result.files.forEach((blob, i) => props.save(blob, `${view}-${id}_${from}_${to}${result.files.length > 1 ? `_${i + 1}` : ''}.csv`));
      setMessage(words.exported(formatNumber(lang, result.rows), result.files.length));
    } catch (error) {
      setMessage(`${title}: ${(error as { message?: string })?.message ?? String(error)}`);
    }
  }

  return (
    <section class="insight" aria-labelledby="insight-heading">
      <h2 id="insight-heading">{heading}</h2>
      {view === 'customer' && model?.customerId && (
        <p>
          <a href={subscriptionsLink(model.customerId)} target="_blank" rel="noopener noreferrer">
            {logText(lang).subscriptions}
          </a>
        </p>
      )}
      {view === 'orders' && (
        <label class="insight-filter">
          {words.promotion}{' '}
          <select value={promotion} onChange={(e) => props.onPromotion((e.currentTarget as HTMLSelectElement).value as PromotionFilter)}>
            <option value="any">{words.promotionAny}</option>
            <option value="with">{words.promotionWith}</option>
            <option value="without">{words.promotionWithout}</option>
          </select>
        </label>
      )}
      {state.status === 'working' && (
        <p role="status" aria-live="polite">
          {words.scanning(formatNumber(lang, state.scanned))}
        </p>
      )}
      {state.status === 'problem' && <p role="alert">{state.message}</p>}
      {model && (
        <>
          {state.status === 'ready' && (
            <p role="status" class="muted">
              {words.scanned(formatNumber(lang, model.scanned))} {view === 'gdap' ? words.periodNote : ''}
            </p>
          )}
          {model.unreadable > 0 && (
            <p class="unreadable" role="note">
              <strong>{unreadableText(model.unreadable, lang)}.</strong> {words.unreadableHint}
            </p>
          )}
          {view === 'customer' && !model.customerId && <p>{words.pickCustomer}</p>}
          {model.facts.length > 0 && (
            <dl class="insight-facts">
              {model.facts.map((f) => (
                <div key={f.id}>
                  <dt>{words.facts[f.id]}</dt>
                  <dd>{f.value === undefined || f.value === '' ? '—' : <CellText cell={f.value} lang={lang} />}</dd>
                </div>
              ))}
            </dl>
          )}
          {model.sections.map((s) => {
            const id = `insight-${s.id}`;
            const title = words.sections[s.id];
            return (
              <section key={s.id} class="insight-section" aria-labelledby={id}>
                <h3 id={id}>{title}</h3>
                {s.total === 0 ? (
                  <p>{words.noRows}</p>
                ) : (
                  <>
                    <button type="button" disabled={state.status !== 'ready'} onClick={() => void exportSection(s.id, title)}>
                      {words.exportSection(title)}
                    </button>
                    {s.total > s.table.rows.length && <p class="muted">{words.shownOf(formatNumber(lang, s.table.rows.length), formatNumber(lang, s.total))}</p>}
                    <InsightTable table={s.table} lang={lang} labelledBy={id} customerHref={props.customerHref} onOpenCustomer={props.onOpenCustomer} />
                  </>
                )}
              </section>
            );
          })}
          {message && <p role="status">{message}</p>}
        </>
      )}
    </section>
  );
}

export default InsightView;
