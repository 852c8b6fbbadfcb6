// On the dashboard's Activity Log page: one click opens the same period in the side panel, where it can be
// searched, filtered by quick views and exported.
import type { DashboardFeature } from './feature';
import { toIsoUtc } from '../../../core/reading/utc-date';
import {
  ACTIVITY_LOG_FROM_INPUT,
  ACTIVITY_LOG_FROM_LABELS,
  ACTIVITY_LOG_HEADING,
  ACTIVITY_LOG_PATH,
  ACTIVITY_LOG_TO_INPUT,
  ACTIVITY_LOG_TO_LABELS,
  LENS_HOST_ATTRIBUTE,
} from '../dashboard-selectors';
import { findFirst, inputByLabel, waitFor } from '../find-on-page';
import { createShadowButton, keepAfter } from '../shadow-button';

const TEXT = {
  en: { button: 'Open in side panel', title: 'Open this period of the activity log in the Activity Lens side panel' },
  it: { button: 'Apri nel pannello laterale', title: 'Apri questo periodo del log attività nel pannello laterale di Activity Lens' },
};

/** The page's date as yyyy-MM-dd; the page's locale settles 01/02 (it-it is day first). */
export function dayFromPageInput(value: string, pageLocale: string): string | undefined {
  const order = /^en(?:-us)?$/i.test(pageLocale) ? 'mdy' : 'dmy';
  return toIsoUtc(value.trim(), order)?.slice(0, 10);
}

function pageLocale(url: URL, document: Document): string {
  const first = url.pathname.split('/')[1] ?? '';
  if (/^[a-z]{2,3}-[a-z0-9]{2,4}$/i.test(first)) return first;
  return document.documentElement.lang || 'en-us';
}

export const activityLogPeriodButton: DashboardFeature = {
  kind: 'dashboard',
  id: 'activity-log-period-button',
  title: 'Open the Activity Log period in the side panel',
  description:
    "Adds an Open in side panel button to Partner Center's Activity Log page; it opens the period picked in From and to in the side panel.",
  matches: (url) => ACTIVITY_LOG_PATH.test(url.pathname),
  async mount({ url, document, lang, openPanel, onCleanup }) {
    const controller = new AbortController();
    onCleanup(() => controller.abort());
    const anchor = await waitFor(document, () => findFirst(document, ACTIVITY_LOG_HEADING), 15_000, controller.signal);
    if (!anchor || controller.signal.aborted) return false;
    if (document.querySelector(`[${LENS_HOST_ATTRIBUTE}="${this.id}"]`)) return true;
    const locale = pageLocale(url, document);
    const read = (labels: readonly string[], entry: typeof ACTIVITY_LOG_FROM_INPUT): string | undefined => {
      const input = inputByLabel(document, labels) ?? (findFirst(document, entry) as HTMLInputElement | undefined);
      return input?.value ? dayFromPageInput(input.value, locale) : undefined;
    };
    const text = TEXT[lang];
    const host = createShadowButton(document, {
      featureId: this.id,
      text: text.button,
      title: text.title,
      onClick: () => openPanel({ from: read(ACTIVITY_LOG_FROM_LABELS, ACTIVITY_LOG_FROM_INPUT), to: read(ACTIVITY_LOG_TO_LABELS, ACTIVITY_LOG_TO_INPUT) }),
    });
    onCleanup(keepAfter(() => findFirst(document, ACTIVITY_LOG_HEADING), host, document));
    return true;
  },
};
