// "This customer": the side panel follows the dashboard tab and shows only the customer whose page is active.
import type { QuickViewFeature } from './feature';
import { logText } from '../../../core/words/log-text';

export const thisCustomer: QuickViewFeature = {
  kind: 'quick-view',
  id: 'this-customer',
  title: 'This customer',
  description:
    "Shows only the customer whose Partner Center page is open in the active tab (or whose Activity button you clicked); it follows you from customer to customer and says so, with a way to clear it.",
  label: (lang) => logText(lang).thisCustomer,
  query: ({ customerId }) => (customerId ? { customerId } : undefined),
};
