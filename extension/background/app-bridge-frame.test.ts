import { describe, expect, it } from 'vitest';
import { relayAppConnection, type RuntimePort } from './app-bridge-frame';
import { APP_BRIDGE_CONNECT, APP_BRIDGE_PORT } from '../../bridge-contract/app-bridge-protocol';

function runtimePort() {
  const sent: unknown[] = [];
  const listeners: ((m: never) => void)[] = [];
  const closers: (() => void)[] = [];
  const port: RuntimePort & { sent: unknown[]; deliver(m: unknown): void; drop(): void; disconnected: boolean } = {
    sent,
    disconnected: false,
    postMessage: (m) => void sent.push(m),
    disconnect() { this.disconnected = true; },
    onMessage: { addListener: (f) => void listeners.push(f) },
    onDisconnect: { addListener: (f) => void closers.push(f) },
    deliver: (m) => listeners.forEach((f) => f(m as never)),
    drop: () => closers.forEach((f) => f()),
  };
  return port;
}

describe('the app-bridge frame', () => {
  const parent = {};
  const top = parent;
  it('relays a connect from the page around it, stamped with the browser’s origin for that page', async () => {
    const port = runtimePort();
    const names: string[] = [];
    const channel = new MessageChannel();
    const got: unknown[] = [];
    channel.port1.onmessage = (e) => got.push(e.data);
    const ok = relayAppConnection(
      { source: parent as never, origin: 'https://contoso.github.io', data: { type: APP_BRIDGE_CONNECT, origin: 'https://lies.example' }, ports: [channel.port2] },
      { window: { parent, top }, connect: (name) => (names.push(name), port) },
    );
    expect(ok).toBe(true);
    expect(names).toEqual([APP_BRIDGE_PORT]);
    expect(port.sent[0]).toEqual({ type: 'bridge/hello', origin: 'https://contoso.github.io', topLevel: true });
    port.deliver({ type: 'ready' });
    channel.port1.postMessage({ type: 'handoff/pull', token: 't' });
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([{ type: 'ready' }]);
    expect(port.sent[1]).toEqual({ type: 'handoff/pull', token: 't' });
    port.drop();
    await new Promise((r) => setTimeout(r, 20));
    expect(got.at(-1)).toMatchObject({ type: 'error', kind: 'disconnected' });
  });

  it('ignores messages from anything but its direct parent, and says when the parent is itself framed', () => {
    const channel = new MessageChannel();
    const connect = () => runtimePort();
    expect(relayAppConnection({ source: {} as never, origin: 'https://x.example', data: { type: APP_BRIDGE_CONNECT }, ports: [channel.port2] }, { window: { parent, top }, connect })).toBe(false);
    expect(relayAppConnection({ source: parent as never, origin: 'https://x.example', data: { type: 'other' }, ports: [channel.port2] }, { window: { parent, top }, connect })).toBe(false);
    const port = runtimePort();
    relayAppConnection({ source: parent as never, origin: 'https://x.example', data: { type: APP_BRIDGE_CONNECT }, ports: [channel.port2] }, { window: { parent, top: {} }, connect: () => port });
    expect(port.sent[0]).toMatchObject({ topLevel: false });
  });
});
