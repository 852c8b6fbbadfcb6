// The dashboard links each activity row to that customer's Subscriptions page; we link to the same place.

/**
 * (unverified, SPEC §2) Both /dashboard/commerce2/customers/… and /dashboard/v2/customers/… exist on the dashboard;
 * on the dashboard itself prefer the link the page shows. Correct the path here only.
 */
export const SUBSCRIPTIONS_URL_TEMPLATE = 'https://partner.microsoft.com/dashboard/commerce2/customers/{customerId}/subscriptions';

const LOCALE = /^[a-z]{2,3}-[a-z0-9]{2,4}$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The customer's Subscriptions page; a locale such as it-it opens the dashboard in that language. */
export function subscriptionsLink(customerId: string, options?: { locale?: string }): string | undefined {
  const id = customerId.trim();
  if (id === '') return undefined;
  let url = SUBSCRIPTIONS_URL_TEMPLATE.replace('{customerId}', encodeURIComponent(id));
  const locale = options?.locale?.trim().toLowerCase().replace('_', '-');
  if (locale && LOCALE.test(locale)) url = url.replace('/dashboard/', `/${locale}/dashboard/`);
  return url;
}

/** The customer id of a dashboard customer page (commerce2 or v2, with or without a locale segment). */
export function customerIdFromDashboardUrl(url: string): string | undefined {
  let path: string;
  try {
    const parsed = new URL(url, 'https://partner.microsoft.com');
    path = parsed.pathname;
  } catch {
    return undefined;
  }
  const segments = path.split('/').filter((s) => s !== '');
  let i = 0;
  if (segments[i] !== undefined && LOCALE.test(segments[i]!)) i++;
  if (segments[i]?.toLowerCase() !== 'dashboard') return undefined;
  const area = segments[i + 1]?.toLowerCase();
  if (area !== 'commerce2' && area !== 'v2') return undefined;
  if (segments[i + 2]?.toLowerCase() !== 'customers') return undefined;
  const id = segments[i + 3];
  if (id === undefined || !GUID.test(id)) return undefined;
  return id.toLowerCase();
}
