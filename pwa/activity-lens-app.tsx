// The app's one screen: archive status, getting records in, the filtered list with its chart, and export.
// Components stay thin: the store (pwa/store) and the workers do the work, core decides what things mean.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { lazy, Suspense } from 'preact/compat';
import { langFromLocale, csvDelimiterForLocale, type Lang } from '../core/words/locale';
import { queryFromSearchParams, queryToSearchParams, type ActivityQuery } from '../core/asking/activity-query';
import { countRecords, openActivityDb, type Batch } from './store/activity-db';
import { rollBackAbandonedBatches } from './store/batch-writer';
import { openRecordWindow, type RecordWindow } from './store/record-window';
import type { ActivityStats } from './store/view-summary';
import { storeQueryFor } from './store/store-query';
import { insightSource, viewWorker } from './workers/worker-clients';
import { appText } from './app-text';
import { RecordList } from './views/record-list';
import { ImportPanel } from './views/import-panel';
import { FilterForm } from './views/filter-form';
import { ExportPanel } from './views/export-panel';
import { BatchList } from './views/batch-list';
import { StoragePanel } from './views/storage-panel';
import { UpdateBanner } from './views/update-banner';
import { TopLists } from './views/top-lists';
import { SavedViews } from './views/saved-views';
import { ViewNav } from './views/insight/view-nav';
import { download } from './views/export-panel';
import { isInsightView, type InsightViewId, type PromotionFilter } from './views/insight/insight-view-id';
import { ExtensionSyncStatus } from './views/extension-sync-status';
import { startArchiveSync, type ArchiveSyncStatus } from './archive-sync';
import { knownExtensionBridge } from './extension-bridge';
import type { ActivityRecord } from '../core/record/activity-record';

const ActivityChart = lazy(() => import('./views/activity-chart'));
const InsightView = lazy(() => import('./views/insight/insight-view'));

// Lazy: it names the sample's tenant, which brings the sample generator's tables along.
const CoverageView = lazy(() => import('./views/coverage-view'));
// Lazy too: below the fold, and its rules' texts are only needed once it shows.
const AlertsView = lazy(() => import('./views/alerts-view'));

const LANG_KEY = 'activity-lens.lang';

function queryFromLocation(): ActivityQuery {
  const params = new URLSearchParams(window.location.search);
  return queryFromSearchParams(params, new Date());
}

/** The insight view in the URL (`view=seat-changes`…); none is the activity log. */
function viewFromLocation(): InsightViewId | undefined {
  const v = new URLSearchParams(window.location.search).get('view');
  return isInsightView(v) ? v : undefined;
}

function promotionFromLocation(): PromotionFilter {
  const p = new URLSearchParams(window.location.search).get('promo');
  return p === 'with' || p === 'without' ? p : 'any';
}

/** The address of a query in a view: the query's parameters, the view, and what the session carries (sample, bridge). */
function viewSearch(query: ActivityQuery, view: InsightViewId | undefined, promotion: PromotionFilter): string {
  const params = queryToSearchParams(query);
  if (view) params.set('view', view);
  if (view === 'orders' && promotion !== 'any') params.set('promo', promotion);
  const keep = new URLSearchParams(window.location.search);
  for (const k of ['sample', 'bridge']) {
    const v = keep.get(k);
    if (v) params.set(k, v);
  }
  const search = params.toString();
  return search ? `?${search}` : window.location.pathname;
}

