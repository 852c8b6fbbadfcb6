// Talks to the Activity Lens extension (externally_connectable): it holds the Partner Center sign-in, so the
// app asks it to fetch, and pulls records the extension handed off. The extension id arrives as ?bridge=
// when the extension opened the app and is remembered (it is not a secret).
import { APP_BRIDGE_PORT, type AppToExtensionMessage, type ExtensionToAppMessage } from '../extension/messaging/app-bridge-protocol';
import type { ActivityRecord } from '../core/activity-record';

export const EXTENSION_ID_KEY = 'activity-lens.extension-id';

interface ChromePort {
  postMessage(m: AppToExtensionMessage): void;
  disconnect(): void;
  onMessage: { addListener(f: (m: ExtensionToAppMessage) => void): void };
  onDisconnect: { addListener(f: () => void): void };
}
interface ChromeRuntime {
  connect(extensionId: string, info: { name: string }): ChromePort;
}

export function knownExtensionId(search = window.location.search): string | undefined {
  const fromUrl = new URLSearchParams(search).get('bridge');
  if (fromUrl) localStorage.setItem(EXTENSION_ID_KEY, fromUrl);
  return fromUrl || localStorage.getItem(EXTENSION_ID_KEY) || undefined;
}

function runtime(): ChromeRuntime | undefined {
  return (globalThis as { chrome?: { runtime?: ChromeRuntime } }).chrome?.runtime;
}

/** Streams the extension's answer to one request; records come in batches as they arrive. */
export async function* bridgeRecords(extensionId: string, request: AppToExtensionMessage, signal?: AbortSignal): AsyncGenerator<ActivityRecord[]> {
  const rt = runtime();
  if (!rt?.connect) throw { kind: 'no-extension', message: 'This browser cannot reach the extension (open the app in Chrome or Edge with the extension installed).' };
  const port = rt.connect(extensionId, { name: APP_BRIDGE_PORT });
  const queue: ExtensionToAppMessage[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  port.onMessage.addListener((m) => {
    queue.push(m);
    wake?.();
  });
  port.onDisconnect.addListener(() => {
    closed = true;
    wake?.();
  });
  signal?.addEventListener('abort', () => {
    port.postMessage({ type: 'fetch/cancel' });
    port.disconnect();
    closed = true;
    wake?.();
  });
  port.postMessage(request);
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (closed) throw { kind: signal?.aborted ? 'cancelled' : 'disconnected', message: signal?.aborted ? 'Cancelled.' : 'The extension closed the connection before it finished.' };
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type === 'records') yield m.records;
      else if (m.type === 'done') return;
      else throw { kind: m.kind, message: m.message };
    }
  } finally {
    if (!closed) port.disconnect();
  }
}
