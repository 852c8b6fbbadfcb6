// A page standing in for the Activity Lens app on a port of its own (port 0), for tests that only need to see what
// the extension opens there: the extension is pointed at it (storage.local activityLensAppUrl), so whatever this
// machine runs at the app's usual address is never involved.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInApp {
  /** Origin, no trailing slash, as the extension's app-address setting stores it. */
  url: string;
  close(): Promise<void>;
}

export async function serveStandInApp(title: string): Promise<StandInApp> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><title>${title}</title><p>${title}</p>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Storage key of extension/app-pairing/app-address.ts. */
export const APP_ADDRESS_KEY = 'activityLensAppUrl';
