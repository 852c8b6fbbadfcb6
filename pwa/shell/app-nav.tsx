// The navigation between the app's pages: the log, the insight views, then the archive's own pages (alerts,
// coverage, imports, settings). Links, because each page is an address (bookmarkable, Back works, opens in a tab).
// On a phone it is a strip that scrolls sideways: the current page's item is scrolled into sight whenever it changes.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { isInsightView } from '../views/insight/insight-view-id';
import { insightViewText } from '../views/insight/insight-view-text';
import type { AppText } from '../app-text';
import { SHELL_PAGES, type ShellPage } from './shell-page';
import { offsetToShow } from './nav-scroll';

export function pageName(page: ShellPage, text: AppText, lang: Lang): string {
  if (page === 'log') return text.logNav;
  if (isInsightView(page)) return insightViewText(lang).viewNames[page];
  return { alerts: text.alertsHeading, coverage: text.coverageHeading, imports: text.imports, settings: text.settingsHeading }[page];
}

/** Where each group of pages starts, drawn as a divider. */
const GROUP_STARTS = new Set<ShellPage>(['customer', 'alerts']);

/** Scrolls the strip (never the page) so its current item is in sight; at once the first time, smoothly after. */
function showCurrent(nav: HTMLElement, smooth: boolean) {
  const item = nav.querySelector<HTMLElement>('[aria-current="page"]');
  if (!item) return;
  const box = nav.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  const behavior: ScrollBehavior = smooth && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'auto';
  const left = nav.scrollWidth > nav.clientWidth ? offsetToShow({ start: at.left - box.left + nav.scrollLeft, size: at.width }, { scroll: nav.scrollLeft, size: nav.clientWidth, content: nav.scrollWidth }) : undefined;
  const top = nav.scrollHeight > nav.clientHeight ? offsetToShow({ start: at.top - box.top + nav.scrollTop, size: at.height }, { scroll: nav.scrollTop, size: nav.clientHeight, content: nav.scrollHeight }) : undefined;
  if (left !== undefined || top !== undefined) nav.scrollTo?.({ ...(left !== undefined ? { left } : {}), ...(top !== undefined ? { top } : {}), behavior });
}

export function AppNav({ text, lang, current, href, onOpen }: { text: AppText; lang: Lang; current: ShellPage; href(page: ShellPage): string; onOpen(page: ShellPage): void }) {
  const nav = useRef<HTMLElement>(null);
  const drawn = useRef(false);
  useLayoutEffect(() => {
    if (nav.current) showCurrent(nav.current, drawn.current);
    drawn.current = true;
  }, [current]);
  // The strip's width comes with the styles and fonts, after the first draw, and changes when a phone turns: each
  // time, the current item is brought into sight again (at once).
  useEffect(() => {
    const el = nav.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => showCurrent(el, false));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <nav class="app-nav" aria-label={text.pages} ref={nav}>
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
