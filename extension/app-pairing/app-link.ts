// How the extension opens the Activity Lens app (the PWA): at the address the user set in Options
// (extension/app-pairing/app-address.ts), telling it where the extension's bridge frame is and, for a hand-off, the
// one-time token of the records parked for it. Opening the app this way is also what pairs its origin.

/**
 * The app's address when the user has set none: `npm start` serves it here (scripts/start.mjs prints it). Any other
 * address is a setting (extension/app-pairing/app-address.ts, Options → App address).
 */
export const ACTIVITY_LENS_APP_URL = 'http://127.0.0.1:4173';

/** The extension's own origin as the app must frame it (chrome-extension://<id>, moz-extension://<uuid>). */
export function extensionOrigin(runtime: { getURL(path: string): string }): string {
  return new URL(runtime.getURL('/')).origin;
}

/** The app's address that hands it the records parked under `token` (or just opens it, without a token), at the view `params` name. */
export function appOpenUrl(appUrl: string, bridgeOrigin: string, token?: string, params: Record<string, string> = {}): string {
  const url = new URL(appUrl);
  // `params` open a view there (e.g. the Customer view: view=customer, customerId, from, to).
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set('bridge', bridgeOrigin);
  if (token) url.searchParams.set('handoff', token);
  return url.toString();
}
