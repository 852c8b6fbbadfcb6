import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { portInUse, waitForPort } from './local-port.mjs';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

function listen(port = 0): Promise<number> {
  server = createServer();
  return new Promise((ok) => server!.listen(port, '127.0.0.1', () => ok((server!.address() as { port: number }).port)));
}

async function freePort(): Promise<number> {
  const port = await listen();
  await new Promise<void>((r) => server!.close(() => r()));
  server = undefined;
  return port;
}

describe('local ports for npm start', () => {
  it('sees a port taken by another server, and a free one as free', async () => {
    const taken = await listen();
    expect(await portInUse(taken)).toBe(true);
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    expect(await portInUse(taken)).toBe(false);
  });

  it('waits until a server answers, and gives up after its timeout', async () => {
    const port = await freePort();
    expect(await waitForPort(port, 300)).toBe(false);
    setTimeout(() => void listen(port), 300);
    expect(await waitForPort(port, 5_000)).toBe(true);
  });
});
