// @vitest-environment node
// Sign-in against the local Entra-shaped server (real discovery, PKCE and code exchange); only the browser's
// sign-in window is replaced, by following the authorization redirect the way the window would.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIXTURE_ACCOUNT, startOAuthServer, type OAuthServer } from '../../test-support/oauth-server';
import { saveDataSourceSettings } from '../data-source/data-source-settings';
import { getAccessToken, getSignInState, NotSignedInError, SAMPLE_ACCESS_TOKEN, SignInError, signIn, signOut } from './index';
import { SESSION_TOKENS_KEY, type SessionTokens } from './session-tokens';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const REDIRECT_URI = 'https://lensextensionid.chromiumapp.org/';
const CLIENT_ID = '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b';
let server: OAuthServer;
let windowsOpened = 0;

/** What Chromium's sign-in window does when the server redirects at once: hand back the redirect URL. */
async function followAuthorizationRedirect(details: { url: string; interactive?: boolean }): Promise<string> {
  windowsOpened++;
  const response = await fetch(details.url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location?.startsWith(REDIRECT_URI)) throw new Error('Authorization page could not be loaded.');
  return location;
}

async function usePartnerCenter(clientId = CLIENT_ID): Promise<void> {
  await saveDataSourceSettings({ kind: 'partner-center', cloud: 'global', tenant: 'organizations', clientId, authorityOverride: server.authority() });
}

/** Every string anywhere in storage.local, to prove no token ever lands there. */
async function everythingInLocalStorage(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get());
}

beforeAll(async () => {
  server = await startOAuthServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await signOut();
  server.mode = 'normal';
  windowsOpened = 0;
  fakeBrowser.identity.getRedirectURL = () => REDIRECT_URI;
  fakeBrowser.identity.launchWebAuthFlow = followAuthorizationRedirect as typeof fakeBrowser.identity.launchWebAuthFlow;
});

describe('signing in to Partner Center', () => {
  it('signs in with a PKCE code exchange and keeps the token in storage.session, never in storage.local', async () => {
    await usePartnerCenter();
    const before = server.verifiedPkceExchanges;

    const state = await signIn();

    expect(server.verifiedPkceExchanges).toBe(before + 1);
    const issued = server.issuedAccessTokens.at(-1)!;
    expect(state).toMatchObject({ signedIn: true, account: FIXTURE_ACCOUNT });
    expect(state.expiresAt).toBeGreaterThan(Date.now() + 3_000_000);
    expect(await getAccessToken({ forceRefresh: false })).toBe(issued);
    const session = (await fakeBrowser.storage.session.get(SESSION_TOKENS_KEY))[SESSION_TOKENS_KEY] as SessionTokens;
    expect(session.accessToken).toBe(issued);
    const local = await everythingInLocalStorage();
    expect(local).not.toContain(issued);
    expect(local).not.toContain(session.refreshToken);
    expect(local).not.toMatch(/token/i);
  });

  it('a 401 makes the API client ask again: forceRefresh gets a new token silently', async () => {
    await usePartnerCenter();
    await signIn();
    const first = await getAccessToken({ forceRefresh: false });
    const refreshed = await getAccessToken({ forceRefresh: true });
    expect(refreshed).not.toBe(first);
    expect(refreshed).toBe(server.issuedAccessTokens.at(-1));
    expect(windowsOpened).toBe(1);
  });

  it('an expired token is renewed with the refresh token, without opening a window', async () => {
    server.mode = 'short-lived';
    await usePartnerCenter();
    await signIn();
    const expired = server.issuedAccessTokens.at(-1)!;
    const refreshesBefore = server.refreshes;

    const token = await getAccessToken({ forceRefresh: false });

    expect(token).not.toBe(expired);
    expect(server.refreshes).toBe(refreshesBefore + 1);
    expect(windowsOpened).toBe(1);
  });

  it('parallel requests that all meet an expired token share one refresh', async () => {
    server.mode = 'short-lived';
    await usePartnerCenter();
    await signIn();
    const refreshesBefore = server.refreshes;
    const tokens = await Promise.all([1, 2, 3].map(() => getAccessToken({ forceRefresh: false })));
    expect(new Set(tokens).size).toBe(1);
    expect(server.refreshes).toBe(refreshesBefore + 1);
  });

  it('an expired token with no way to refresh says "not signed in" plainly', async () => {
    server.mode = 'short-lived-no-refresh';
    await usePartnerCenter();
    await signIn();
    const error = await getAccessToken({ forceRefresh: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotSignedInError);
    expect((error as NotSignedInError).kind).toBe('not-signed-in');
    expect((error as NotSignedInError).userMessage).toMatch(/not signed in/i);
    expect((await getSignInState()).signedIn).toBe(false);
  });

  it('a refused sign-in (access_denied) stores nothing and tells the user what happened', async () => {
    server.mode = 'refuse';
    await usePartnerCenter();
    const error = await signIn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).kind).toBe('refused');
    expect((error as SignInError).userMessage).toMatch(/refused/);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    await expect(getAccessToken({ forceRefresh: false })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('closing the sign-in window is a cancellation, not an error to debug', async () => {
    await usePartnerCenter();
    fakeBrowser.identity.launchWebAuthFlow = (async () => {
      throw new Error('The user did not approve access.');
    }) as typeof fakeBrowser.identity.launchWebAuthFlow;
    await expect(signIn()).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('a client ID that is not a GUID is refused before any window opens', async () => {
    await usePartnerCenter('my-app');
    await expect(signIn()).rejects.toMatchObject({ kind: 'not-configured' });
    expect(windowsOpened).toBe(0);
  });

  it('signing out clears the session; the next request asks the user to sign in', async () => {
    await usePartnerCenter();
    await signIn();
    await signOut();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await getSignInState()).toEqual({ signedIn: false });
    await expect(getAccessToken({ forceRefresh: false })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('tokens from one app registration are not reused after the client ID changes', async () => {
    await usePartnerCenter();
    await signIn();
    await usePartnerCenter('0b9a8f7e-6d5c-4b3a-8f1e-2d3c4b5a6978');
    expect((await getSignInState()).signedIn).toBe(false);
    await expect(getAccessToken({ forceRefresh: false })).rejects.toBeInstanceOf(NotSignedInError);
  });
});

describe('the sample data source', () => {
  it('needs no sign-in: its token says it is sample data', async () => {
    await saveDataSourceSettings({ kind: 'sample', sampleUrl: 'http://127.0.0.1:7171' });
    expect(await getAccessToken({ forceRefresh: true })).toBe(SAMPLE_ACCESS_TOKEN);
    expect(await getSignInState()).toEqual({ signedIn: true });
    expect(windowsOpened).toBe(0);
  });
});
