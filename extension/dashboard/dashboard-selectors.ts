// Every Partner Center dashboard URL pattern and CSS selector the content script relies on, in one place, so a
// dashboard redesign is mended here. None is verified against the live dashboard (we cannot sign in from the
// build machine): each entry names the fixture page it was tested against (e2e/fixtures/dashboard/).

const LOCALE = '(?:[a-z]{2,3}-[a-z0-9]{2,4}/)?';

export interface SelectorEntry {
  /** CSS selectors tried in order; the first that finds a visible element wins. */
  selectors: readonly string[];
  /** The fixture page under e2e/fixtures/dashboard/ this was tested against. */
  fixture: string;
  verified: false;
}

/**
 * Customer pages: /dashboard/commerce2/customers/{id}/… and the older /dashboard/v2/customers/{id}/…, optionally
 * after a locale segment (SPEC §2). The id itself is read by core's customerIdFromDashboardUrl.
 */
export const CUSTOMER_PAGE_PATH = new RegExp(`^/${LOCALE}dashboard/(?:commerce2|v2)/customers/[0-9a-f-]{36}(?:/|$)`, 'i');

/** The customer's name on a customer page; our "Activity" button goes right after it. */
export const CUSTOMER_NAME: SelectorEntry = {
  selectors: [
    '[data-automation-id="customer-name"]',
    '[data-automation-id="customerName"]',
    '.customer-name',
    'main h1',
    'h1',
  ],
  fixture: 'customer-page.html',
  verified: false,
};

/**
 * The Activity Log page (Account settings → Activity Log). Its path is not documented: these are the forms seen in
 * Microsoft's docs and links, with or without a locale segment.
 */
export const ACTIVITY_LOG_PATH = new RegExp(
  `^/${LOCALE}dashboard/(?:account/(?:v3/)?activitylog|account/v3/activity-log|activitylog)/?$`,
  'i',
);

/** The page's heading; our "Open in side panel" control goes after it. */
export const ACTIVITY_LOG_HEADING: SelectorEntry = {
  selectors: ['[data-automation-id="activity-log-title"]', 'main h1', 'h1', '[role="heading"][aria-level="1"]'],
  fixture: 'activity-log.html',
  verified: false,
};

/** The period inputs: found by their label (From / to, Da / a) first, then by these selectors. */
export const ACTIVITY_LOG_FROM_LABELS = ['From', 'Da', 'Start date', 'Data inizio'] as const;
export const ACTIVITY_LOG_TO_LABELS = ['to', 'To', 'a', 'A', 'End date', 'Data fine'] as const;
export const ACTIVITY_LOG_FROM_INPUT: SelectorEntry = {
  selectors: ['input[data-automation-id="activity-log-start-date"]', 'input[name="startDate"]', 'input[name="from"]'],
  fixture: 'activity-log.html',
  verified: false,
};
export const ACTIVITY_LOG_TO_INPUT: SelectorEntry = {
  selectors: ['input[data-automation-id="activity-log-end-date"]', 'input[name="endDate"]', 'input[name="to"]'],
  fixture: 'activity-log.html',
  verified: false,
};

/** Attribute on every host element we add: how we find our own controls (and never add one twice). */
export const LENS_HOST_ATTRIBUTE = 'data-activity-lens';
