// "Orders": every purchase, each with its products in the row's details.
import type { QuickViewFeature } from './feature';
import { logText } from '../../../core/words/log-text';

export const orders: QuickViewFeature = {
  kind: 'quick-view',
  id: 'orders',
  title: 'Orders',
  description: 'Shows only orders (new purchases and order updates); open a row to see every product of the order.',
  label: (lang) => logText(lang).orders,
  query: () => ({ resourceTypes: ['order'] }),
};
