import { describe, expect, it } from 'vitest';
import { handleExternalConnection, handleParkConnection, type BridgePort } from './app-bridge-server';
import { HandoffStore } from './handoff-store';
import { APP_BRIDGE_BATCH, APP_BRIDGE_PORT } from '../messaging/app-bridge-protocol';
import { HANDOFF_PARK_PORT } from '../messaging/extension-messages';
import { generateSampleRecords } from '../../core/sample-generator';
import type { ActivitySource } from '../data/activity-source';
import { forbiddenError } from '../../core/partner-center-error';

const now = new Date('2026-11-25T08:00:00Z');
const records = [...generateSampleRecords({ count: APP_BRIDGE_BATCH + 10, seed: 1, now, days: 30 })];

class FakePort implements BridgePort {
  sent: any[] = [];
  disconnected = false;
  #onMessage: ((m: never) => void)[] = [];
  #onDisconnect: (() => void)[] = [];
  constructor(public name: string, public sender?: BridgePort['sender']) {}
  postMessage(m: unknown) { this.sent.push(m); }
  disconnect() { this.disconnected = true; }
  onMessage = { addListener: (f: (m: never) => void) => void this.#onMessage.push(f) };
  onDisconnect = { addListener: (f: () => void) => void this.#onDisconnect.push(f) };
  receive(m: unknown) { for (const f of this.#onMessage) f(m as never); }
  close() { for (const f of this.#onDisconnect) f(); }
}

const source = (pages: ActivitySource['pages']): ActivitySource => ({ settings: { kind: 'sample', sampleUrl: 'x' }, isSample: true, pages });
const deps = (store = new HandoffStore()) => ({
  store,
  extensionId: 'ext',
  openSource: async () => source(async function* () { yield { records: records.slice(0, 5), chunk: 1, chunks: 1 }; }),
});

describe('the bridge to the Activity Lens app', () => {
  it('hands the parked view to the app once, in batches, then says done', () => {
    const d = deps();
    const park = new FakePort(HANDOFF_PARK_PORT, { id: 'ext' });
    handleParkConnection(park, d);
    park.receive({ type: 'begin', label: 'Activity Log', total: records.length });
    park.receive({ type: 'records', records: records.slice(0, APP_BRIDGE_BATCH) });
    park.receive({ type: 'records', records: records.slice(APP_BRIDGE_BATCH) });
    park.receive({ type: 'end' });
    const token = park.sent[0].token as string;

    const app = new FakePort(APP_BRIDGE_PORT, { origin: 'http://127.0.0.1:4173', url: 'http://127.0.0.1:4173/?handoff=x' });
    handleExternalConnection(app, d);
    app.receive({ type: 'handoff/pull', token });
    expect(app.sent.map((m) => m.type)).toEqual(['records', 'records', 'done']);
    expect(app.sent[0].records).toHaveLength(APP_BRIDGE_BATCH);
    expect(app.sent.flatMap((m) => m.records ?? []).map((r: { key: string }) => r.key)).toEqual(records.map((r) => r.key));
    expect(app.sent[2]).toEqual({ type: 'done', label: 'Activity Log', received: records.length });

    const again = new FakePort(APP_BRIDGE_PORT, { origin: 'http://127.0.0.1:4173' });
    handleExternalConnection(again, d);
    again.receive({ type: 'handoff/pull', token });
    expect(again.sent[0]).toMatchObject({ type: 'error', kind: 'handoff-expired' });
  });

  it('refuses pages that are not the app, and parking from outside the extension', () => {
    const d = deps();
    const stranger = new FakePort(APP_BRIDGE_PORT, { origin: 'https://evil.example' });
    handleExternalConnection(stranger, d);
    expect(stranger.disconnected).toBe(true);
    const fromPage = new FakePort(HANDOFF_PARK_PORT, { id: 'other-extension' });
    handleParkConnection(fromPage, d);
    expect(fromPage.disconnected).toBe(true);
  });

  it('fetches for the app with the extension’s sign-in and streams pages, or says what went wrong', async () => {
    const app = new FakePort(APP_BRIDGE_PORT, { origin: 'http://localhost:4173' });
    handleExternalConnection(app, deps());
    app.receive({ type: 'fetch/start', from: '2026-11-01', to: '2026-11-25' });
    await new Promise((r) => setTimeout(r, 10));
    expect(app.sent.map((m) => m.type)).toEqual(['records', 'done']);
    expect(app.sent[1].received).toBe(5);

    const refused = new FakePort(APP_BRIDGE_PORT, { origin: 'http://localhost:4173' });
    handleExternalConnection(refused, { ...deps(), openSource: async () => source(async function* () { throw forbiddenError(); }) });
    refused.receive({ type: 'fetch/start', from: '2026-11-01', to: '2026-11-25' });
    await new Promise((r) => setTimeout(r, 10));
    expect(refused.sent).toEqual([expect.objectContaining({ type: 'error', kind: 'forbidden' })]);
  });

  it('expires parked views and keeps only the latest few', () => {
    let t = 0;
    let n = 0;
    const store = new HandoffStore(() => `t${n++}`, () => t);
    const a = store.park({ records: [], label: 'a' });
    t += 11 * 60_000;
    expect(store.take(a)).toBeUndefined();
    const tokens = [1, 2, 3, 4].map((i) => store.park({ records: [], label: String(i) }));
    expect(store.take(tokens[0]!)).toBeUndefined();
    expect(store.take(tokens[3]!)?.label).toBe('4');
  });
});
