// "Failed operations": what did not go through, so a partner sees first what needs a second try.
import type { QuickViewFeature } from './feature';
import { logText } from '../../../core/words/log-text';

export const failedOperations: QuickViewFeature = {
  kind: 'quick-view',
  id: 'failed-operations',
  title: 'Failed operations',
  description: 'Shows only the operations Partner Center reports as failed.',
  label: (lang) => logText(lang).failedOperations,
  query: () => ({ statuses: ['failed'] }),
};
