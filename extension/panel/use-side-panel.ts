// The side panel's state in one hook: the period and its records (ActivityLogStore), what the user narrowed them
// to, the customer it follows, exports and the hand-off to the app. Components render this and call its actions.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ActivityRecord } from '../../core/record/activity-record';
import { defaultPeriod, queryRecords, type Period } from '../../core/asking/activity-query';
import { logText } from '../../core/words/log-text';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import type { ActivitySource } from '../data-source/activity-source';
import type { PanelRequest } from '../messaging/panel-request';
import { QUICK_VIEWS } from '../dashboard/features';
import { ActivityLogStore, type ActivityLogState } from './activity-log-store';
import { panelQuery, type FollowedCustomer, type PanelFilter } from './panel-filter';
import { buildExportFiles, ExportCancelled, type ExportedFile, type ExportFormat } from './panel-export';
import { panelText } from './panel-text';
import type { CustomerCard } from './customer-summary';

/** Everything the panel needs from the browser, passed in so tests can give fakes. */
export interface SidePanelDeps {
  lang: Lang;
  /** The browser's delimiter for CSV (Excel's, by locale); the user may override it. */
  delimiter: CsvDelimiter;
  now: () => Date;
  openSource: () => Promise<ActivitySource>;
  /** Calls back with the active tab's customer; returns the unsubscribe. */
  watchActiveCustomer?: (cb: (customerId: string | undefined) => void) => () => void;
  /** Calls back with each request from the dashboard's controls; returns the unsubscribe. */
  watchRequests?: (cb: (r: PanelRequest) => void) => () => void;
  /** Calls back when the data source or the sign-in changed elsewhere; returns the unsubscribe. */
  watchSource?: (cb: (change: 'settings' | 'signed-in' | 'signed-out') => void) => () => void;
  saveFile: (file: ExportedFile) => void;
  openTab: (url: string) => void;
  openOptions: () => void;
  signIn?: () => Promise<void>;
  /** Parks the records for the app and opens it (at a view, with `params`); resolves when the app tab is open. */
  openInApp?: (records: readonly ActivityRecord[], label: string, params?: Record<string, string>) => Promise<void>;
}

export interface ExportState {
  format: ExportFormat;
  fraction: number;
  cancel(): void;
}

