// "Today": what happened since midnight UTC, the dashboard's own clock.
import type { QuickViewFeature } from './feature';
import { todayPeriod } from '../../../core/asking/activity-query';
import { logText } from '../../../core/words/log-text';

export const today: QuickViewFeature = {
  kind: 'quick-view',
  id: 'today',
  title: 'Today',
  description: 'Shows only the activity of today (UTC, like Partner Center).',
  label: (lang) => logText(lang).today,
  query: ({ now }) => todayPeriod(now),
};
