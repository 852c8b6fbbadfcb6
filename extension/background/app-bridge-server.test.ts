import { beforeEach, describe, expect, it } from 'vitest';
import { closeUnpairedSessions, handleAppConnection, handleParkConnection, type AppBridgeDeps, type BridgePort } from './app-bridge-server';
import { HandoffStore } from './handoff-store';
import { APP_BRIDGE_BATCH, APP_BRIDGE_PORT, NOT_PAIRED_MESSAGE } from '../../bridge-contract/app-bridge-protocol';
import { HANDOFF_PARK_PORT } from '../messaging/extension-messages';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import type { ActivitySource } from '../data-source/activity-source';
import { forbiddenError } from '../../core/partner-center/partner-center-error';

const now = new Date('2026-11-25T08:00:00Z');
const records = [...generateSampleRecords({ count: APP_BRIDGE_BATCH + 10, seed: 1, now, days: 30 })];
const BRIDGE_PAGE = 'chrome-extension://ext/app-bridge.html';
const APP = 'http://127.0.0.1:4173';

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
const fetched = { n: 0 };
function deps(paired: string[] = [APP], store = new HandoffStore()): AppBridgeDeps & { refused: string[] } {
  const refused: string[] = [];
  return {
    store,
    extensionId: 'ext',
    bridgePageUrl: BRIDGE_PAGE,
    isPaired: async (origin) => paired.includes(origin),
    noteRefused: (origin) => void refused.push(origin),
    refused,
    openSource: async () => source(async function* () { fetched.n++; yield { records: records.slice(0, 5), chunk: 1, chunks: 1 }; }),
  };
}
const settle = () => new Promise((r) => setTimeout(r, 10));

/** A conversation as our app-bridge frame opens it for a page of `origin`. */
function appPort(origin: string, topLevel = true): FakePort {
  const port = new FakePort(APP_BRIDGE_PORT, { id: 'ext', url: BRIDGE_PAGE, origin: 'chrome-extension://ext' });
  return Object.assign(port, { hello: () => port.receive({ type: 'bridge/hello', origin, topLevel }) });
}

function park(d: AppBridgeDeps): string {
  const port = new FakePort(HANDOFF_PARK_PORT, { id: 'ext' });
  handleParkConnection(port, d);
  port.receive({ type: 'begin', label: 'Activity Log', total: records.length });
  port.receive({ type: 'records', records: records.slice(0, APP_BRIDGE_BATCH) });
  port.receive({ type: 'records', records: records.slice(APP_BRIDGE_BATCH) });
  port.receive({ type: 'end' });
  return port.sent[0].token as string;
}

