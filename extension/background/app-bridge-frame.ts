// What the app-bridge frame (extension/entrypoints/app-bridge) does with a message from its embedder: only a
// connect request from the page directly around it, carrying a MessagePort, becomes a port to the background,
// with the browser-set event origin (never anything the page wrote) in the first message.
import { APP_BRIDGE_CONNECT, APP_BRIDGE_PORT, type ExtensionToAppMessage } from '../../bridge-contract/app-bridge-protocol';
import type { AppFrameHello } from '../messaging/extension-messages';

export interface RuntimePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: never) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface FrameContext {
  window: { parent: unknown; top: unknown };
  connect(name: string): RuntimePort;
}

/** Frame → app when the background closed the conversation (a MessagePort has no close event everywhere). */
export const DISCONNECTED: ExtensionToAppMessage = { type: 'error', kind: 'disconnected', message: 'The extension closed the connection.' };

export function relayAppConnection(event: Pick<MessageEvent, 'source' | 'origin' | 'data' | 'ports'>, frame: FrameContext): boolean {
  if (event.source !== frame.window.parent || frame.window.parent === frame.window) return false;
  if ((event.data as { type?: unknown } | null)?.type !== APP_BRIDGE_CONNECT) return false;
  const appPort = event.ports?.[0];
  if (!appPort) return false;
  const port = frame.connect(APP_BRIDGE_PORT);
  let open = true;
  const hello: AppFrameHello = { type: 'bridge/hello', origin: event.origin, topLevel: frame.window.parent === frame.window.top };
  port.postMessage(hello);
  port.onMessage.addListener((message: never) => appPort.postMessage(message));
  port.onDisconnect.addListener(() => {
    if (!open) return;
    open = false;
    appPort.postMessage(DISCONNECTED);
    appPort.close();
  });
  appPort.onmessage = (e: MessageEvent) => {
    if ((e.data as { type?: unknown } | null)?.type === 'bridge/close') {
      open = false;
      port.disconnect();
      appPort.close();
      return;
    }
    if (open) port.postMessage(e.data);
  };
  return true;
}
