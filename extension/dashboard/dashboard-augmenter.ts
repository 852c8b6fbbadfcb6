// Runs the dashboard features on a single-page app: on each URL change it removes what the last page got and
// mounts what the new page matches; unknown pages get nothing.
import type { DashboardFeature, DashboardMountContext } from './features/feature';
import type { Lang } from '../../core/words/locale';

export interface DashboardAugmenter {
  /** Call with the page's URL on load and on every change; the same URL twice does nothing. */
  visit(url: string): void;
  /** Removes everything we added. */
  stop(): void;
}

export function createDashboardAugmenter(
  features: readonly DashboardFeature[],
  options: { document: Document; lang: (url: URL) => Lang; openPanel: DashboardMountContext['openPanel'] },
): DashboardAugmenter {
  let current: string | undefined;
  let cleanups: (() => void)[] = [];
  const stop = (): void => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // A failing cleanup must not keep the others from running.
      }
    }
  };
  return {
    visit(href) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return;
      }
      // Query and hash changes keep the same page (and the same controls).
      const page = url.origin + url.pathname;
      if (page === current) return;
      current = page;
      stop();
      for (const feature of features) {
        if (!feature.matches(url)) continue;
        void feature
          .mount({ url, document: options.document, lang: options.lang(url), openPanel: options.openPanel, onCleanup: (f) => cleanups.push(f) })
          .catch(() => false);
      }
    },
    stop() {
      current = undefined;
      stop();
    },
  };
}
