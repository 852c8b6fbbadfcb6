// "Activity" beside a customer's name on the dashboard: one click shows that customer's log in the side panel.
import type { DashboardFeature } from './feature';
import { customerIdFromDashboardUrl } from '../../../core/leaving/subscriptions-link';
import { CUSTOMER_NAME, CUSTOMER_PAGE_PATH, LENS_HOST_ATTRIBUTE } from '../dashboard-selectors';
import { findFirst, waitFor } from '../find-on-page';
import { createShadowButton, keepAfter } from '../shadow-button';

const TEXT = {
  en: { button: 'Activity', title: "Show this customer's activity log in the Activity Lens side panel" },
  it: { button: 'Attività', title: 'Mostra il log attività di questo cliente nel pannello laterale di Activity Lens' },
};

export const customerActivityButton: DashboardFeature = {
  kind: 'dashboard',
  id: 'customer-activity-button',
  title: 'Activity button on customer pages',
  description:
    "Adds an Activity button next to the customer's name on every Partner Center customer page; it opens the side panel filtered to that customer.",
  matches: (url) => CUSTOMER_PAGE_PATH.test(url.pathname) && customerIdFromDashboardUrl(url.href) !== undefined,
  async mount({ url, document, lang, openPanel, onCleanup }) {
    const customerId = customerIdFromDashboardUrl(url.href)!;
    const controller = new AbortController();
    onCleanup(() => controller.abort());
    const anchor = await waitFor(document, () => findFirst(document, CUSTOMER_NAME), 15_000, controller.signal);
    if (!anchor || controller.signal.aborted) return false;
    if (document.querySelector(`[${LENS_HOST_ATTRIBUTE}="${this.id}"]`)) return true;
    const text = TEXT[lang];
    const host = createShadowButton(document, {
      featureId: this.id,
      text: text.button,
      title: text.title,
      onClick: () => openPanel({ customerId, customerName: (findFirst(document, CUSTOMER_NAME)?.textContent ?? '').trim() }),
    });
    onCleanup(keepAfter(() => findFirst(document, CUSTOMER_NAME), host, document));
    return true;
  },
};
