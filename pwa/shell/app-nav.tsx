// The navigation between the app's pages: the log, the insight views, then the archive's own pages (alerts,
// coverage, imports, settings). Links, because each page is an address (bookmarkable, Back works, opens in a tab).
import type { Lang } from '../../core/words/locale';
import { isInsightView } from '../views/insight/insight-view-id';
import { insightViewText } from '../views/insight/insight-view-text';
import type { AppText } from '../app-text';
import { SHELL_PAGES, type ShellPage } from './shell-page';

export function pageName(page: ShellPage, text: AppText, lang: Lang): string {
  if (page === 'log') return text.logNav;
  if (isInsightView(page)) return insightViewText(lang).viewNames[page];
  return { alerts: text.alertsHeading, coverage: text.coverageHeading, imports: text.imports, settings: text.settingsHeading }[page];
}

/** Where each group of pages starts, drawn as a divider. */
const GROUP_STARTS = new Set<ShellPage>(['customer', 'alerts']);

export function AppNav({ text, lang, current, href, onOpen }: { text: AppText; lang: Lang; current: ShellPage; href(page: ShellPage): string; onOpen(page: ShellPage): void }) {
  return (
    <nav class="app-nav" aria-label={text.pages}>
      <ul>
        {SHELL_PAGES.map((p) => (
          <li key={p} class={GROUP_STARTS.has(p) ? 'group-start' : undefined}>
            <a
              href={href(p)}
              class={`nav-${p}`}
              aria-current={p === current ? 'page' : undefined}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // a new tab or window: the browser's
                e.preventDefault();
                onOpen(p);
              }}
            >
              {pageName(p, text, lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
