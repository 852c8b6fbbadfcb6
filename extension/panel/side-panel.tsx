// The side panel beside the dashboard: period, quick views and search, the log, Export log and the hand-off to
// the app. Renders useSidePanel's model; no data logic here.
import { logText } from '../../core/words/log-text';
import { QUICK_VIEWS } from '../dashboard/features';
import { PanelLog } from './panel-log';
import { CustomerSummaryCard } from './customer-summary-card';
import { EmptyState, LoadingState, ProblemState, SampleDataBanner } from './panel-states';
import { panelText } from './panel-text';
import { useSidePanel, type SidePanelDeps, type SidePanelModel } from './use-side-panel';

export function SidePanel({ deps }: { deps: SidePanelDeps }) {
  const model = useSidePanel(deps);
  const { lang, log, visible, actions } = model;
  const text = logText(lang);
  const load = log.load;
  const filtered = model.filter.quickViews.length > 0 || model.filter.text.trim() !== '';
  return (
    <main class="panel">
      <header class="panel-head">
        <h1>{text.appName}</h1>
        {log.isSample && <SampleDataBanner lang={lang} />}
      </header>
      <PeriodFields model={model} />
      <QuickViewBar model={model} />
      {model.filter.customer && <CustomerBanner model={model} />}
      {log.notice && (
        <p class="notice" role="note">
          {log.notice}
        </p>
      )}
      {load.status === 'loading' && <LoadingState load={load} lang={lang} onCancel={actions.cancelLoad} />}
      {load.status === 'problem' && (
        <ProblemState load={load} lang={lang} onRetry={actions.retry} onSignIn={() => void actions.signIn()} onOpenOptions={actions.openOptions} />
      )}
      {(load.status !== 'problem' || log.records.length > 0) && (
        <>
          {model.customerCard && load.status === 'ready' && (
            <CustomerSummaryCard
              card={model.customerCard}
              name={model.customerLabel ?? model.customerCard.summary.customerId}
              lang={lang}
              canOpenApp={deps.openInApp !== undefined}
              busy={model.handingOff}
              onOpenApp={() => void actions.openCustomerInApp()}
            />
          )}
          {visible.length > 0 ? (
            <PanelLog records={visible} lang={lang} status={summaryText(model)} openLink={actions.openTab} focusKey={model.focusKey} />
          ) : (
            <>
              <Summary model={model} />
              {load.status === 'ready' && <EmptyState lang={lang} filtered={filtered || !!model.filter.customer} />}
            </>
          )}
        </>
      )}
      <ExportBar model={model} />
    </main>
  );
}

function PeriodFields({ model }: { model: SidePanelModel }) {
  const text = logText(model.lang);
  const words = panelText(model.lang);
  return (
    <fieldset class="period">
      <legend class="visually-hidden">{words.periodLegend}</legend>
      <label>
        <span>{text.from}</span>
        <input type="date" value={model.draft.from} max={model.draft.to || undefined} onInput={(e) => model.actions.setFrom(e.currentTarget.value)} />
      </label>
      <label>
        <span>{text.to}</span>
        <input type="date" value={model.draft.to} min={model.draft.from || undefined} onInput={(e) => model.actions.setTo(e.currentTarget.value)} />
      </label>
      <span class="utc" aria-hidden="true">
        {words.utc}
      </span>
      {model.periodProblem && (
        <p class="field-problem" role="alert">
          {model.periodProblem}
        </p>
      )}
    </fieldset>
  );
}

function QuickViewBar({ model }: { model: SidePanelModel }) {
  const text = logText(model.lang);
  const words = panelText(model.lang);
  return (
    <div class="filters">
      <div class="quick-views" role="group" aria-label={words.quickViews}>
        {QUICK_VIEWS.map((view) => {
          const pressed = model.filter.quickViews.includes(view.id);
          const unavailable = view.id === 'this-customer' && !model.filter.customer;
          return (
            <button
              key={view.id}
              type="button"
              class="chip"
              aria-pressed={pressed && !unavailable}
              disabled={unavailable}
              title={unavailable ? words.noCustomerPage : undefined}
              onClick={() => model.actions.toggleQuickView(view.id)}
            >
              {view.label(model.lang)}
            </button>
          );
        })}
      </div>
      <label class="search">
        <span class="visually-hidden">{text.search}</span>
        <input type="search" placeholder={text.search} value={model.filter.text} onInput={(e) => model.actions.setText(e.currentTarget.value)} />
      </label>
    </div>
  );
}

function CustomerBanner({ model }: { model: SidePanelModel }) {
  const words = panelText(model.lang);
  const customer = model.filter.customer!;
  const active = model.filter.quickViews.includes('this-customer');
  if (!active) return null;
  return (
    <p class="customer-banner" role="status">
      <span>
        <strong>{words.showingCustomer(model.customerLabel ?? customer.id)}</strong>{' '}
        <span class="muted">({customer.origin === 'tab' ? words.customerFromTab : words.customerFromButton})</span>
      </span>
      <button type="button" onClick={model.actions.clearCustomer} aria-label={`${words.clear}: ${words.showingCustomer(model.customerLabel ?? customer.id)}`}>
        {words.clear}
      </button>
    </p>
  );
}

/** "1,234 records in this period" / "Showing 12 records of 1,234": above the table's rows, or alone when none show. */
function summaryText(model: SidePanelModel): string | undefined {
  const words = panelText(model.lang);
  const total = model.log.records.length;
  if (model.log.load.status !== 'ready' || total === 0) return undefined;
  return model.visible.length === total ? words.fetched(total) : words.shown(model.visible.length, total);
}

function Summary({ model }: { model: SidePanelModel }) {
  const text = summaryText(model);
  if (text === undefined) return null;
  return (
    <p class="summary" role="status">
      {text}
    </p>
  );
}

function ExportBar({ model }: { model: SidePanelModel }) {
  const text = logText(model.lang);
  const words = panelText(model.lang);
  const { exporting } = model;
  const busy = !!exporting || model.log.load.status === 'loading';
  return (
    <footer class="export-bar">
      <div class="export-row">
        <button type="button" class="primary" disabled={busy} onClick={() => void model.actions.exportLog('csv')}>
          {text.exportLog}
        </button>
        <button type="button" disabled={busy} onClick={() => void model.actions.exportLog('json')}>
          {text.exportJson}
        </button>
        <label class="delimiter">
          <span>{words.delimiter}</span>
          <select value={model.delimiter} onChange={(e) => model.actions.setDelimiter(e.currentTarget.value === ';' ? ';' : ',')}>
            <option value=",">{words.delimiterComma}</option>
            <option value=";">{words.delimiterSemicolon}</option>
          </select>
        </label>
      </div>
      {exporting && (
        <div class="export-progress">
          <progress max={100} value={Math.round(exporting.fraction * 100)} aria-label={words.exportProgress(Math.round(exporting.fraction * 100))} />
          <button type="button" onClick={exporting.cancel}>
            {text.cancel}
          </button>
        </div>
      )}
      <div class="export-row">
        <button type="button" disabled={busy || model.handingOff || model.visible.length === 0} onClick={() => void model.actions.openInApp()} title={words.openInAppHint}>
          {words.openInApp}
        </button>
      </div>
      <p class="message" role="status" aria-live="polite">
        {model.message ?? ''}
      </p>
    </footer>
  );
}
