// No test may depend on what this machine runs: the test browser never reaches the fixed addresses `npm start`
// serves (app, sample server), even while something answers there; every server a test needs takes port 0.
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, MACHINE_ADDRESSES, type LensBrowser } from '../test-support/browser';
import { listenOnLoopback, type LoopbackServer } from '../test-support/loopback-server';
import { ACTIVITY_LENS_APP_URL } from '../extension/app-pairing/app-link';
import { DEFAULT_SAMPLE_SERVER_URL } from '../core/partner-center/sample-server-address';

let browser: LensBrowser;
let own: LoopbackServer | undefined;
let ownUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  own = await listenOnLoopback(createServer((_, res) => res.writeHead(200, { 'access-control-allow-origin': '*' }).end('ours')));
  ownUrl = `${own.origin}/`;
});

afterAll(async () => {
  await browser?.close();
  await own?.close();
});

describe('tests are independent of the machine', () => {
  it('refuses the app and sample-server defaults in the test browser, and reaches a server of its own', async () => {
    expect(MACHINE_ADDRESSES).toEqual([`${new URL(ACTIVITY_LENS_APP_URL).origin}/**`, `${new URL(DEFAULT_SAMPLE_SERVER_URL).origin}/**`]);
    const page = await browser.context.newPage();
    await page.goto(ownUrl);
    const reach = (url: string) =>
      page.evaluate((u) => fetch(u).then((r) => r.text(), (e: Error) => `refused: ${e.name}`), url);
    expect(await reach(`${ACTIVITY_LENS_APP_URL}/`)).toMatch(/^refused/);
    expect(await reach(`${DEFAULT_SAMPLE_SERVER_URL}/v1/auditrecords?startDate=2026-01-01`)).toMatch(/^refused/);
    expect(await reach(ownUrl)).toBe('ours');
    await page.close();
  });
});
