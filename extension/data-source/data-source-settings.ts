// Where the extension reads the activity log from (the sample server or Partner Center) and how it reaches it.
// Kept in storage.local: none of it is secret; tokens live in extension/auth only.
// Why settings cannot be used is data-source-problems.ts, which reads these types (this file imports nothing back).
import { browser } from 'wxt/browser';
import { DEFAULT_SAMPLE_SERVER_URL } from '../../core/partner-center/sample-server-address';

export type PartnerCenterCloud = 'global' | 'usgov';

export type DataSourceSettings =
  | { kind: 'sample'; sampleUrl: string }
  | {
      kind: 'partner-center';
      cloud: PartnerCenterCloud;
      /** Tenant id or domain, or 'organizations' for any work account. */
      tenant: string;
      /** The partner's own app registration (public client). */
      clientId: string;
      /**
       * TEST ONLY: replaces the Entra authority with a local OAuth server (e2e/fixtures/oauth-server.ts).
       * Honoured only for loopback http(s) URLs, so a stored value can never send a user to another sign-in host.
       */
      authorityOverride?: string;
    };

/** The sample server's address out of the box (defined once, in core, with the sample server's port). */
export const DEFAULT_SAMPLE_URL = DEFAULT_SAMPLE_SERVER_URL;
export const DEFAULT_TENANT = 'organizations';

export const GLOBAL_API_BASE_URL = 'https://api.partnercenter.microsoft.com';
/**
 * Partner Center for Microsoft Cloud for US Government: Microsoft's "Partner Center REST URLs" page lists the same
 * base URL as the global cloud; only sign-in moves to login.microsoftonline.us. Kept separate to correct in one place.
 */
export const US_GOV_API_BASE_URL = GLOBAL_API_BASE_URL;

export const GLOBAL_LOGIN_HOST = 'https://login.microsoftonline.com';
export const US_GOV_LOGIN_HOST = 'https://login.microsoftonline.us';

/** Delegated permission the partner's app registration must hold (SPEC §2). */
export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
/** The US Government cloud's scope: assumed to be the same resource, as its API host is the same (unverified). */
export const US_GOV_PARTNER_CENTER_SCOPE = PARTNER_CENTER_SCOPE;

const STORAGE_KEY = 'dataSourceSettings';

export const DEFAULT_SETTINGS: DataSourceSettings = { kind: 'sample', sampleUrl: DEFAULT_SAMPLE_URL };

export function apiBaseUrlFor(s: DataSourceSettings): string {
  if (s.kind === 'sample') return s.sampleUrl.replace(/\/+$/, '');
  return s.cloud === 'usgov' ? US_GOV_API_BASE_URL : GLOBAL_API_BASE_URL;
}

export function scopeFor(s: DataSourceSettings & { kind: 'partner-center' }): string {
  return s.cloud === 'usgov' ? US_GOV_PARTNER_CENTER_SCOPE : PARTNER_CENTER_SCOPE;
}

/** The Entra authority for these settings; the sample kind has none. */
export function authorityFor(s: DataSourceSettings): string | undefined {
  if (s.kind !== 'partner-center') return undefined;
  if (s.authorityOverride && isLoopbackUrl(s.authorityOverride)) return s.authorityOverride.replace(/\/+$/, '');
  const host = s.cloud === 'usgov' ? US_GOV_LOGIN_HOST : GLOBAL_LOGIN_HOST;
  return `${host}/${encodeURIComponent(s.tenant.trim() || DEFAULT_TENANT)}`;
}

export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
  } catch {
    return false;
  }
}

export async function loadDataSourceSettings(): Promise<DataSourceSettings> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return settingsFromStored(stored);
}

export async function saveDataSourceSettings(s: DataSourceSettings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: normalised(s) });
}

/** Calls back with the new settings whenever any page changes them; returns the unsubscribe function. */
export function watchDataSourceSettings(cb: (s: DataSourceSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) cb(settingsFromStored(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function normalised(s: DataSourceSettings): DataSourceSettings {
  if (s.kind === 'sample') return { kind: 'sample', sampleUrl: s.sampleUrl.trim() };
  const out: DataSourceSettings = { kind: 'partner-center', cloud: s.cloud, tenant: s.tenant.trim(), clientId: s.clientId.trim() };
  if (s.authorityOverride) out.authorityOverride = s.authorityOverride.trim();
  return out;
}

/** Anything unreadable falls back to the sample server, so a fresh or damaged install still shows data. */
function settingsFromStored(value: unknown): DataSourceSettings {
  if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
  const v = value as Record<string, unknown>;
  if (v.kind === 'partner-center') {
    const out: DataSourceSettings = {
      kind: 'partner-center',
      cloud: v.cloud === 'usgov' ? 'usgov' : 'global',
      tenant: typeof v.tenant === 'string' ? v.tenant : DEFAULT_TENANT,
      clientId: typeof v.clientId === 'string' ? v.clientId : '',
    };
    if (typeof v.authorityOverride === 'string' && v.authorityOverride) out.authorityOverride = v.authorityOverride;
    return out;
  }
  if (v.kind === 'sample' && typeof v.sampleUrl === 'string') return { kind: 'sample', sampleUrl: v.sampleUrl };
  return DEFAULT_SETTINGS;
}
