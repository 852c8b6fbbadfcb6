import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveSyncService, type DayAtRisk, type SyncNotifier } from './archive-sync-service';
import { SyncInbox } from './sync-inbox';
import { syncStateFrom, type SyncState, type SyncStateStore } from './sync-state';
import { syncSettingsFrom } from '../data-source/sync-settings';
import type { ActivitySource, ActivityRequest } from '../data-source/activity-source';
import type { ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords, SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { emptyRecord } from '../../core/record/activity-record';
import type { ExtensionToAppMessage } from '../../bridge-contract/app-bridge-protocol';

const DAY = 86_400_000;
let clock = new Date('2026-12-01T10:30:00.000Z');
const history = [...generateSampleRecords({ count: 3_000, seed: 5, now: clock, days: 89 })];

function memoryState(): SyncStateStore & { value: SyncState } {
  const box = { value: syncStateFrom(undefined) };
  return Object.assign(box, {
    load: async () => structuredClone(box.value),
    update: async (change: (s: SyncState) => SyncState | void) => {
      const s = structuredClone(box.value);
      box.value = change(s) ?? s;
      return structuredClone(box.value);
    },
  });
}

/** A data source over `records` that answers whole UTC days, as the API does; counts its requests. */
function fakeSource(records: () => ActivityRecord[], requests: ActivityRequest[] = [], isSample = true): ActivitySource {
  return {
    settings: isSample ? { kind: 'sample', sampleUrl: 'x' } : { kind: 'partner-center', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: 'c' },
    isSample,
    async *pages(request) {
      requests.push(request);
      const inside = records().filter((r) => r.operationDate.slice(0, 10) >= request.from && r.operationDate.slice(0, 10) <= request.to && r.operationDate <= clock.toISOString());
      yield { records: inside, chunk: 1, chunks: 1 };
    },
  };
}

function setup(options: { records?: () => ActivityRecord[]; signedIn?: boolean; isSample?: boolean; inboxName?: string; state?: ReturnType<typeof memoryState> } = {}) {
  const requests: ActivityRequest[] = [];
  const alerts: string[] = [];
  const risks: DayAtRisk[][] = [];
  const notifier: SyncNotifier = {
    alerts: (found) => alerts.push(...found.map((f) => `${f.ruleId}:${f.record.key}`)),
    daysAtRisk: (days) => risks.push(days),
  };
  const state = options.state ?? memoryState();
  const inbox = new SyncInbox(options.inboxName ?? `inbox-${Math.random()}`);
  const service = new ArchiveSyncService({
    inbox,
    state,
    openSource: async () => fakeSource(options.records ?? (() => history), requests, options.isSample ?? true),
    isSignedIn: async () => options.signedIn ?? true,
    loadSettings: async () => syncSettingsFrom(undefined),
    notifier,
    now: () => clock,
  });
  return { service, inbox, state, requests, alerts, risks };
}

/** An app that imports every delivery and acks it, as pwa/archive-sync.ts does. */
function fakeApp(service: ArchiveSyncService, coverage: { from: string; to: string }[] = [], autoAck = true, newest?: string) {
  const got: ExtensionToAppMessage[] = [];
  const archive: ActivityRecord[] = [];
  let link: ReturnType<ArchiveSyncService['open']>;
  const pending: ActivityRecord[] = [];
  link = service.open(
    'http://127.0.0.1:4173',
    { newest: newest ? { [SAMPLE_PARTNER_ID]: newest } : {}, coverage: coverage.map((c) => ({ tenantId: SAMPLE_PARTNER_ID, ...c, complete: true, source: 'fetch' as const })) },
    (m) => {
      got.push(m);
      if (m.type === 'delivery/records') pending.push(...m.records);
      if (m.type === 'delivery/end') {
        archive.push(...pending.splice(0));
        if (autoAck) queueMicrotask(() => link.ack(m.deliveryId));
      }
    },
  );
  return { got, archive, link: () => link };
}

const settle = async (ms = 50) => new Promise((r) => setTimeout(r, ms));
const inWindow = (now: Date) => history.filter((r) => r.operationDate <= now.toISOString());

describe('the archive keeps itself', () => {
  it('first sync fetches Partner Center’s 90 days in ≤30-day periods; the next only what is new', async () => {
    const { service, inbox, requests } = setup();
    expect(await service.syncNow('alarm')).toMatchObject({ ok: true, fetched: inWindow(clock).length });
    expect(requests.map((r) => [r.from, r.to])).toEqual([
      ['2026-09-03', '2026-10-02'],
      ['2026-10-03', '2026-11-01'],
      ['2026-11-02', '2026-12-01'],
    ]);
    expect((await inbox.list()).map((d) => d.count).reduce((a, b) => a + b)).toBe(inWindow(clock).length);

    requests.length = 0;
    clock = new Date(clock.getTime() + 4 * 3_600_000);
    await service.syncNow('alarm');
    // Only today again (the API answers days); nothing before the overlap is kept twice.
    expect(requests.map((r) => [r.from, r.to])).toEqual([['2026-12-01', '2026-12-01']]);
    const second = (await inbox.list()).at(-1)!;
    expect(second.spans[0]!.from).toBe(new Date(Date.parse('2026-12-01T10:30:00.000Z') - 3_600_000).toISOString());
    clock = new Date('2026-12-01T10:30:00.000Z');
  });

  it('waits until the app acks: a delivery the app did not take is still there after the service worker restarts', async () => {
    const name = `inbox-restart-${Math.random()}`;
    const state = memoryState();
    const first = setup({ inboxName: name, state });
    await first.service.syncNow('alarm');
    const waiting = (await first.inbox.list()).length;
    expect(waiting).toBe(3);
    // The app takes one delivery but never acks it (its tab closed mid-import), then the worker stops.
    const app = fakeApp(first.service, [], false);
    await vi.waitFor(() => expect(app.got.filter((m) => m.type === 'delivery/end')).toHaveLength(1), { timeout: 5_000 });
    await settle();
    expect(app.got.filter((m) => m.type === 'delivery/end')).toHaveLength(1);
    app.link().close();
    first.inbox.close();

    const second = setup({ inboxName: name, state });
    expect((await second.inbox.list()).length).toBe(waiting);
    const again = fakeApp(second.service);
    await vi.waitFor(() => expect(again.got.at(-1)).toMatchObject({ type: 'sync/idle' }), { timeout: 5_000 });
    expect(again.got.filter((m) => m.type === 'delivery/end')).toHaveLength(3);
    expect(new Set(again.archive.map((r) => r.key)).size).toBe(inWindow(clock).length);
    expect(await second.inbox.list()).toEqual([]);
  });

  it('raises each alert once per matching record, never again when a re-sync reads the same records', async () => {
    const recent = (op: string, hoursAgo: number, status = 'succeeded'): ActivityRecord => ({
      ...emptyRecord('api'),
      key: `id:${op}-${hoursAgo}`,
      id: `${op}-${hoursAgo}`,
      operationType: op,
      resourceType: op.includes('order') ? 'order' : 'granular_admin_relationship',
      operationStatus: status,
      operationDate: new Date(clock.getTime() - hoursAgo * 3_600_000).toISOString(),
    });
    const records = [recent('granular_admin_relationship_terminated', 2), recent('create_order', 1, 'failed'), recent('create_order', 1.5), recent('delete_customer', 30 * 24)];
    const { service, alerts, state } = setup({ records: () => records });
    await service.syncNow('alarm');
    // The month-old deletion is history (the app's Alerts list), not a notification.
    expect(alerts).toEqual(['gdap-ended:id:granular_admin_relationship_terminated-2', 'order-failed:id:create_order-1']);
    state.value.fetchedUpTo = {}; // as if the app's archive were empty again: everything is fetched once more
    await service.syncNow('manual');
    expect(alerts).toHaveLength(2);
  });

  it('warns once about days Partner Center loses within a week that the archive lacks, and fetches them on one click', async () => {
    const { service, risks, requests, inbox } = setup();
    // The app keeps everything up to now but 84–86 days ago.
    const t = (days: number) => new Date(Date.parse('2026-12-01T00:00:00.000Z') - days * DAY).toISOString();
    const app = fakeApp(service, [{ from: t(89), to: t(86) }, { from: t(83), to: clock.toISOString() }], true, clock.toISOString());
    await vi.waitFor(() => expect(risks).toHaveLength(1), { timeout: 5_000 });
    await vi.waitFor(() => expect(app.got.at(-1)).toMatchObject({ type: 'sync/idle' }), { timeout: 5_000 });
    app.link().close();
    expect(risks).toHaveLength(1);
    expect(risks[0]).toEqual([
      { day: '2026-09-06', losesOn: '2026-12-05', waiting: false },
      { day: '2026-09-07', losesOn: '2026-12-06', waiting: false },
      { day: '2026-09-08', losesOn: '2026-12-07', waiting: false },
    ]);
    await service.checkDaysAtRisk();
    expect(risks).toHaveLength(1);
    requests.length = 0;
    await service.fetchDaysAtRisk();
    expect(requests.map((r) => [r.from, r.to])).toEqual([['2026-09-06', '2026-09-08']]);
    const fetched = (await inbox.list()).at(-1)!;
    expect(fetched.spans[0]).toMatchObject({ from: '2026-09-06T00:00:00.000Z', to: '2026-09-09T00:00:00.000Z', complete: true });
    expect(fetched.count).toBe(history.filter((r) => r.operationDate >= '2026-09-06' && r.operationDate < '2026-09-09').length);
    // Now they wait for the app: the notice named them already, so it is not repeated.
    expect((await service.daysAtRisk()).every((d) => d.waiting)).toBe(true);
    expect(risks).toHaveLength(1);
  });

  it('does nothing without a sign-in, and says why', async () => {
    const { service, requests, state } = setup({ isSample: false, signedIn: false });
    expect(await service.syncNow('alarm')).toMatchObject({ ok: false, kind: 'not-signed-in' });
    expect(requests).toEqual([]);
    expect(state.value.lastSync?.message).toMatch(/Sign in/);
  });
});