export interface SidePanelModel {
  lang: Lang;
  log: ActivityLogState;
  /** The period being typed; the store loads it once it is a valid period. */
  draft: Period;
  periodProblem?: string;
  filter: PanelFilter;
  /** The customer's name for the banner (from the records when the dashboard did not say). */
  customerLabel?: string;
  visible: readonly ActivityRecord[];
  delimiter: CsvDelimiter;
  exporting?: ExportState;
  /** Last export or hand-off outcome, for the live region. */
  message?: string;
  handingOff: boolean;
  /** "This customer"'s card: last order, seat changes this period, GDAP status, last activity. */
  customerCard?: CustomerCard;
  /** The record an alert notification asked to open. */
  focusKey?: string;
  actions: {
    setFrom(value: string): void;
    setTo(value: string): void;
    toggleQuickView(id: string): void;
    setText(text: string): void;
    clearCustomer(): void;
    retry(): void;
    cancelLoad(): void;
    setDelimiter(d: CsvDelimiter): void;
    exportLog(format: ExportFormat): Promise<void>;
    openInApp(): Promise<void>;
    /** Hands the customer's records to the app and opens its Customer view. */
    openCustomerInApp(): Promise<void>;
    openTab(url: string): void;
    openOptions(): void;
    signIn(): Promise<void>;
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function useStoreState(store: ActivityLogStore): ActivityLogState {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return state;
}

export function useSidePanel(deps: SidePanelDeps): SidePanelModel {
  const { lang } = deps;
  const text = logText(lang);
  const words = panelText(lang);
  const store = useMemo(() => new ActivityLogStore(deps.openSource, defaultPeriod(deps.now())), []);
  const log = useStoreState(store);
  const [draft, setDraft] = useState<Period>(store.state.period);
  const [filter, setFilter] = useState<PanelFilter>({ quickViews: [], text: '' });
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(deps.delimiter);
  const [exporting, setExporting] = useState<ExportState>();
  const [message, setMessage] = useState<string>();
  const [handingOff, setHandingOff] = useState(false);
  const [focusKey, setFocusKey] = useState<string>();
  /** The tab customer the user cleared: not re-applied until the active tab shows another customer. */
  const cleared = useRef<string>();

  useEffect(() => {
    void store.load();
    return () => store.dispose();
  }, [store]);

  const follow = (customer: FollowedCustomer | undefined): void =>
    setFilter((f) => {
      const others = f.quickViews.filter((id) => id !== 'this-customer');
      return customer ? { ...f, customer, quickViews: ['this-customer', ...others] } : { ...f, customer: undefined, quickViews: others };
    });

  useEffect(
    () =>
      deps.watchActiveCustomer?.((id) => {
        if (!id) {
          cleared.current = undefined;
          return;
        }
        if (cleared.current === id) return;
        cleared.current = undefined;
        follow({ id, origin: 'tab' });
      }),
    [],
  );

  useEffect(
    () =>
      deps.watchSource?.((change) => {
        const load = store.state.load;
        const waitingForSignIn = load.status === 'problem' && (load.problem.kind === 'not-signed-in' || load.problem.kind === 'unauthorized');
        if (change === 'signed-in' && !waitingForSignIn) return;
        void store.load();
      }),
    [],
  );

  const loadPeriod = (period: Period): void => {
    setDraft(period);
    void store.load(period);
  };

  useEffect(
    () =>
      deps.watchRequests?.((request) => {
        if (request.customerId) follow({ id: request.customerId, name: request.customerName, origin: 'button' });
        if (request.recordKey) setFocusKey(request.recordKey);
        if (request.from || request.to) {
          const current = store.state.period;
          loadPeriod({ from: request.from ?? current.from, to: request.to ?? current.to });
        }
      }),
    [],
  );

  // Typing a date loads it once the period is whole and in order; half-typed dates wait.
  const periodProblem = DAY.test(draft.from) && DAY.test(draft.to) && draft.from > draft.to ? words.periodInvalid : undefined;
  useEffect(() => {
    if (!DAY.test(draft.from) || !DAY.test(draft.to) || draft.from > draft.to) return;
    const current = store.state.period;
    if (current.from === draft.from && current.to === draft.to) return;
    const timer = setTimeout(() => void store.load(draft), 350);
    return () => clearTimeout(timer);
  }, [draft.from, draft.to]);

  const now = deps.now();
  const query = useMemo(() => panelQuery(filter, log.period, QUICK_VIEWS, now), [filter, log.period, now.toISOString().slice(0, 10)]);
  const visible = useMemo(() => queryRecords(log.records, query), [log.records, query]);

  const customerLabel = useMemo(() => {
    const customer = filter.customer;
    if (!customer) return undefined;
    if (customer.name) return customer.name;
    return log.records.find((r) => r.customerId === customer.id && r.customerName)?.customerName ?? customer.id;
  }, [filter.customer, log.records]);

  const followed = filter.customer && filter.quickViews.includes('this-customer') ? filter.customer.id : undefined;
  const [customerCard, setCustomerCard] = useState<CustomerCard>();
  useEffect(() => {
    if (!followed) {
      setCustomerCard(undefined);
      return;
    }
    let live = true;
    void import('./customer-summary').then((m) => live && setCustomerCard(m.customerCard(log.records, followed, log.period, lang)));
    return () => {
      live = false;
    };
  }, [followed, log.records, log.period, lang]);

  const handOff = async (records: readonly ActivityRecord[], label: string, params?: Record<string, string>): Promise<void> => {
    if (!deps.openInApp || handingOff) return;
    setHandingOff(true);
    setMessage(words.handingOff);
    try {
      await deps.openInApp(records, label, params);
      setMessage(undefined);
    } catch (error) {
      setMessage(String((error as Error)?.message ?? error));
    } finally {
      setHandingOff(false);
    }
  };

  const exportLog = async (format: ExportFormat): Promise<void> => {
    if (exporting) return;
    if (visible.length === 0) {
      setMessage(text.nothingToExport);
      return;
    }
    const controller = new AbortController();
    const state: ExportState = { format, fraction: 0, cancel: () => controller.abort() };
    setExporting(state);
    setMessage(undefined);
    try {
      const files = await buildExportFiles({
        records: visible,
        format,
        lang,
        delimiter,
        from: query.from ?? log.period.from,
        to: query.to ?? log.period.to,
        signal: controller.signal,
        onProgress: (fraction) => setExporting({ ...state, fraction }),
      });
      for (const file of files) deps.saveFile(file);
      setMessage(files.length === 1 ? words.exportedRows(files[0]!.name, files[0]!.rows) : text.exportedFiles(files.length, 1_048_576));
    } catch (error) {
      setMessage(error instanceof ExportCancelled ? words.exportCancelled : String((error as Error)?.message ?? error));
    } finally {
      setExporting(undefined);
    }
  };

  return {
    lang,
    log,
    draft,
    periodProblem,
    filter,
    customerLabel,
    visible,
    delimiter,
    exporting,
    message,
    handingOff,
    customerCard,
    focusKey,
    actions: {
      setFrom: (from) => setDraft((d) => ({ ...d, from })),
      setTo: (to) => setDraft((d) => ({ ...d, to })),
      toggleQuickView: (id) =>
        setFilter((f) => ({
          ...f,
          quickViews: f.quickViews.includes(id) ? f.quickViews.filter((v) => v !== id) : [...f.quickViews, id],
        })),
      setText: (value) => setFilter((f) => ({ ...f, text: value })),
      clearCustomer: () => {
        cleared.current = filter.customer?.id;
        follow(undefined);
      },
      retry: () => void store.load(),
      cancelLoad: () => store.cancel(),
      setDelimiter,
      exportLog,
      openInApp: () => handOff(visible, `${text.activityLog} ${query.from ?? ''} – ${query.to ?? ''}`),
      openCustomerInApp: async () => {
        if (!followed) return;
        const records = log.records.filter((r) => r.customerId.toLowerCase() === followed.toLowerCase());
        const period = log.period;
        await handOff(records, `${customerLabel ?? followed} ${period.from} – ${period.to}`, { view: 'customer', customerId: followed, from: period.from, to: period.to });
      },
      openTab: deps.openTab,
      openOptions: deps.openOptions,
      signIn: async () => {
        if (!deps.signIn) return deps.openOptions();
        try {
          await deps.signIn();
          void store.load();
        } catch (error) {
          setMessage((error as { userMessage?: string })?.userMessage ?? String((error as Error)?.message ?? error));
        }
      },
    },
  };
}

