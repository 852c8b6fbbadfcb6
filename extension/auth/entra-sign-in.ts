// Signs the partner in to Microsoft Entra ID (authorization code + PKCE through browser.identity) and hands out
// Partner Center access tokens; the sample data source needs none. Tokens stay in memory/storage.session only.
import * as oauth from 'oauth4webapi';
import { browser } from 'wxt/browser';
import {
  authorityFor,
  isLoopbackUrl,
  loadDataSourceSettings,
  scopeFor,
  type DataSourceSettings,
} from '../data-source/data-source-settings';
import { dataSourceProblems } from '../data-source/data-source-problems';
import { langFromLocale } from '../../core/words/locale';
import { SAMPLE_SERVER_TOKEN } from '../../core/partner-center/sample-server-address';
import { NotSignedInError, SignInError, type SignInErrorKind } from './sign-in-error';
import { clearSessionTokens, readSessionTokens, writeSessionTokens, type SessionTokens } from './session-tokens';

export interface SignInState {
  signedIn: boolean;
  /** Who is signed in (display only). */
  account?: string;
  /** Epoch ms when the current access token expires (also when signedIn is false because it expired with no way to renew). */
  expiresAt?: number;
}

/** The sample server accepts any bearer token: this one (core's, the one every surface sends) is not a credential. */
export const SAMPLE_ACCESS_TOKEN = SAMPLE_SERVER_TOKEN;

/** Renew a little early so a token does not expire between the check and Partner Center's answer. */
export const EXPIRY_MARGIN_MS = 60_000;

type PartnerCenterSettings = Extract<DataSourceSettings, { kind: 'partner-center' }>;

/** The URI to register in the partner's app registration: https://<extension-id>.chromiumapp.org/ in Chrome. */
export function redirectUri(): string {
  return browser.identity.getRedirectURL();
}

export async function getSignInState(): Promise<SignInState> {
  const settings = await loadDataSourceSettings();
  if (settings.kind === 'sample') return { signedIn: true };
  const tokens = await tokensFor(settings);
  if (!tokens) return { signedIn: false };
  const usable = tokens.expiresAt - EXPIRY_MARGIN_MS > Date.now() || Boolean(tokens.refreshToken);
  return { signedIn: usable, account: tokens.account, expiresAt: tokens.expiresAt };
}

/** Opens Microsoft's sign-in window; resolves when Partner Center tokens are stored, or throws a SignInError. */
export async function signIn(): Promise<SignInState> {
  const settings = await loadDataSourceSettings();
  if (settings.kind === 'sample') return { signedIn: true };
  if (dataSourceProblems(settings, lang()).length > 0) throw new SignInError('not-configured');
  const authority = authorityFor(settings)!;
  const as = await discover(authority);
  const client: oauth.Client = { client_id: settings.clientId };
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorizationUrl = new URL(as.authorization_endpoint!);
  authorizationUrl.search = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    redirect_uri: redirectUri(),
    // offline_access: a refresh token lets us renew silently; it is kept in storage.session like the rest.
    scope: `${scopeFor(settings)} offline_access`,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    prompt: 'select_account',
  }).toString();

  let responseUrl: string | undefined;
  try {
    responseUrl = await browser.identity.launchWebAuthFlow({ url: authorizationUrl.href, interactive: true });
  } catch (error) {
    // Chromium rejects with "The user did not approve access." when the window is closed.
    const detail = messageOf(error);
    throw new SignInError(/did not approve|cancel|closed/i.test(detail) ? 'cancelled' : 'failed', detail);
  }
  if (!responseUrl) throw new SignInError('cancelled');

  const result = await oauthStep(async () => {
    const params = oauth.validateAuthResponse(as, client, new URL(responseUrl), state);
    const response = await oauth.authorizationCodeGrantRequest(
      as, client, oauth.None(), params, redirectUri(), codeVerifier, insecureFor(authority),
    );
    return oauth.processAuthorizationCodeResponse(as, client, response);
  });
  const tokens = tokensFrom(result, issuedFor(settings));
  await writeSessionTokens(tokens);
  return { signedIn: true, account: tokens.account, expiresAt: tokens.expiresAt };
}

export async function signOut(): Promise<void> {
  await clearSessionTokens();
}

/**
 * A bearer token for the current data source. forceRefresh (after a 401) skips the cached token.
 * Throws NotSignedInError when only an interactive sign-in can help.
 */
