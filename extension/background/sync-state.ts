// The sync's small memory, in storage.local so a stopped service worker forgets nothing: how far each tenant was
// fetched, what the app said it keeps, spans delivered since, when the last sync ran and how it ended, which
// records already raised an alert (so a re-sync never repeats one), and the last days-at-risk notice.
import { browser } from 'wxt/browser';
import type { ArchiveSummary } from '../../bridge-contract/app-bridge-protocol';
import type { CoverageSpan } from '../../core/archive/archive-coverage';

export interface LastSync {
  at: number;
  ok: boolean;
  /** Records fetched by that run (new to the inbox). */
  fetched?: number;
  /** Why it did not run or failed, for Options and the app. */
  message?: string;
  kind?: string;
}

export interface SyncState {
  /** Per tenant: the end of the last complete fetch (waiting or delivered). */
  fetchedUpTo: Record<string, string>;
  /** What the app last reported it keeps. */
  archive?: ArchiveSummary & { reportedAt: number };
  /** Spans the app acked since its last report (its next report includes them). */
  ackedSpans: CoverageSpan[];
  lastSync?: LastSync;
  /** The partner tenant the records came from (partnerId), learnt from the first fetched record. */
  tenantId?: string;
  /** Record keys that already raised an alert; newest last, bounded. */
  alerted: string[];
  /** The last days-at-risk notice: the UTC day it was shown and the days it named. */
  riskNotice?: { day: string; days: string[] };
}

export const SYNC_STATE_KEY = 'syncState';
/** Alerted record keys remembered: far more than a partner's alerts in 90 days; the oldest go first. */
export const MAX_ALERTED_KEYS = 5_000;

export function syncStateFrom(value: unknown): SyncState {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<SyncState>;
  return {
    fetchedUpTo: v.fetchedUpTo && typeof v.fetchedUpTo === 'object' ? v.fetchedUpTo : {},
    archive: v.archive,
    ackedSpans: Array.isArray(v.ackedSpans) ? v.ackedSpans : [],
    lastSync: v.lastSync,
    tenantId: typeof v.tenantId === 'string' ? v.tenantId : undefined,
    alerted: Array.isArray(v.alerted) ? v.alerted.filter((k) => typeof k === 'string') : [],
    riskNotice: v.riskNotice,
  };
}

export interface SyncStateStore {
  load(): Promise<SyncState>;
  /** Read-modify-write, one at a time (two syncs' updates must not overwrite each other). */
  update(change: (s: SyncState) => SyncState | void): Promise<SyncState>;
}

export function storageSyncState(area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } = browser.storage.local): SyncStateStore {
  let chain: Promise<unknown> = Promise.resolve();
  const load = async () => syncStateFrom((await area.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]);
  return {
    load,
    update(change) {
      const run = chain.then(async () => {
        const current = await load();
        const next = change(current) ?? current;
        await area.set({ [SYNC_STATE_KEY]: next });
        return next;
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

export async function watchSyncState(cb: (s: SyncState) => void): Promise<() => void> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SYNC_STATE_KEY in changes) cb(syncStateFrom(changes[SYNC_STATE_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
