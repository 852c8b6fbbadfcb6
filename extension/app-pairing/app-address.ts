// Where the user's Activity Lens app (the PWA) lives: a setting in Options, because a partner who installs the
// extension from a store publishes the static app on a host of their choosing (README: "Publish the app").
// Loopback stays the default so `npm start` works as it is. Kept in storage.local: an address is not a secret.
import { browser } from 'wxt/browser';
import type { Lang } from '../../core/words/locale';
import { ACTIVITY_LENS_APP_URL } from './app-link';

/** `npm start` serves the app here (scripts/start.mjs prints this address). */
export const DEFAULT_APP_URL = `${ACTIVITY_LENS_APP_URL}/`;

/** Also what tests set (test-support/stand-in-app.ts APP_ADDRESS_KEY). */
export const APP_ADDRESS_KEY = 'activityLensAppUrl';
const STORAGE_KEY = APP_ADDRESS_KEY;

export type AppAddressProblemKind = 'not-a-url' | 'not-https' | 'has-credentials' | 'has-query';

export interface AppAddressProblem {
  kind: AppAddressProblemKind;
  message: string;
}

const MESSAGES: Record<Lang, Record<AppAddressProblemKind, string>> = {
  en: {
    'not-a-url': 'Enter the app’s web address, for example https://contoso.github.io/activity-lens/.',
    'not-https': 'The app must be served over HTTPS (only this computer’s own addresses, 127.0.0.1 or localhost, may use http).',
    'has-credentials': 'The address must not contain a user name or password.',
    'has-query': 'Enter the app’s address without ? or # parts.',
  },
  it: {
    'not-a-url': 'Inserisci l’indirizzo web dell’app, ad esempio https://contoso.github.io/activity-lens/.',
    'not-https': 'L’app deve essere servita in HTTPS (solo gli indirizzi di questo computer, 127.0.0.1 o localhost, possono usare http).',
    'has-credentials': 'L’indirizzo non deve contenere nome utente o password.',
    'has-query': 'Inserisci l’indirizzo dell’app senza le parti ? o #.',
  },
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The address as the app will be opened (a folder: always ends with '/'), or the problem with it. Any HTTPS
 * origin with any path (GitHub Pages' /repo/) is fine; plain http only on loopback, where nothing crosses a network.
 */
export function parseAppAddress(text: string, lang: Lang = 'en'): { url: string } | { problem: AppAddressProblem } {
  const problem = (kind: AppAddressProblemKind) => ({ problem: { kind, message: MESSAGES[lang][kind] } });
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return problem('not-a-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return problem('not-a-url');
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return problem('not-https');
  if (url.username || url.password) return problem('has-credentials');
  if (url.search || url.hash || text.includes('?') || text.includes('#')) return problem('has-query');
  if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/[^/]*\.html?$/i, '/').replace(/([^/])$/, '$1/');
  return { url: url.toString() };
}

/** The exact origin (scheme, host and port) pairing is about. */
export function appOrigin(appUrl: string): string {
  return new URL(appUrl).origin;
}

export async function loadAppAddress(): Promise<string> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  if (typeof stored === 'string') {
    const parsed = parseAppAddress(stored);
    if ('url' in parsed) return parsed.url;
  }
  return DEFAULT_APP_URL;
}

/** Saves a valid address; returns the problem otherwise (nothing saved). */
export async function saveAppAddress(text: string, lang: Lang): Promise<AppAddressProblem | undefined> {
  const parsed = parseAppAddress(text, lang);
  if ('problem' in parsed) return parsed.problem;
  await browser.storage.local.set({ [STORAGE_KEY]: parsed.url });
  return undefined;
}
