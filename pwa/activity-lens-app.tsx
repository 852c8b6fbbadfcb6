// The app: a shell (header, navigation, the running import) around one page at a time: the activity log, an insight
// view, Alerts, Archive coverage, Imports or Settings. The page and the query live in the URL, so each is an address.
// Components stay thin: the store (pwa/store) and the workers do the work, core decides what things mean.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lazy, Suspense } from 'preact/compat';
import { langFromLocale, csvDelimiterForLocale, type Lang } from '../core/words/locale';
import { queryFromSearchParams, queryToSearchParams, type ActivityQuery } from '../core/asking/activity-query';
import { countRecords, openActivityDb, type Batch } from './store/activity-db';
import { announceArchiveChange, onArchiveChange } from './store/archive-changes';
import { removeBatch, rollBackAbandonedBatches } from './store/batch-writer';
import { openRecordWindow, type RecordWindow } from './store/record-window';
import type { ActivityStats } from './store/view-summary';
import { storeQueryFor } from './store/store-query';
import { loadCoverage } from './store/coverage-store';
import type { CoverageSpan } from '../core/archive/archive-coverage';
import { summariseCoverage } from './shell/coverage-summary';
import { insightSource, viewWorker } from './workers/worker-clients';
import { appText } from './app-text';
import { RecordList } from './views/record-list';
import { FilterForm } from './views/filter-form';
import { ExportPanel } from './views/export-panel';
import { UpdateBanner } from './views/update-banner';
import { SavedViews } from './views/saved-views';
import { download } from './views/export-panel';
import type { PromotionFilter } from './views/insight/insight-view-id';
import { startArchiveSync, type ArchiveSyncStatus } from './archive-sync';
import { knownExtensionBridge } from './extension-bridge';
import type { ActivityRecord } from '../core/record/activity-record';
import { AppHeader, type DataSourceState } from './shell/app-header';
import { AppNav } from './shell/app-nav';
import { JobBar } from './shell/job-bar';
import { useImportJobs } from './shell/import-jobs';
import { EmptyArchive, NoMatch, OpeningArchive, ReadFailed, SampleDataNote } from './shell/log-states';
import { ViewCount } from './shell/view-count';
import { ToolPage } from './shell/tool-page';
import { headingIdOf, insightOf, pageFromParam, type ShellPage } from './shell/shell-page';

const ActivityChart = lazy(() => import('./views/activity-chart'));
const InsightView = lazy(() => import('./views/insight/insight-view'));

// Lazy: it names the sample's tenant, which brings the sample generator's tables along.
const CoverageView = lazy(() => import('./views/coverage-view'));
// Lazy too: its rules' texts are only needed once it shows.
const AlertsView = lazy(() => import('./views/alerts-view'));
// The pages and panels the log's first screen does not show load when opened: less script to parse before it paints.
const ImportPanel = lazy(() => import('./views/import-panel').then((m) => ({ default: m.ImportPanel })));
const StoragePanel = lazy(() => import('./views/storage-panel').then((m) => ({ default: m.StoragePanel })));
const TopLists = lazy(() => import('./views/top-lists').then((m) => ({ default: m.TopLists })));

const LANG_KEY = 'activity-lens.lang';

function queryFromLocation(): ActivityQuery {
  const params = new URLSearchParams(window.location.search);
  return queryFromSearchParams(params, new Date());
}

/** The page in the URL (`view=seat-changes`, `view=imports`…); none is the activity log. */
function pageFromLocation(): ShellPage {
  return pageFromParam(new URLSearchParams(window.location.search).get('view'));
}

function promotionFromLocation(): PromotionFilter {
  const p = new URLSearchParams(window.location.search).get('promo');
  return p === 'with' || p === 'without' ? p : 'any';
}

