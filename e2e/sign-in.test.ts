// Partner Center sign-in in Chromium with the built extension, against a local Entra-shaped OAuth server:
// the options page signs in (discovery, PKCE, code exchange), keeps tokens in storage.session only, renews an
// expired token, explains a refusal and signs out. No Microsoft endpoint is called.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { FIXTURE_ACCOUNT, startOAuthServer, type OAuthServer } from '../test-support/oauth-server';

const CLIENT_ID = '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b';

/** The slice of the extension page's chrome.storage these checks use (the e2e project has no chrome types). */
interface ChromeStorage {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> }>;
}
declare const chrome: ChromeStorage;

let server: OAuthServer;
let browser: LensBrowser;
let page: Page;

async function storageArea(area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return page.evaluate((a) => chrome.storage[a].get(null), area);
}

async function openOptionsSignedOut(): Promise<void> {
  await page.evaluate(async ({ authority, clientId }) => {
    await chrome.storage.session.clear();
    await chrome.storage.local.set({
      dataSourceSettings: { kind: 'partner-center', cloud: 'global', tenant: 'organizations', clientId, authorityOverride: authority },
    });
  }, { authority: server.authority(), clientId: CLIENT_ID });
  await page.reload();
  await expect.poll(() => signInState()).toContain('Not signed in');
}

async function signInState(): Promise<string> {
  return (await page.getByTestId('sign-in-state').textContent().catch(() => '')) ?? '';
}

async function clickSignIn(): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

beforeAll(async () => {
  server = await startOAuthServer();
  browser = await launchBrowser({ extension: true });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  server.mode = 'normal';
  await openOptionsSignedOut();
});

describe('signing in to Partner Center from the options page', () => {
  it('signs in with a real PKCE code exchange; the token is in storage.session and never in storage.local', async () => {
    const exchanges = server.verifiedPkceExchanges;
    await clickSignIn();
    await expect.poll(() => signInState(), { timeout: 20_000 }).toContain(`Signed in as ${FIXTURE_ACCOUNT}`);
    expect(await signInState()).toMatch(/Access valid until/);
    expect(server.verifiedPkceExchanges).toBe(exchanges + 1);

    const issued = server.issuedAccessTokens.at(-1)!;
    const session = JSON.stringify(await storageArea('session'));
    expect(session).toContain(issued);
    const local = JSON.stringify(await storageArea('local'));
    expect(local).not.toContain(issued);
    expect(local).not.toMatch(/token/i);
  });

  it('an expired token is renewed with the refresh token when the page opens, without a new sign-in window', async () => {
    server.mode = 'short-lived';
    await clickSignIn();
    await expect.poll(() => signInState(), { timeout: 20_000 }).toContain('Signed in as');
    const expired = server.issuedAccessTokens.at(-1)!;
    const refreshes = server.refreshes;
    const exchanges = server.verifiedPkceExchanges;
    server.mode = 'normal';

    await page.reload();

    await expect.poll(() => server.refreshes, { timeout: 20_000 }).toBe(refreshes + 1);
    await expect.poll(() => signInState()).toContain('Signed in as');
    expect(server.verifiedPkceExchanges).toBe(exchanges);
    const session = JSON.stringify(await storageArea('session'));
    expect(session).not.toContain(expired);
    expect(session).toContain(server.issuedAccessTokens.at(-1)!);
  });

  it('an expired token that cannot be renewed says so plainly and shows "Not signed in"', async () => {
    server.mode = 'short-lived-no-refresh';
    await clickSignIn();
    await expect.poll(() => signInState(), { timeout: 20_000 }).toContain('Signed in as');

    await page.reload();

    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/not signed in to Partner Center, or your sign-in has expired/);
    expect(await signInState()).toContain('Not signed in');
  });

  it('a refused sign-in (access_denied) explains what happened and stores nothing', async () => {
    server.mode = 'refuse';
    await clickSignIn();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/Sign-in was refused/);
    expect(await signInState()).toContain('Not signed in');
    expect(await storageArea('session')).toEqual({});
  });

  it('Sign out clears the session', async () => {
    await clickSignIn();
    await expect.poll(() => signInState(), { timeout: 20_000 }).toContain('Signed in as');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => signInState()).toContain('Not signed in');
    expect(await storageArea('session')).toEqual({});
    await expect.poll(() => page.getByRole('status').allTextContents()).toContain('Signed out.');
  });

  it('is usable from the keyboard alone, shows the redirect URI to register, and has no axe violations', async () => {
    expect(await page.getByLabel('Redirect URI for this browser').inputValue()).toBe(`https://${browser.extensionId}.chromiumapp.org/`);
    await page.getByLabel('Application (client) ID').focus();
    await page.keyboard.press('Tab'); // the hint is text: next stop is Save
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sign in');
    await page.keyboard.press('Enter');
    await expect.poll(() => signInState(), { timeout: 20_000 }).toContain(`Signed in as ${FIXTURE_ACCOUNT}`);

    // The extension's CSP refuses injected <script> tags; DevTools-protocol evaluation is not subject to it.
    await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});
