// The content script on Partner Center's dashboard: adds our controls (features/ DASHBOARD_FEATURES) to the pages
// we know, follows the single-page app's URL changes, and asks the background to open the side panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { langFromLocale } from '../../core/words/locale';
import { DASHBOARD_FEATURES } from '../dashboard/features';
import { createDashboardAugmenter } from '../dashboard/dashboard-augmenter';
import type { ExtensionMessage } from '../messaging/extension-messages';

export default defineContentScript({
  matches: ['https://partner.microsoft.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const augmenter = createDashboardAugmenter(DASHBOARD_FEATURES, {
      document,
      // The dashboard's locale segment (/it-it/dashboard/…) first: the controls speak the page's language.
      lang: (url) => {
        const first = url.pathname.split('/')[1] ?? '';
        return langFromLocale(/^[a-z]{2,3}-[a-z0-9]{2,4}$/i.test(first) ? first : navigator.language);
      },
      openPanel: (request) => {
        const message: ExtensionMessage = { type: 'open-panel', request };
        // Not awaited: the background opens the panel within this click's gesture.
        void browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
    augmenter.visit(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => augmenter.visit(newUrl.href));
    // The location-change check polls; popstate makes back/forward immediate.
    ctx.addEventListener(window, 'popstate', () => augmenter.visit(location.href));
    ctx.onInvalidated(() => augmenter.stop());
  },
});
