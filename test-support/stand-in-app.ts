// A page standing in for the Activity Lens app on a port of its own (port 0), for tests that only need to see what
// the extension opens there: the extension is pointed at it (storage.local activityLensAppUrl), so whatever this
// machine runs at the app's usual address is never involved.
import { createServer } from 'node:http';
import { listenOnLoopback } from './loopback-server';

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
  const { origin, close } = await listenOnLoopback(server);
  return { url: origin, close };
}

/** Storage key of extension/app-pairing/app-address.ts. */
export const APP_ADDRESS_KEY = 'activityLensAppUrl';