export async function getAccessToken(o: { forceRefresh: boolean }): Promise<string> {
  const settings = await loadDataSourceSettings();
  if (settings.kind === 'sample') return SAMPLE_ACCESS_TOKEN;
  const tokens = await tokensFor(settings);
  if (!tokens) throw new NotSignedInError();
  if (!o.forceRefresh && tokens.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return tokens.accessToken;
  if (!tokens.refreshToken) throw new NotSignedInError('the access token expired and there is no refresh token');
  return (await refreshOnce(settings, tokens)).accessToken;
}

/** One refresh at a time: parallel API chunks that all see an expired token share it. */
let refreshing: Promise<SessionTokens> | undefined;

function refreshOnce(settings: PartnerCenterSettings, tokens: SessionTokens): Promise<SessionTokens> {
  refreshing ??= refresh(settings, tokens).finally(() => (refreshing = undefined));
  return refreshing;
}

async function refresh(settings: PartnerCenterSettings, tokens: SessionTokens): Promise<SessionTokens> {
  const authority = authorityFor(settings)!;
  const client: oauth.Client = { client_id: settings.clientId };
  try {
    const as = await discover(authority);
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), tokens.refreshToken!, {
      ...insecureFor(authority),
      additionalParameters: { scope: `${scopeFor(settings)} offline_access` },
    });
    const result = await oauth.processRefreshTokenResponse(as, client, response);
    // Entra rotates refresh tokens; keep the old one only if no new one came.
    const next = tokensFrom(result, tokens.issuedFor, tokens);
    await writeSessionTokens(next);
    return next;
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) {
      // invalid_grant, interaction_required…: the refresh token is spent; only a new sign-in helps.
      await clearSessionTokens();
      throw new NotSignedInError(`${error.error}: ${error.error_description ?? ''}`);
    }
    if (error instanceof SignInError) throw error;
    throw new SignInError('failed', messageOf(error));
  }
}

async function tokensFor(settings: PartnerCenterSettings): Promise<SessionTokens | undefined> {
  const tokens = await readSessionTokens();
  return tokens && tokens.issuedFor === issuedFor(settings) ? tokens : undefined;
}

/** Tokens belong to one authority and one app: changing either in the options signs the user out in effect. */
function issuedFor(settings: PartnerCenterSettings): string {
  return `${authorityFor(settings)} ${settings.clientId.trim().toLowerCase()}`;
}

function tokensFrom(result: oauth.TokenEndpointResponse, issued: string, previous?: SessionTokens): SessionTokens {
  const account = accountFromAccessToken(result.access_token) ?? previous?.account;
  const tokens: SessionTokens = {
    accessToken: result.access_token,
    // Entra always sends expires_in; an hour is its usual lifetime if a server does not.
    expiresAt: Date.now() + (result.expires_in ?? 3600) * 1000,
    issuedFor: issued,
  };
  const refreshToken = result.refresh_token ?? previous?.refreshToken;
  if (refreshToken) tokens.refreshToken = refreshToken;
  if (account) tokens.account = account;
  return tokens;
}

/**
 * The signed-in user's name from the access token's claims, for "Signed in as …" only (never trusted for
 * anything): we skip the ID token because oauth4webapi cannot match Entra's multi-tenant issuer.
 */
function accountFromAccessToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    const name = claims.upn ?? claims.preferred_username ?? claims.unique_name ?? claims.email;
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}

const discovered = new Map<string, oauth.AuthorizationServer>();

/** Reads {authority}/v2.0/.well-known/openid-configuration once per authority. */
async function discover(authority: string): Promise<oauth.AuthorizationServer> {
  const cached = discovered.get(authority);
  if (cached) return cached;
  const as = await oauthStep(async () => {
    const response = await oauth.discoveryRequest(new URL(`${authority}/v2.0`), { algorithm: 'oidc', ...insecureFor(authority) });
    // Entra's issuer names the tenant GUID (or a literal "{tenantid}" for organizations), never what we asked
    // for, so it cannot be predicted: require instead that it and the endpoints live on the authority's host.
    const body = (await response.clone().json().catch(() => ({}))) as { issuer?: unknown };
    const issuer = typeof body.issuer === 'string' ? body.issuer : '';
    if (!sameOrigin(issuer, authority)) throw new SignInError('failed', `unexpected issuer ${issuer}`);
    const metadata = await oauth.processDiscoveryResponse(new URL(issuer), response);
    for (const endpoint of [metadata.authorization_endpoint, metadata.token_endpoint]) {
      if (!endpoint || !sameOrigin(endpoint, authority)) throw new SignInError('failed', `unexpected endpoint ${endpoint}`);
    }
    return metadata;
  });
  discovered.set(authority, as);
  return as;
}

/** Runs an oauth4webapi step and turns its errors into SignInErrors with the partner's words. */
async function oauthStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SignInError) throw error;
    if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
      throw new SignInError(kindForOAuthError(error.error), `${error.error}: ${error.error_description ?? ''}`.trim());
    }
    throw new SignInError('failed', messageOf(error));
  }
}

function kindForOAuthError(code: string): SignInErrorKind {
  if (code === 'access_denied' || code === 'consent_required') return 'refused';
  // AADSTS700016 (unknown app), AADSTS50011 (redirect URI), AADSTS9002326 (wrong platform) all land here.
  if (code === 'invalid_client' || code === 'unauthorized_client' || code === 'invalid_request' || code === 'invalid_scope') {
    return 'app-registration';
  }
  return 'failed';
}

/** oauth4webapi refuses plain http; the only http authority we accept is the loopback test server. */
function insecureFor(authority: string): { [oauth.allowInsecureRequests]?: boolean } {
  return authority.startsWith('http:') && isLoopbackUrl(authority) ? { [oauth.allowInsecureRequests]: true } : {};
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lang() {
  return langFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}
