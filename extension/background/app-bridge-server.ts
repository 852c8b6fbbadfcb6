// The background's side of the app bridge (extension/messaging/app-bridge-protocol.ts). Conversations arrive only
// through our own app-bridge frame, stamped with the embedding page's origin; only an origin the user paired is
// served (pull the records the side panel parked, fetch with the extension's sign-in, take what sync fetched).
// Everything else gets the same refusal, whatever the extension holds, and the attempt is noted for Options.
import {
  APP_BRIDGE_BATCH,
  APP_BRIDGE_PORT,
  NOT_PAIRED_MESSAGE,
  type AppToExtensionMessage,
  type ArchiveSummary,
  type ExtensionToAppMessage,
} from '../../bridge-contract/app-bridge-protocol';
import type { ActivityRecord } from '../../core/record/activity-record';
import { activityProblem, type ActivitySource } from '../data-source/activity-source';
import { HANDOFF_PARK_PORT, type AppFrameHello, type HandoffParkMessage, type HandoffParkReply } from '../messaging/extension-messages';
import { isPairableOrigin } from '../app-pairing/paired-apps';
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

/** What the sync side offers an open app (extension/background/archive-sync-service.ts). */
export interface AppSyncLink {
  /** The app opened: it says what it keeps; waiting deliveries flow to `send` until `close`. */
  open(origin: string, archive: ArchiveSummary, send: (m: ExtensionToAppMessage) => void): { ack(id: string): void; nack(id: string, message: string): void; close(): void };
}

export interface AppBridgeDeps {
  store: HandoffStore;
  openSource: () => Promise<ActivitySource>;
  /** This extension's id: only our own pages may park records or speak for the app. */
  extensionId: string;
  /** The URL of our app-bridge frame page (runtime.getURL('/app-bridge.html')). */
  bridgePageUrl: string;
  isPaired: (origin: string) => Promise<boolean>;
  noteRefused: (origin: string) => void;
  sync?: AppSyncLink;
}

interface OpenSession {
  origin: string;
  port: BridgePort;
  close(): void;
}

/** Conversations with paired apps now open: revoking an origin ends its own at once. */
const sessions = new Set<OpenSession>();

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

function refuse(port: BridgePort, origin: unknown, deps: AppBridgeDeps): void {
  post(port, { type: 'refused', message: NOT_PAIRED_MESSAGE });
  port.disconnect();
  if (isPairableOrigin(origin)) deps.noteRefused(origin);
}

/**
 * runtime.onConnect for APP_BRIDGE_PORT. Returns false for other ports. Nothing the app asks is read before the
 * origin is known to be paired; what it sent meanwhile waits, and is dropped if the answer is no.
 */
export function handleAppConnection(port: BridgePort, deps: AppBridgeDeps): boolean {
  if (port.name !== APP_BRIDGE_PORT) return false;
  if (port.sender?.id !== deps.extensionId || !port.sender?.url?.startsWith(deps.bridgePageUrl)) {
    // Not our frame (a content script or another extension page cannot speak for an app).
    port.disconnect();
    return true;
  }
  let state: 'hello' | 'checking' | 'open' | 'closed' = 'hello';
  const waiting: AppToExtensionMessage[] = [];
  let serve: ((m: AppToExtensionMessage) => void) | undefined;
  let onClose: (() => void) | undefined;
  port.onDisconnect.addListener(() => {
    state = 'closed';
    onClose?.();
  });
  port.onMessage.addListener((message: AppToExtensionMessage | AppFrameHello) => {
    if (state === 'closed') return;
    if (state === 'hello') {
      const hello = message as AppFrameHello;
      if (hello?.type !== 'bridge/hello' || !isPairableOrigin(hello.origin)) {
        state = 'closed';
        refuse(port, undefined, deps);
        return;
      }
      state = 'checking';
      void deps.isPaired(hello.origin).then(
        (paired) => {
          if (state === 'closed') return;
          if (!paired || hello.topLevel !== true) {
            state = 'closed';
            refuse(port, hello.origin, deps);
            return;
          }
          state = 'open';
          post(port, { type: 'ready' });
          const session = startSession(port, hello.origin, deps);
          serve = session.serve;
          onClose = session.close;
          for (const m of waiting.splice(0)) serve(m);
        },
        () => {
          state = 'closed';
          refuse(port, hello.origin, deps);
        },
      );
      return;
    }
    if (state === 'checking') {
      // Bounded: an app sends a request or two before its answer.
      if (waiting.length < 16) waiting.push(message as AppToExtensionMessage);
      return;
    }
    serve?.(message as AppToExtensionMessage);
  });
  return true;
}

/** Ends the open conversations of origins no longer paired (called when the user revokes one in Options). */
export function closeUnpairedSessions(paired: ReadonlySet<string>): number {
  let closed = 0;
  for (const s of [...sessions]) {
    if (paired.has(s.origin)) continue;
    sessions.delete(s);
    s.close();
    post(s.port, { type: 'refused', message: NOT_PAIRED_MESSAGE });
    s.port.disconnect();
    closed++;
  }
  return closed;
}

function startSession(port: BridgePort, origin: string, deps: AppBridgeDeps): { serve: (m: AppToExtensionMessage) => void; close: () => void } {
  let controller: AbortController | undefined;
  let closed = false;
  let link: ReturnType<AppSyncLink['open']> | undefined;
  const session: OpenSession = {
    origin,
    port,
    close: () => {
      closed = true;
      controller?.abort();
      link?.close();
      link = undefined;
    },
  };
  sessions.add(session);
  const close = (): void => {
    sessions.delete(session);
    session.close();
  };
  const serve = (message: AppToExtensionMessage): void => {
    if (closed) return;
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
    if (message?.type === 'sync/open') {
      if (!deps.sync || link) return;
      link = deps.sync.open(origin, message.archive, (m) => {
        if (!closed) post(port, m);
      });
      return;
    }
    if (message?.type === 'sync/ack') {
      if (typeof message.deliveryId === 'string') link?.ack(message.deliveryId);
      return;
    }
    if (message?.type === 'sync/nack') {
      if (typeof message.deliveryId === 'string') link?.nack(message.deliveryId, String(message.message ?? ''));
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
  };
  return { serve, close };
}

/** runtime.onConnect: the side panel parking a view for the app. */
export function handleParkConnection(port: BridgePort, deps: Pick<AppBridgeDeps, 'store' | 'extensionId'>): boolean {
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
