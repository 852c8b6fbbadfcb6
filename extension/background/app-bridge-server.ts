// The background's side of the app bridge (extension/messaging/app-bridge-protocol.ts): copies of the app we allow connect, pull
// the records the side panel parked, or ask us to fetch from Partner Center with the extension's sign-in.
import { APP_BRIDGE_BATCH, APP_BRIDGE_PORT, type AppToExtensionMessage, type ExtensionToAppMessage } from '../messaging/app-bridge-protocol';
import type { ActivityRecord } from '../../core/activity-record';
import { activityProblem, type ActivitySource } from '../data/activity-source';
import { isAllowedAppOrigin } from '../app-link';
import { HANDOFF_PARK_PORT, type HandoffParkMessage, type HandoffParkReply } from '../messaging/extension-messages';
import type { HandoffStore } from './handoff-store';

/** The slice of runtime.Port we use (fakes in tests implement just this). */
export interface BridgePort {
  name: string;
  sender?: { origin?: string; url?: string; id?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: never) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface AppBridgeDeps {
  store: HandoffStore;
  openSource: () => Promise<ActivitySource>;
  /** This extension's id: only our own pages may park records. */
  extensionId: string;
}

function post(port: BridgePort, message: ExtensionToAppMessage): void {
  port.postMessage(message);
}

function sendRecords(port: BridgePort, records: readonly ActivityRecord[], label: string, before: number, total?: number): number {
  let sent = before;
  for (let i = 0; i < records.length; i += APP_BRIDGE_BATCH) {
    const batch = records.slice(i, i + APP_BRIDGE_BATCH);
    sent += batch.length;
    post(port, { type: 'records', records: batch, label, done: false, progress: { received: sent, total } });
  }
  return sent;
}

/** runtime.onConnectExternal: the app. Anything not from an allowed app origin is disconnected at once. */
export function handleExternalConnection(port: BridgePort, deps: AppBridgeDeps): void {
  if (port.name !== APP_BRIDGE_PORT || !isAllowedAppOrigin(port.sender?.origin ?? port.sender?.url)) {
    port.disconnect();
    return;
  }
  let controller: AbortController | undefined;
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
    controller?.abort();
  });
  port.onMessage.addListener((message: AppToExtensionMessage) => {
    if (message?.type === 'handoff/pull') {
      const view = typeof message.token === 'string' ? deps.store.take(message.token) : undefined;
      if (!view) {
        post(port, { type: 'error', kind: 'handoff-expired', message: 'These records are no longer waiting: open the app again from the side panel.' });
        return;
      }
      const received = sendRecords(port, view.records, view.label, 0, view.records.length);
      post(port, { type: 'done', label: view.label, received });
      return;
    }
    if (message?.type === 'fetch/cancel') {
      controller?.abort();
      return;
    }
    if (message?.type === 'fetch/start') {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      void (async () => {
        const label = `Partner Center ${message.from} – ${message.to}`;
        let received = 0;
        try {
          const source = await deps.openSource();
          const query = message.customerId ? { customerId: message.customerId } : undefined;
          for await (const page of source.pages({ from: message.from, to: message.to, query, signal: own.signal })) {
            if (closed || own.signal.aborted) return;
            received = sendRecords(port, page.records, source.isSample ? `${label} (sample data)` : label, received);
          }
          if (!closed) post(port, { type: 'done', label, received });
        } catch (error) {
          if (closed) return;
          const problem = activityProblem(error);
          post(port, { type: 'error', kind: problem.kind, message: problem.message });
        }
      })();
    }
  });
}

/** runtime.onConnect: the side panel parking a view for the app. */
export function handleParkConnection(port: BridgePort, deps: AppBridgeDeps): boolean {
  if (port.name !== HANDOFF_PARK_PORT) return false;
  if (port.sender?.id !== deps.extensionId) {
    port.disconnect();
    return true;
  }
  let records: ActivityRecord[] = [];
  let label = '';
  port.onMessage.addListener((message: HandoffParkMessage) => {
    if (message.type === 'begin') {
      records = [];
      label = message.label;
    } else if (message.type === 'records') {
      for (const r of message.records) records.push(r);
    } else if (message.type === 'end') {
      const reply: HandoffParkReply = { type: 'parked', token: deps.store.park({ records, label }) };
      port.postMessage(reply);
    }
  });
  return true;
}