describe('the bridge to the Activity Lens app', () => {
  // Conversations are kept per background: start each story with none open.
  beforeEach(() => void closeUnpairedSessions(new Set()));

  it('hands the parked view to the paired app once, in batches, then says done', async () => {
    const d = deps();
    const token = park(d);
    const app = appPort(APP);
    handleAppConnection(app, d);
    app.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    app.receive({ type: 'handoff/pull', token }); // sent before the answer: it waits, it is not lost
    await settle();
    expect(app.sent.map((m) => m.type)).toEqual(['ready', 'records', 'records', 'done']);
    expect(app.sent[1].records).toHaveLength(APP_BRIDGE_BATCH);
    expect(app.sent.flatMap((m) => m.records ?? []).map((r: { key: string }) => r.key)).toEqual(records.map((r) => r.key));

    const again = appPort(APP);
    handleAppConnection(again, d);
    again.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    again.receive({ type: 'handoff/pull', token });
    await settle();
    expect(again.sent[1]).toMatchObject({ type: 'error', kind: 'handoff-expired' });
  });

  it('gives an unpaired origin (another port of the same host included) one refusal, no records, no fetch, and notes it', async () => {
    const d = deps([APP]);
    const token = park(d);
    fetched.n = 0;
    for (const origin of ['http://127.0.0.1:5555', 'https://evil.example', 'http://localhost:4173']) {
      const stranger = appPort(origin);
      handleAppConnection(stranger, d);
      stranger.receive({ type: 'bridge/hello', origin, topLevel: true });
      stranger.receive({ type: 'handoff/pull', token });
      stranger.receive({ type: 'fetch/start', from: '2026-11-01', to: '2026-11-25' });
      stranger.receive({ type: 'sync/open', archive: { newest: {}, coverage: [] } });
      await settle();
      expect(stranger.sent).toEqual([{ type: 'refused', message: NOT_PAIRED_MESSAGE }]);
      expect(stranger.disconnected).toBe(true);
    }
    expect(fetched.n).toBe(0);
    expect(d.refused).toEqual(['http://127.0.0.1:5555', 'https://evil.example', 'http://localhost:4173']);
    // The token was not spent by the refused pages: the paired app still gets its records.
    const app = appPort(APP);
    handleAppConnection(app, d);
    app.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    app.receive({ type: 'handoff/pull', token });
    await settle();
    expect(app.sent.at(-1)).toMatchObject({ type: 'done', received: records.length });
  });

  it('refuses a paired app framed inside another page, a frame that skips its hello, and ports not from our bridge page', async () => {
    const d = deps([APP]);
    const framed = appPort(APP);
    handleAppConnection(framed, d);
    framed.receive({ type: 'bridge/hello', origin: APP, topLevel: false });
    await settle();
    expect(framed.sent).toEqual([{ type: 'refused', message: NOT_PAIRED_MESSAGE }]);

    const rude = appPort(APP);
    handleAppConnection(rude, d);
    rude.receive({ type: 'handoff/pull', token: 'x' });
    expect(rude.sent).toEqual([{ type: 'refused', message: NOT_PAIRED_MESSAGE }]);

    for (const sender of [{ id: 'ext', url: 'chrome-extension://ext/sidepanel.html' }, { id: 'other', url: BRIDGE_PAGE }, { url: 'https://evil.example/' }]) {
      const p = new FakePort(APP_BRIDGE_PORT, sender);
      handleAppConnection(p, d);
      expect(p.disconnected).toBe(true);
      expect(p.sent).toEqual([]);
    }
    const fromPage = new FakePort(HANDOFF_PARK_PORT, { id: 'other-extension' });
    handleParkConnection(fromPage, d);
    expect(fromPage.disconnected).toBe(true);
  });

  it('ends the open conversation of an app the user revoked', async () => {
    const d = deps([APP]);
    const app = appPort(APP);
    handleAppConnection(app, d);
    app.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    await settle();
    expect(app.sent).toEqual([{ type: 'ready' }]);
    expect(closeUnpairedSessions(new Set(['https://other.example']))).toBe(1);
    expect(app.sent.at(-1)).toEqual({ type: 'refused', message: NOT_PAIRED_MESSAGE });
    expect(app.disconnected).toBe(true);
  });

  it('fetches for the paired app with the extension’s sign-in and streams pages, or says what went wrong', async () => {
    const app = appPort(APP);
    handleAppConnection(app, deps());
    app.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    app.receive({ type: 'fetch/start', from: '2026-11-01', to: '2026-11-25' });
    await settle();
    expect(app.sent.map((m) => m.type)).toEqual(['ready', 'records', 'done']);
    expect(app.sent[2].received).toBe(5);

    const refused = appPort(APP);
    handleAppConnection(refused, { ...deps(), openSource: async () => source(async function* () { throw forbiddenError(); }) });
    refused.receive({ type: 'bridge/hello', origin: APP, topLevel: true });
    refused.receive({ type: 'fetch/start', from: '2026-11-01', to: '2026-11-25' });
    await settle();
    expect(refused.sent).toEqual([{ type: 'ready' }, expect.objectContaining({ type: 'error', kind: 'forbidden' })]);
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