export function App() {
  const db = openActivityDb();
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) as Lang | null) ?? langFromLocale(navigator.language));
  const text = appText(lang);
  const [query, setQuery] = useState<ActivityQuery>(queryFromLocation);
  const [view, setView] = useState<InsightViewId | undefined>(viewFromLocation);
  const [promotion, setPromotion] = useState<PromotionFilter>(promotionFromLocation);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [batches, setBatches] = useState<Batch[]>([]);
  const [window_, setWindow] = useState<RecordWindow | undefined>(undefined);
  const [stats, setStats] = useState<ActivityStats | undefined>(undefined);
  const [sampleFetch, setSampleFetch] = useState<{ id: number; from: string; to: string } | undefined>(undefined);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const [syncStatus, setSyncStatus] = useState<ArchiveSyncStatus | undefined>(undefined);
  const [delivered, setDelivered] = useState<{ added: number; duplicates: number } | undefined>(undefined);

  // The extension's sync: what it fetched lands here as soon as the app opens, with no click.
  useEffect(() => {
    const bridge = knownExtensionBridge();
    if (!bridge) return;
    const sync = startArchiveSync(db, bridge, {
      onStatus: setSyncStatus,
      onDelivered: (d) => {
        setDelivered((before) => ({ added: (before?.added ?? 0) + d.added, duplicates: (before?.duplicates ?? 0) + d.duplicates }));
        changed();
      },
    });
    return () => sync.stop();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    void rollBackAbandonedBatches(db).then((n) => n > 0 && changed());
    const onPop = () => {
      setQuery(queryFromLocation());
      setView(viewFromLocation());
      setPromotion(promotionFromLocation());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [count, list] = await Promise.all([countRecords(db), db.batches.orderBy('importedAt').reverse().toArray()]);
      if (!live) return;
      setTotal(count);
      setBatches(list.filter((b) => b.state === 'done'));
      // An insight view reads the archive in its worker; the log's window and stats wait until the log shows.
      if (view) return;
      // The first page now; the count, chart and top lists when the view worker has read the whole view.
      const w = await openRecordWindow(db, storeQueryFor(query));
      if (!live) return;
      setWindow(w);
      if (w.exact && w.total === 0) {
        setStats({ perDay: [], topCustomers: [], topActions: [] });
        return;
      }
      setStats(undefined);
      const s = await viewWorker().summarize(query);
      if (!live || !s) return;
      setWindow(w.withCounts(new Map(s.blockCounts)));
      setStats(s);
    })();
    return () => {
      live = false;
    };
  }, [query, version, view]);

  const go = (next: ActivityQuery, nextView: InsightViewId | undefined, nextPromotion: PromotionFilter) => {
    history.pushState(null, '', viewSearch(next, nextView, nextPromotion));
    setQuery(next);
    setView(nextView);
    setPromotion(nextPromotion);
  };
  const navigate = (next: ActivityQuery) => go(next, view, promotion);
  const openView = (nextView: InsightViewId | undefined) => go(query, nextView, promotion);
  /** A customer's story keeps the period and drops the other filters (they would hide part of it). */
  const customerQuery = (customerId: string): ActivityQuery => ({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), customerId });
  const openCustomer = (customerId: string) => go(customerQuery(customerId), 'customer', promotion);
  const customerHref = (customerId: string) => viewSearch(customerQuery(customerId), 'customer', promotion);

  /** In-page navigation that moves focus to the section's heading, so keyboard and screen-reader users land there. */
  const goTo = useCallback((headingId: string) => {
    const heading = document.getElementById(headingId);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }, []);

  const showRecord = useCallback(
    (record: ActivityRecord) => {
      const day = record.operationDate.slice(0, 10);
      go({ from: day, to: day, ...(record.customerId ? { customerId: record.customerId } : { text: record.id || record.customerName }) }, undefined, promotion);
      goTo('view-heading');
    },
    [go, promotion],
  );

  const sections: [string, string][] = [
    ['archive-heading', text.recordsInArchive],
    ['view-heading', text.rowsLabel],
    ['coverage-heading', text.coverageHeading],
    ['alerts-heading', text.alertsHeading],
  ];

  const delimiter = useMemo(() => csvDelimiterForLocale(lang === 'it' ? 'it-IT' : navigator.language), [lang]);

  return (
    <>
      <header class="app-header">
        <h1>{text.appName}</h1>
        <p>{text.tagline}</p>
        <label>
          {text.language}{' '}
          <select
            value={lang}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Lang;
              localStorage.setItem(LANG_KEY, next);
              setLang(next);
            }}
          >
            <option value="en">English</option>
            <option value="it">Italiano</option>
          </select>
        </label>
      </header>
      <UpdateBanner text={text} />
      <nav aria-label={text.sections} class="section-nav">
        <ul>
          {sections.map(([id, name]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(id);
                }}
              >
                {name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading" tabIndex={-1}>
            {text.recordsInArchive}: <output aria-label={text.recordsInArchive}>{total === undefined ? '…' : text.number(total)}</output>
          </h2>
          <ExtensionSyncStatus lang={lang} status={syncStatus} delivered={delivered} />
          <ImportPanel text={text} empty={total === 0} period={query} onChanged={changed} sampleFetch={sampleFetch} />
          <BatchList text={text} batches={batches} onChanged={changed} />
        </section>
        <ViewNav lang={lang} current={view} href={(v) => viewSearch(query, v, promotion)} onOpen={openView} />
        {view ? (
          <section aria-label={text.rowsLabel}>
            <FilterForm text={text} lang={lang} query={query} onApply={navigate} />
            <Suspense fallback={<p>{text.working}</p>}>
              <InsightView
                view={view}
                query={query}
                lang={lang}
                promotion={promotion}
                delimiter={delimiter}
                source={insightSource}
                version={version}
                customerHref={customerHref}
                onOpenCustomer={openCustomer}
                onPromotion={(p) => go(query, view, p)}
                save={download}
              />
            </Suspense>
          </section>
        ) : (
        <section aria-labelledby="view-heading">
          <h2 id="view-heading" tabIndex={-1}>
            {text.rowsLabel}
          </h2>
          <FilterForm text={text} lang={lang} query={query} onApply={navigate} />
          <SavedViews text={text} onOpen={(search) => navigate(queryFromSearchParams(new URLSearchParams(search), new Date()))} current={queryToSearchParams(query).toString()} />
          <p role="status">
            {window_ ? (window_.exact ? `${text.number(window_.total)} ${text.matching}` : `${text.number(window_.total)}+ ${text.matching} (${text.counting})`) : text.working}
          </p>
          {stats && stats.perDay.length > 0 && (
            <Suspense fallback={<p>{text.working}</p>}>
              <ActivityChart
                text={text}
                perDay={stats.perDay}
                onPickDay={(day) => navigate({ ...query, from: day, to: day })}
              />
            </Suspense>
          )}
          {stats && <TopLists text={text} lang={lang} stats={stats} onCustomer={(customerId) => navigate({ ...query, customerId })} />}
          {window_ && <RecordList window={window_} lang={lang} text={text} customerHref={customerHref} onOpenCustomer={openCustomer} />}
          <ExportPanel text={text} lang={lang} query={query} defaultDelimiter={delimiter} />
        </section>
        )}
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading" tabIndex={-1}>
            {text.coverageHeading}
          </h2>
          <Suspense fallback={<p>{text.working}</p>}>
            <CoverageView
              text={text}
              lang={lang}
              version={version}
              onFetchSample={(from, to) => {
                setSampleFetch((f) => ({ id: (f?.id ?? 0) + 1, from, to }));
                goTo('archive-heading');
              }}
            />
          </Suspense>
        </section>
        <section aria-labelledby="alerts-heading">
          <h2 id="alerts-heading" tabIndex={-1}>
            {text.alertsHeading}
          </h2>
          <Suspense fallback={<p>{text.working}</p>}>
            <AlertsView text={text} lang={lang} version={version} onShowRecord={showRecord} />
          </Suspense>
        </section>
        <StoragePanel text={text} version={version} onChanged={changed} />
      </main>
    </>
  );
}

