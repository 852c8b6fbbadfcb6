// The app's views as links (the view lives in the URL, so each is bookmarkable and Back works): the activity log
// and the six insight views.
import type { Lang } from '../../../core/words/locale';
import { INSIGHT_VIEWS, type InsightViewId } from './insight-view-id';
import { insightViewText } from './insight-view-text';

export function ViewNav({ lang, current, href, onOpen }: { lang: Lang; current: InsightViewId | undefined; href(view: InsightViewId | undefined): string; onOpen(view: InsightViewId | undefined): void }) {
  const words = insightViewText(lang);
  const views: (InsightViewId | undefined)[] = [undefined, ...INSIGHT_VIEWS];
  return (
    <nav class="view-nav" aria-label={words.views}>
      <ul>
        {views.map((v) => (
          <li key={v ?? 'log'}>
            <a
              href={href(v)}
              aria-current={v === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onOpen(v);
              }}
            >
              {v ? words.viewNames[v] : words.activityLog}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
