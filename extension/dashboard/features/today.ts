// "Today": what happened since midnight UTC, the dashboard's own clock.
import type { QuickViewFeature } from './feature';
import { todayPeriod } from '../../../core/asking/activity-query';
import { labels } from '../../../core/words/labels';

export const today: QuickViewFeature = {
  kind: 'quick-view',
  id: 'today',
  title: 'Today',
  description: 'Shows only the activity of today (UTC, like Partner Center).',
  label: (lang) => labels(lang).today,
  query: ({ now }) => todayPeriod(now),
};
