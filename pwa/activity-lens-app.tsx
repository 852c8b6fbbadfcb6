// The app's one screen: archive status, getting records in, the filtered list with its chart, and export.
// Components stay thin: the store (pwa/store) and the workers do the work, core decides what things mean.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { lazy, Suspense } from 'preact/compat';
import { langFromLocale, csvDelimiterForLocale, type Lang } from '../core/locale';
import { queryFromSearchParams, queryToSearchParams, type ActivityQuery } from '../core/activity-query';
import { countRecords, openActivityDb, type Batch } from './store/activity-db';
import { rollBackAbandonedBatches } from './store/batch-writer';
import { openRecordWindow, type RecordWindow } from './store/record-window';
import type { ActivityStats } from './store/view-summary';
import { storeQueryFor } from './store/store-query';
import { viewWorker } from './workers/worker-clients';
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

const ActivityChart = lazy(() => import('./views/activity-chart'));

const LANG_KEY = 'activity-lens.lang';

function queryFromLocation(): ActivityQuery {
  const params = new URLSearchParams(window.location.search);
  return queryFromSearchParams(params, new Date());
}

export function App() {
  const db = openActivityDb();
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) as Lang | null) ?? langFromLocale(navigator.language));
  const text = appText(lang);
  const [query, setQuery] = useState<ActivityQuery>(queryFromLocation);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [batches, setBatches] = useState<Batch[]>([]);
  const [window_, setWindow] = useState<RecordWindow | undefined>(undefined);
  const [stats, setStats] = useState<ActivityStats | undefined>(undefined);

  const changed = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    void rollBackAbandonedBatches(db).then((n) => n > 0 && changed());
    const onPop = () => setQuery(queryFromLocation());
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
  }, [query, version]);

  const navigate = useCallback((next: ActivityQuery) => {
    const params = queryToSearchParams(next);
    const keep = new URLSearchParams(window.location.search);
    for (const k of ['sample', 'bridge']) {
      const v = keep.get(k);
      if (v) params.set(k, v);
    }
    const search = params.toString();
    history.pushState(null, '', search ? `?${search}` : window.location.pathname);
    setQuery(next);
  }, []);

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
      <main>
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">
            {text.recordsInArchive}: <output aria-label={text.recordsInArchive}>{total === undefined ? '…' : text.number(total)}</output>
          </h2>
          <ImportPanel text={text} empty={total === 0} period={query} onChanged={changed} />
          <BatchList text={text} batches={batches} onChanged={changed} />
        </section>
        <section aria-labelledby="view-heading">
          <h2 id="view-heading">{text.rowsLabel}</h2>
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
          {window_ && <RecordList window={window_} lang={lang} text={text} />}
          <ExportPanel text={text} lang={lang} query={query} defaultDelimiter={delimiter} />
        </section>
        <StoragePanel text={text} version={version} onChanged={changed} />
      </main>
    </>
  );
}

