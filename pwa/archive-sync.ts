// The app's end of the extension's automatic sync: whenever the app opens (and comes back into view), it tells the
// extension what the archive keeps, takes every delivery waiting there, imports each as one batch, records the
// coverage it brings, and only then acks it, so nothing waiting is ever lost to a closed tab or a stopped worker.
// No click: the paired app keeps itself up to date.
import { readBlockRecords } from './store/block-reader';
import type { CoverageSpan } from '../core/archive/archive-coverage';
import type { ActivityRecord } from '../core/record/activity-record';
import { PARTNER_CENTER_RETENTION_DAYS } from '../core/archive/archive-coverage';
import type { ArchiveSummary, ExtensionToAppMessage } from '../bridge-contract/app-bridge-protocol';
import type { ActivityDb } from './store/activity-db';
import { importToArchive } from './store/archive-import';
import { loadCoverage } from './store/coverage-store';
import { ExtensionConversation, type BridgeProblem } from './extension-bridge';

const DAY_MS = 86_400_000;
/** Records read to learn the newest record per tenant (one partner has one tenant; a few suffice). */
const NEWEST_SCAN = 500;
/** While the app stays open and in view, it looks again this often for what the schedule fetched. */
export const RECONNECT_MS = 5 * 60_000;

export type ArchiveSyncStatus =
  | { state: 'connecting' }
  | { state: 'connected'; lastSync?: { at: number; ok: boolean; message?: string } }
  | { state: 'importing'; label: string }
  | { state: 'unavailable'; problem: BridgeProblem };

export interface ArchiveSyncEvents {
  onStatus(status: ArchiveSyncStatus): void;
  /** A delivery landed in the archive. */
  onDelivered(outcome: { label: string; added: number; duplicates: number }): void;
}

/** What the archive keeps, as the extension needs it: newest record per tenant, coverage inside the 90 days. */
export async function archiveSummary(db: ActivityDb, now = Date.now()): Promise<ArchiveSummary> {
  const newest: Record<string, string> = {};
  // The newest blocks first (by their newest record) until NEWEST_SCAN records were looked at.
  const summaries = (await db.blocks.toArray()).sort((a, b) => (a.maxDate < b.maxDate ? 1 : a.maxDate > b.maxDate ? -1 : 0));
  let looked = 0;
  for (let i = 0; i < summaries.length && looked < NEWEST_SCAN; i += 4) {
    for (const list of await readBlockRecords(db, summaries.slice(i, i + 4).map((summary) => ({ summary })))) {
      looked += list.length;
      for (const r of list) if (r.partnerId && !(r.operationDate <= (newest[r.partnerId] ?? ''))) newest[r.partnerId] = r.operationDate;
    }
  }
  const since = new Date(now - (PARTNER_CENTER_RETENTION_DAYS + 1) * DAY_MS).toISOString();
  const coverage = (await loadCoverage(db)).filter((s) => s.to >= since);
  return { newest, coverage };
}

/** Imports one delivery as one batch, with its coverage; a delivery that adds nothing leaves no empty batch behind. */
export async function importDelivery(
  db: ActivityDb,
  delivery: { label: string; chunks: ActivityRecord[][]; spans: CoverageSpan[] },
): Promise<{ added: number; duplicates: number }> {
  const outcome = await importToArchive(
    db,
    delivery.chunks.map((records) => ({ records })),
    { kind: 'extension', label: delivery.label, coverage: { kind: 'spans', spans: delivery.spans }, dropIfNothingAdded: true, writeChunk: 0 },
  );
  // Nothing of it was kept: the caller does not ack, so it stays waiting in the extension.
  if (outcome.error) throw outcome.error;
  return { added: outcome.added, duplicates: outcome.duplicates };
}

/**
 * One conversation: open, report, take deliveries until the extension closes it. Resolves when it ends; rejects
 * with a BridgeProblem when the extension refused or is absent.
 */
export async function runArchiveSync(db: ActivityDb, bridge: string, events: ArchiveSyncEvents, signal?: AbortSignal): Promise<void> {
  events.onStatus({ state: 'connecting' });
  const conversation = await ExtensionConversation.open(bridge);
  const onAbort = (): void => conversation.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    conversation.send({ type: 'sync/open', archive: await archiveSummary(db) });
    events.onStatus({ state: 'connected' });
    let chunks: ActivityRecord[][] = [];
    let current: string | undefined;
    for (;;) {
      const m: ExtensionToAppMessage | undefined = await conversation.next();
      if (!m) {
        if (conversation.problem && conversation.problem.kind !== 'disconnected') throw conversation.problem;
        return;
      }
      if (m.type === 'delivery/records') {
        if (current !== m.deliveryId) {
          current = m.deliveryId;
          chunks = [];
        }
        chunks.push(m.records);
      } else if (m.type === 'delivery/end') {
        const mine = current === m.deliveryId ? chunks : [];
        current = undefined;
        chunks = [];
        events.onStatus({ state: 'importing', label: m.label });
        try {
          const outcome = await importDelivery(db, { label: m.label, chunks: mine, spans: m.spans });
          conversation.send({ type: 'sync/ack', deliveryId: m.deliveryId });
          events.onDelivered({ label: m.label, ...outcome });
        } catch (error) {
          // Not acked: it stays waiting in the extension for the next time.
          conversation.send({ type: 'sync/nack', deliveryId: m.deliveryId, message: (error as { message?: string })?.message ?? String(error) });
        }
        events.onStatus({ state: 'connected' });
      } else if (m.type === 'sync/idle') {
        events.onStatus({ state: 'connected', lastSync: m.lastSync });
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    conversation.close();
  }
}

/**
 * Keeps the archive in step while the app is open: one conversation now, a fresh one whenever the page comes back
 * into view, and every RECONNECT_MS while it stays in view (a fresh conversation is what asks the extension to
 * fetch again; its worker may also have stopped in between). A conversation importing a delivery is never cut.
 */
export function startArchiveSync(db: ActivityDb, bridge: string, events: ArchiveSyncEvents): { stop(): void } {
  let current: AbortController | undefined;
  let importing = false;
  let again = false;
  let stopped = false;
  const tracked: ArchiveSyncEvents = {
    onStatus: (status) => {
      importing = status.state === 'importing';
      events.onStatus(status);
    },
    onDelivered: events.onDelivered,
  };
  const run = (): void => {
    if (stopped) return;
    if (current) {
      // Ask again once this conversation ends; end it now unless it is importing.
      again = true;
      if (!importing) current.abort();
      return;
    }
    const controller = new AbortController();
    current = controller;
    void runArchiveSync(db, bridge, tracked, controller.signal)
      .catch((problem: BridgeProblem) => {
        if (!controller.signal.aborted) events.onStatus({ state: 'unavailable', problem });
      })
      .finally(() => {
        current = undefined;
        importing = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') run();
  };
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(onVisible, RECONNECT_MS);
  run();
  return {
    stop() {
      stopped = true;
      current?.abort();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
