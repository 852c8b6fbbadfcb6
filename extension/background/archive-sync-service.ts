// The archive keeps itself: on a schedule and whenever the app opens, the extension fetches what is new with its
// own sign-in (core/sync-plan decides the periods), keeps each fetched period durably in the inbox until a paired
// app imports it and acks, raises an alert once per matching record, and warns before a day Partner Center still
// has is lost without being in the archive. Browser APIs come in as deps, so tests drive it with fakes.
import type { ActivityRecord } from '../../core/record/activity-record';
import { alertsFor, type AlertRuleId } from '../../core/archive/alert-rules';
import { daysAtRisk, type CoverageSpan } from '../../core/archive/archive-coverage';
import { SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { periodsForDays, planSync, type SyncPeriod } from '../../core/archive/sync-plan';
import { activityProblem, type ActivitySource } from '../data-source/activity-source';
import type { ArchiveSummary, ExtensionToAppMessage } from '../../bridge-contract/app-bridge-protocol';
import { enabledAlertRules, type SyncSettings } from '../data-source/sync-settings';
import type { AppSyncLink } from './app-bridge-server';
import type { SyncInbox, WaitingDelivery } from './sync-inbox';
import { MAX_ALERTED_KEYS, type LastSync, type SyncStateStore } from './sync-state';

/** A sync the app's opening asks for runs at most this often (the alarm runs a few times a day regardless). */
export const SYNC_ON_OPEN_MIN_INTERVAL_MS = 2 * 60_000;
/** Alerts are for what just happened: an older match (a first sync reads 90 days) is in the app's Alerts list. */
export const ALERT_FRESH_MS = 7 * 86_400_000;
/** Days lost this soon are worth a notification. */
export const RISK_NOTICE_DAYS = 7;

export type SyncReason = 'alarm' | 'app-open' | 'startup' | 'manual' | 'days-at-risk';

export interface DayAtRisk {
  day: string;
  losesOn: string;
  /** Already fetched and waiting in the extension: the app only has to open to keep it. */
  waiting: boolean;
}

export interface SyncStatus {
  lastSync?: LastSync;
  waitingRecords: number;
  waitingDeliveries: number;
  daysAtRisk: DayAtRisk[];
}

export interface SyncNotifier {
  /** New matches, each (rule, record) once ever. */
  alerts(found: { ruleId: AlertRuleId; record: ActivityRecord }[]): void;
  daysAtRisk(days: DayAtRisk[]): void;
}

export interface ArchiveSyncDeps {
  inbox: SyncInbox;
  state: SyncStateStore;
  openSource: () => Promise<ActivitySource>;
  isSignedIn: () => Promise<boolean>;
  loadSettings: () => Promise<SyncSettings>;
  notifier: SyncNotifier;
  now?: () => Date;
}

interface Link {
  origin: string;
  send: (m: ExtensionToAppMessage) => void;
  closed: boolean;
  current?: string;
  failed: Set<string>;
  idleSent: boolean;
  pumping: boolean;
}

const NOT_SIGNED_IN = 'Sign in to Partner Center in the extension’s Options to keep the archive up to date.';

export class ArchiveSyncService implements AppSyncLink {
  readonly #deps: ArchiveSyncDeps;
  #running: Promise<LastSync> | undefined;
  readonly #links = new Set<Link>();
  /** Delivery id → the app it is being sent to: one app at a time imports a delivery. */
  readonly #inFlight = new Map<string, Link>();

  constructor(deps: ArchiveSyncDeps) {
    this.#deps = deps;
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  /** Fetches what is new, once at a time (a second call while one runs gets the running one). */
  syncNow(reason: SyncReason): Promise<LastSync> {
    this.#running ??= this.#run(reason).finally(() => {
      this.#running = undefined;
      this.#pumpAll();
    });
    return this.#running;
  }

  async #tenantFor(source: ActivitySource): Promise<string> {
    if (source.isSample) return SAMPLE_PARTNER_ID;
    const state = await this.#deps.state.load();
    return state.tenantId ?? (source.settings.kind === 'partner-center' ? source.settings.tenant : SAMPLE_PARTNER_ID);
  }

  async #run(reason: SyncReason, periodsOverride?: (tenant: string) => Promise<SyncPeriod[]>): Promise<LastSync> {
    const settings = await this.#deps.loadSettings();
    const startedAt = this.#now();
    if (!settings.enabled && reason !== 'manual' && reason !== 'days-at-risk') {
      return { at: startedAt.getTime(), ok: false, kind: 'off', message: 'Keeping the archive up to date is off.' };
    }
    let fetched = 0;
    let outcome: LastSync;
    try {
      const source = await this.#deps.openSource();
      if (!source.isSample && !(await this.#deps.isSignedIn())) {
        outcome = { at: startedAt.getTime(), ok: false, kind: 'not-signed-in', message: NOT_SIGNED_IN };
      } else {
        let tenant = await this.#tenantFor(source);
        const state = await this.#deps.state.load();
        const kept = [state.archive?.newest[tenant], state.fetchedUpTo[tenant]].filter((t): t is string => !!t).sort().at(-1);
        const periods = periodsOverride ? await periodsOverride(tenant) : planSync({ now: startedAt, newestKept: kept });
        const enabled = enabledAlertRules(settings);
        for (const period of periods) {
          const records: ActivityRecord[] = [];
          for await (const page of source.pages({ from: period.from, to: period.to })) {
            for (const r of page.records) if (r.operationDate >= period.keepFrom) records.push(r);
          }
          // A real tenant's id is on its records: learnt once, it names every later span.
          const partnerId = records.find((r) => r.partnerId)?.partnerId;
          if (!source.isSample && partnerId && partnerId !== tenant) {
            tenant = partnerId;
            await this.#deps.state.update((s) => void (s.tenantId = partnerId));
          }
          const span: CoverageSpan = { tenantId: tenant, from: period.span.from, to: period.span.to, complete: true, source: 'fetch' };
          const label = `${source.isSample ? 'Sample Partner Center' : 'Partner Center'} ${period.span.from.slice(0, 10)} – ${period.span.to.slice(0, 10)} (kept up to date by the extension)`;
          await this.#deps.inbox.add({ label, spans: [span] }, records, this.#now().getTime());
          await this.#deps.state.update((s) => {
            if (!s.fetchedUpTo[tenant] || s.fetchedUpTo[tenant]! < span.to) s.fetchedUpTo[tenant] = span.to;
          });
          fetched += records.length;
          await this.#alert(records, enabled);
          this.#pumpAll();
        }
        outcome = { at: startedAt.getTime(), ok: true, fetched };
      }
    } catch (error) {
      const problem = activityProblem(error);
      outcome = { at: startedAt.getTime(), ok: false, fetched, kind: problem.kind, message: problem.message };
    }
    await this.#deps.state.update((s) => void (s.lastSync = outcome));
    await this.#deps.inbox.sweep(this.#now());
    await this.checkDaysAtRisk();
    return outcome;
  }

  async #alert(records: readonly ActivityRecord[], enabled: ReadonlySet<AlertRuleId>): Promise<void> {
    const fresh = this.#now().getTime() - ALERT_FRESH_MS;
    const found = alertsFor(records.filter((r) => Date.parse(r.operationDate) >= fresh), enabled);
    if (found.length === 0) return;
    let newAlerts: typeof found = [];
    await this.#deps.state.update((s) => {
      const seen = new Set(s.alerted);
      newAlerts = found.filter((f) => !seen.has(`${f.ruleId}:${f.record.key}`));
      s.alerted = [...s.alerted, ...newAlerts.map((f) => `${f.ruleId}:${f.record.key}`)].slice(-MAX_ALERTED_KEYS);
    });
    if (newAlerts.length > 0) this.#deps.notifier.alerts(newAlerts);
  }

  /** What Options shows: the last sync, what waits for the app, the days at risk. */
  async status(): Promise<SyncStatus> {
    const [state, waiting, risk] = await Promise.all([this.#deps.state.load(), this.#deps.inbox.list(), this.daysAtRisk()]);
    return { lastSync: state.lastSync, waitingRecords: waiting.reduce((n, d) => n + d.count, 0), waitingDeliveries: waiting.length, daysAtRisk: risk };
  }

  /** Days Partner Center loses within a week that the archive lacks (once an app reported what it keeps). */
  async daysAtRisk(): Promise<DayAtRisk[]> {
    const state = await this.#deps.state.load();
    if (!state.archive) return [];
    const source = await this.#deps.openSource();
    const tenant = await this.#tenantFor(source);
    const kept = [...state.archive.coverage, ...state.ackedSpans];
    const waiting = await this.#deps.inbox.waitingSpans();
    const now = this.#now();
    const notWaiting = new Set(daysAtRisk([...kept, ...waiting], now, tenant, RISK_NOTICE_DAYS).map((d) => d.day));
    return daysAtRisk(kept, now, tenant, RISK_NOTICE_DAYS).map((d) => ({ ...d, waiting: !notWaiting.has(d.day) }));
  }

  /** Notifies the days at risk once a day, or again when more days join them. */
  async checkDaysAtRisk(): Promise<DayAtRisk[]> {
    // Days waiting in the inbox are being taken right now while an app is open: no need to say so.
    const days = (await this.daysAtRisk()).filter((d) => !d.waiting || this.#links.size === 0);
    if (days.length === 0) return days;
    const today = this.#now().toISOString().slice(0, 10);
    let notify = false;
    await this.#deps.state.update((s) => {
      const before = new Set(s.riskNotice?.day === today ? s.riskNotice.days : []);
      notify = days.some((d) => !before.has(d.day));
      if (notify) s.riskNotice = { day: today, days: days.map((d) => d.day) };
    });
    if (notify) this.#deps.notifier.daysAtRisk(days);
    return days;
  }

  /** The notification's one click: fetch the days at risk that are not waiting already. */
  async fetchDaysAtRisk(): Promise<LastSync> {
    const wait = this.#running?.catch(() => undefined);
    await wait;
    const run = this.#run('days-at-risk', async () => {
      const days = (await this.daysAtRisk()).filter((d) => !d.waiting).map((d) => d.day);
      return periodsForDays(days, this.#now());
    });
    this.#running = run.finally(() => {
      this.#running = undefined;
      this.#pumpAll();
    });
    return run;
  }

  open(origin: string, archive: ArchiveSummary, send: (m: ExtensionToAppMessage) => void) {
    const link: Link = { origin, send, closed: false, failed: new Set(), idleSent: false, pumping: false };
    this.#links.add(link);
    void (async () => {
      const summary = archiveSummaryFrom(archive);
      await this.#deps.state.update((s) => {
        s.archive = { ...summary, reportedAt: this.#now().getTime() };
        s.ackedSpans = [];
      });
      await this.#pump(link);
      const state = await this.#deps.state.load();
      const last = state.lastSync?.at ?? 0;
      if (this.#now().getTime() - last >= SYNC_ON_OPEN_MIN_INTERVAL_MS) {
        const outcome = await this.syncNow('app-open');
        if (!link.closed && !outcome.ok) send({ type: 'sync/idle', lastSync: outcome });
      } else {
        // What the app just reported may show days it lacks.
        await this.checkDaysAtRisk();
      }
    })().catch(() => undefined);
    return {
      ack: (id: string) => void this.#settle(link, id, true),
      nack: (id: string) => void this.#settle(link, id, false),
      close: () => {
        link.closed = true;
        this.#links.delete(link);
        if (link.current) this.#inFlight.delete(link.current);
        link.current = undefined;
      },
    };
  }

  async #settle(link: Link, id: string, imported: boolean): Promise<void> {
    if (link.current !== id) return;
    if (imported) {
      const delivery = await this.#deps.inbox.get(id);
      await this.#deps.inbox.remove(id);
      if (delivery) await this.#deps.state.update((s) => void s.ackedSpans.push(...delivery.spans));
    } else {
      link.failed.add(id);
    }
    this.#inFlight.delete(id);
    link.current = undefined;
    await this.#pump(link);
  }

  #pumpAll(): void {
    for (const link of this.#links) void this.#pump(link);
  }

  /** Sends the oldest waiting delivery no other app is importing; one at a time per app, the next after its ack. */
  async #pump(link: Link): Promise<void> {
    if (link.closed || link.current || link.pumping) return;
    link.pumping = true;
    try {
      const next = (await this.#deps.inbox.list()).find((d) => !this.#inFlight.has(d.id) && !link.failed.has(d.id));
      if (!next) {
        if (!link.idleSent && !this.#running) {
          link.idleSent = true;
          link.send({ type: 'sync/idle', lastSync: (await this.#deps.state.load()).lastSync });
        }
        return;
      }
      link.current = next.id;
      link.idleSent = false;
      this.#inFlight.set(next.id, link);
      await this.#send(link, next);
    } finally {
      link.pumping = false;
    }
  }

  async #send(link: Link, delivery: WaitingDelivery): Promise<void> {
    for await (const records of this.#deps.inbox.records(delivery.id)) {
      if (link.closed) return;
      link.send({ type: 'delivery/records', deliveryId: delivery.id, records });
    }
    if (!link.closed) link.send({ type: 'delivery/end', deliveryId: delivery.id, label: delivery.label, count: delivery.count, spans: delivery.spans });
  }
}

/** What an app reported, kept to well-formed values (it crosses from a web page). */
export function archiveSummaryFrom(value: unknown): ArchiveSummary {
  const v = (value && typeof value === 'object' ? value : {}) as { newest?: unknown; coverage?: unknown };
  const newest: Record<string, string> = {};
  if (v.newest && typeof v.newest === 'object') {
    for (const [tenant, at] of Object.entries(v.newest as Record<string, unknown>).slice(0, 50)) {
      if (typeof at === 'string' && Number.isFinite(Date.parse(at))) newest[tenant.slice(0, 100)] = at;
    }
  }
  const coverage: CoverageSpan[] = [];
  if (Array.isArray(v.coverage)) {
    for (const s of v.coverage.slice(0, 5_000)) {
      if (!s || typeof s !== 'object') continue;
      const { tenantId, from, to, complete, source } = s as Record<string, unknown>;
      if (typeof tenantId !== 'string' || typeof from !== 'string' || typeof to !== 'string') continue;
      if (!Number.isFinite(Date.parse(from)) || !Number.isFinite(Date.parse(to))) continue;
      coverage.push({ tenantId, from, to, complete: complete === true, source: source === 'file' ? 'file' : 'fetch' });
    }
  }
  return { newest, coverage };
}
