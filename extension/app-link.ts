// Where the Activity Lens app (the PWA) lives, in one place: "Open in Activity Lens app" opens it, the manifest's
// externally_connectable lets only these origins talk to the extension, and the app bridge checks them again.

/**
 * The app the side panel hands records to. `npm start` serves it here (scripts/start.mjs prints this address);
 * the app's archive is per origin, so this must be the same address the user opens.
 */
export const ACTIVITY_LENS_APP_URL = 'http://127.0.0.1:4173';

/**
 * The app's public origin once it is deployed (unverified: not chosen yet). Add it here and it is allowed in the
 * manifest and by the bridge; empty means only loopback copies of the app may connect.
 */
export const PRODUCTION_APP_ORIGIN = '';

/** Match patterns for manifest.externally_connectable.matches. */
export function appMatchPatterns(): string[] {
  const patterns = ['http://localhost/*', 'http://127.0.0.1/*'];
  if (PRODUCTION_APP_ORIGIN !== '') patterns.push(`${PRODUCTION_APP_ORIGIN}/*`);
  return patterns;
}

/** True when a connecting page (its origin or URL) is a copy of the app we allow. */
export function isAllowedAppOrigin(originOrUrl: string | undefined): boolean {
  if (!originOrUrl) return false;
  let url: URL;
  try {
    url = new URL(originOrUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) return true;
  return PRODUCTION_APP_ORIGIN !== '' && url.origin === PRODUCTION_APP_ORIGIN;
}

/**
 * The app's address that hands it the records parked under `token`; `params` open a view there (e.g. the Customer
 * view: view=customer, customerId, from, to).
 */
export function appHandoffUrl(extensionId: string, token: string, appUrl = ACTIVITY_LENS_APP_URL, params: Record<string, string> = {}): string {
  const url = new URL('/', appUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set('bridge', extensionId);
  url.searchParams.set('handoff', token);
  return url.toString();
}