/** The address of a query on a page: the query's parameters, the page, and what the session carries (sample, bridge). */
function pageSearch(query: ActivityQuery, page: ShellPage, promotion: PromotionFilter): string {
  const params = queryToSearchParams(query);
  if (page !== 'log') params.set('view', page);
  if (page === 'orders' && promotion !== 'any') params.set('promo', promotion);
  const keep = new URLSearchParams(window.location.search);
  for (const k of ['sample', 'bridge']) {
    const v = keep.get(k);
    if (v) params.set(k, v);
  }
  const search = params.toString();
  return search ? `?${search}` : window.location.pathname;
}

function dataSourceOf(total: number | undefined, batches: Batch[], bridged: boolean): DataSourceState {
  if (bridged || batches.some((b) => b.source === 'extension')) return 'extension';
  if (!total) return 'none';
  if (batches.some((b) => b.source === 'file')) return 'files';
  return batches.length > 0 ? 'sample' : 'files';
}

const isSample = (b: Batch) => b.source === 'sample' || b.source === 'sample-server';

export function App() {
  const db = openActivityDb();
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) as Lang | null) ?? langFromLocale(navigator.language));
  const text = appText(lang);
  const [query, setQuery] = useState<ActivityQuery>(queryFromLocation);
  const [page, setPage] = useState<ShellPage>(pageFromLocation);
  const [promotion, setPromotion] = useState<PromotionFilter>(promotionFromLocation);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [batches, setBatches] = useState<Batch[]>([]);
  const [window_, setWindow] = useState<RecordWindow | undefined>(undefined);
  const [readProblem, setReadProblem] = useState<string | undefined>(undefined);
  const [stats, setStats] = useState<ActivityStats | undefined>(undefined);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [coverageSpans, setCoverageSpans] = useState<CoverageSpan[] | undefined>(undefined);
  /** The heading to move the focus to once the page it belongs to has drawn. */
  const [focusTarget, setFocusTarget] = useState<{ id: string } | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement | null>(null);

  const reread = useCallback(() => setVersion((v) => v + 1), []);
  /** This tab changed the archive: its views read it again, and so do the app's other tabs (archive-changes.ts). */
  const changed = useCallback(() => {
    reread();
    announceArchiveChange();
  }, []);
  useEffect(() => onArchiveChange(reread), []);
  const jobs = useImportJobs(text, changed);
  const [syncStatus, setSyncStatus] = useState<ArchiveSyncStatus | undefined>(undefined);
  const [delivered, setDelivered] = useState<{ added: number; duplicates: number } | undefined>(undefined);
  const insight = insightOf(page);

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
      setPage(pageFromLocation());
      setPromotion(promotionFromLocation());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [count, list] = await Promise.all([countRecords(db), db.batches.orderBy('importedAt').reverse().toArray()]);
        if (!live) return;
        setTotal(count);
        setBatches(list.filter((b) => b.state === 'done'));
        setReadProblem(undefined);
        // Only the log reads a window and stats; an insight view reads the archive in its worker.
        if (page !== 'log') return;
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
      } catch (error) {
        if (live) setReadProblem((error as { message?: string })?.message ?? String(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [query, version, page]);

  // The header's coverage line follows every import, fetch and undo, as the coverage page does.
  useEffect(() => {
    let live = true;
    void loadCoverage(db)
      .then((spans) => live && setCoverageSpans(spans))
      .catch(() => undefined); // the line stays away; the coverage page says what went wrong
    return () => {
      live = false;
    };
  }, [version]);
  const coverage = useMemo(() => (coverageSpans ? (summariseCoverage(coverageSpans, new Date()) ?? null) : undefined), [coverageSpans]);

  // Focus follows navigation to the new page's heading. Layout effect: the heading is there as soon as the page
  // drew, before a keyboard user's next key; a lazy page's heading is waited for a little.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const heading = document.getElementById(focusTarget.id);
      if (heading) {
        heading.scrollIntoView?.({ block: 'nearest' });
        heading.focus();
      } else if (tries++ < 120) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusTarget]);

  const go = (next: ActivityQuery, nextPage: ShellPage, nextPromotion: PromotionFilter, focus = false) => {
    const search = pageSearch(next, nextPage, nextPromotion);
    if (search !== window.location.search) history.pushState(null, '', search);
    setQuery(next);
    setPage(nextPage);
    setPromotion(nextPromotion);
    if (focus) setFocusTarget({ id: headingIdOf(nextPage) });
  };
  const navigate = (next: ActivityQuery) => go(next, page, promotion);
  const openPage = (nextPage: ShellPage) => go(query, nextPage, promotion, true);
  const pageHref = (p: ShellPage) => pageSearch(query, p, promotion);
  /** A customer's story keeps the period and drops the other filters (they would hide part of it). */
  const customerQuery = (customerId: string): ActivityQuery => ({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), customerId });
  const openCustomer = (customerId: string) => go(customerQuery(customerId), 'customer', promotion);
  const customerHref = (customerId: string) => pageSearch(customerQuery(customerId), 'customer', promotion);

  const showRecord = useCallback(
    (record: ActivityRecord) => {
      const day = record.operationDate.slice(0, 10);
      go({ from: day, to: day, ...(record.customerId ? { customerId: record.customerId } : { text: record.id || record.customerName }) }, 'log', promotion, true);
    },
    [go, promotion],
  );

  const delimiter = useMemo(() => csvDelimiterForLocale(lang === 'it' ? 'it-IT' : navigator.language), [lang]);
  const source = dataSourceOf(total, batches, !!syncStatus && syncStatus.state !== 'unavailable');
  const sampleBatches = batches.filter(isSample);
  const filtered = Object.keys(query).some((k) => k !== 'from' && k !== 'to');
  const chooseFiles = () => fileInput.current?.click();
  const opened = readProblem !== undefined || total === 0 || (total !== undefined && window_ !== undefined);

  const logPage = (
    <section class="log-page" aria-labelledby="view-heading">
      <div class="command-bar">
        <h2 id="view-heading" tabIndex={-1}>
          {text.rowsLabel}
        </h2>
        {/* An empty archive has nothing to count: its page says what to do first. */}
        {total !== 0 && <ViewCount text={text} total={window_?.total} exact={!!window_?.exact} filtered={filtered} />}
        {opened && !!total && (
        <div class="command-bar-actions">
          <button type="button" class="subtle" aria-expanded={summaryOpen} aria-controls="log-summary" title={text.summary} onClick={() => setSummaryOpen(!summaryOpen)}>
            <svg class="button-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
              <path d="M2.5 13.5h11M4 11V7M7 11V3.5M10 11V6M13 11V8.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </svg>
            <span class="button-label">{text.summary}</span>
          </button>
          <SavedViews text={text} onOpen={(search) => navigate(queryFromSearchParams(new URLSearchParams(search), new Date()))} current={queryToSearchParams(query).toString()} />
          <div class="export-host">
            <ExportPanel text={text} lang={lang} query={query} defaultDelimiter={delimiter} />
          </div>
        </div>
        )}
      </div>
      {!opened ? (
        // Until the first read (the count, the imports and the first page of rows) the log only says it is opening;
        // then the actions, the filter bar, the note and the rows arrive together in their places: nothing already
        // on screen is pushed down (Lighthouse's mobile CLS counted the actions, the note and the table moving).
        <div class="log-host" key="opening">
          <OpeningArchive text={text} />
        </div>
      ) : (
      <>
      <FilterForm text={text} lang={lang} query={query} onApply={navigate} />
      {sampleBatches.length > 0 && (
        <SampleDataNote
          text={text}
          onRemove={async () => {
            for (const b of sampleBatches) await removeBatch(db, b.id!);
            changed();
          }}
        />
      )}
      {summaryOpen && (
        <div id="log-summary" class="log-summary">
          {stats && stats.perDay.length > 0 && (
            <Suspense fallback={<p>{text.working}</p>}>
              <ActivityChart text={text} perDay={stats.perDay} onPickDay={(day) => navigate({ ...query, from: day, to: day })} />
            </Suspense>
          )}
          {stats ? (
            <Suspense fallback={<p>{text.working}</p>}>
              <TopLists text={text} lang={lang} stats={stats} onCustomer={(customerId) => navigate({ ...query, customerId })} />
            </Suspense>
          ) : (
            <p>{text.working}</p>
          )}
        </div>
      )}
      <div class="log-host" key="open">
        {readProblem ? (
          <ReadFailed text={text} message={readProblem} onRetry={reread} />
        ) : total === 0 ? (
          <EmptyArchive text={text} busy={!!jobs.busy} onLoadSample={jobs.loadSample} onImport={chooseFiles} importsHref={pageHref('imports')} onImports={() => openPage('imports')} />
        ) : !window_ ? (
          <OpeningArchive text={text} />
        ) : window_.exact && window_.total === 0 ? (
          <NoMatch text={text} filtered={filtered} onClear={() => navigate({ from: query.from, to: query.to })} />
        ) : (
          <RecordList window={window_} lang={lang} text={text} customerHref={customerHref} onOpenCustomer={openCustomer} fill />
        )}
      </div>
      </>
      )}
    </section>
  );

  let content;
  if (page === 'log') content = logPage;
  else if (insight)
    content = (
      <section class="insight-page" aria-label={text.rowsLabel}>
        <FilterForm text={text} lang={lang} query={query} onApply={navigate} />
        <Suspense fallback={<p>{text.working}</p>}>
          <InsightView
            view={insight}
            query={query}
            lang={lang}
            promotion={promotion}
            delimiter={delimiter}
            source={insightSource}
            version={version}
            customerHref={customerHref}
            onOpenCustomer={openCustomer}
            onPromotion={(p) => go(query, insight, p)}
            save={download}
          />
        </Suspense>
      </section>
    );
  else if (page === 'alerts')
    content = (
      <ToolPage page={page} heading={text.alertsHeading} working={text.working}>
        <AlertsView text={text} lang={lang} version={version} onShowRecord={showRecord} />
      </ToolPage>
    );
  else if (page === 'coverage')
    content = (
      <ToolPage page={page} heading={text.coverageHeading} working={text.working}>
        <CoverageView text={text} lang={lang} version={version} onFetchSample={(from, to) => jobs.fetchSample(from, to)} />
      </ToolPage>
    );
  else if (page === 'imports')
    content = (
      <ToolPage page={page} heading={text.imports} working={text.working}>
        <ImportPanel
          text={text}
          lang={lang}
          empty={total === 0}
          period={query}
          jobs={jobs}
          batches={batches}
          sync={syncStatus}
          delivered={delivered}
          onChooseFiles={chooseFiles}
          onChanged={changed}
        />
      </ToolPage>
    );
  else
    content = (
      <ToolPage page={page} heading={text.settingsHeading} intro={text.settingsIntro} working={text.working}>
        <StoragePanel text={text} version={version} onChanged={changed} />
      </ToolPage>
    );

  return (
    <div
      class="app-shell"
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        // Files dropped anywhere are imported, as on the Imports page's drop zone.
        if (!e.dataTransfer?.files.length) return;
        e.preventDefault();
        jobs.importFiles([...e.dataTransfer.files]);
      }}
    >
      <AppHeader
        text={text}
        lang={lang}
        total={total}
        source={source}
        sync={syncStatus}
        coverage={coverage}
        coverageHref={pageHref('coverage')}
        onCoverage={() => openPage('coverage')}
        search={query.text ?? ''}
        busy={!!jobs.busy}
        fileInput={fileInput}
        onSearch={(words) => {
          const next = { ...query };
          if (words) next.text = words;
          else delete next.text;
          if ((next.text ?? '') !== (query.text ?? '')) go(next, page === 'log' || insight ? page : 'log', promotion);
        }}
        onFiles={jobs.importFiles}
        onLang={(next) => {
          localStorage.setItem(LANG_KEY, next);
          setLang(next);
        }}
      />
      <UpdateBanner text={text} />
      <JobBar text={text} jobs={jobs} />
      <div class="shell-body">
        <AppNav text={text} lang={lang} current={page} href={pageHref} onOpen={openPage} />
        <main id="main" class={`page page-${page}`} tabIndex={-1}>
          {content}
        </main>
      </div>
    </div>
  );
}
