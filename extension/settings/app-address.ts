// Where "Open in Activity Lens app" opens the app. Its usual address is ACTIVITY_LENS_APP_URL (what `npm start`
// serves); a copy served elsewhere (LENS_APP_PORT, a test's own port) is set here, in storage.local. Only an
// address the app bridge accepts (loopback, or the production origin) can be saved or used.
import { browser } from 'wxt/browser';
import type { Lang } from '../../core/locale';
import { ACTIVITY_LENS_APP_URL, isAllowedAppOrigin } from '../app-link';

const STORAGE_KEY = 'activityLensAppUrl';

/** The app's origin from what is stored: anything missing, unreadable or not allowed gives the usual address. */
export function appUrlFromStored(value: unknown): string {
  if (typeof value !== 'string' || appAddressProblem(value, 'en') !== undefined) return ACTIVITY_LENS_APP_URL;
  return new URL(value.trim()).origin;
}

/** Why `value` cannot be the app's address, in `lang`; undefined when it can. */
export function appAddressProblem(value: string, lang: Lang): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url && isAllowedAppOrigin(url.origin)) return undefined;
  return lang === 'it'
    ? `Inserisci l'indirizzo dell'app su questo computer, ad esempio ${ACTIVITY_LENS_APP_URL}.`
    : `Enter the app's address on this computer, for example ${ACTIVITY_LENS_APP_URL}.`;
}

export async function loadAppUrl(): Promise<string> {
  return appUrlFromStored((await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]);
}

/** Saves the app's origin; call only with an address appAddressProblem accepts. */
export async function saveAppUrl(value: string): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: new URL(value.trim()).origin });
}
