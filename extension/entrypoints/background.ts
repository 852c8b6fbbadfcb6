// The extension's service worker: the toolbar's one-click export, opening the side panel (context menu, shortcut,
// dashboard controls), and the bridge to the Activity Lens app.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { customerIdFromDashboardUrl } from '../../core/subscriptions-link';
import { csvDelimiterForLocale, langFromLocale } from '../../core/locale';
import { openActivitySource } from '../data/activity-source';
import { HandoffStore } from '../background/handoff-store';
import { closeUnpairedSessions, handleAppConnection, handleParkConnection, type AppBridgeDeps, type BridgePort } from '../background/app-bridge-server';
import { isPairedOrigin, noteRefusedConnection, watchPairing } from '../settings/paired-apps';
import { keepActionForExport, openSidePanel, type PanelApis } from '../background/side-panel-opener';
import { PANEL_REQUEST_KEY, panelRequestFrom } from '../messaging/panel-request';
import type { ExtensionMessage } from '../messaging/extension-messages';
import { runToolbarExport, type ToolbarExportResult } from '../toolbar-export/run-toolbar-export';
import { createBackgroundSaver } from '../toolbar-export/background-downloads';

const OPEN_PANEL_MENU = 'open-side-panel';

export default defineBackground(() => {
  const apis = browser as unknown as PanelApis & { offscreen?: never };
  const store = new HandoffStore();
  const getURL = (path: string): string => (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);
  const bridgeDeps: AppBridgeDeps = {
    store,
    openSource: openActivitySource,
    extensionId: browser.runtime.id,
    bridgePageUrl: getURL('/app-bridge.html'),
    isPaired: isPairedOrigin,
    // Refusals queue one after another: two at once must not lose a count.
    noteRefused: (origin) => void (refusals = refusals.then(() => noteRefusedConnection(origin)).catch(() => undefined)),
  };
  let refusals: Promise<void> = Promise.resolve();
  const saveTextFile = createBackgroundSaver({
    downloads: browser.downloads,
    runtime: browser.runtime as typeof browser.runtime & { getURL(path: string): string },
    offscreen: (browser as unknown as { offscreen?: Parameters<typeof createBackgroundSaver>[0]['offscreen'] }).offscreen,
  });
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  void keepActionForExport(apis);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: OPEN_PANEL_MENU, title: (browser.i18n as unknown as { getMessage(name: string): string }).getMessage('menuOpenPanel'), contexts: [(browser.action ? 'action' : 'browser_action') as never] }),
    );
  });

  const open = (tab?: { id?: number; windowId?: number }): void => {
    // No await before this call: the browser only opens the panel within the user's gesture.
    void openSidePanel(apis, { tabId: tab?.id, windowId: tab?.windowId }).catch(() => undefined);
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_PANEL_MENU) open(tab);
  });

  let running: Promise<ToolbarExportResult> | undefined;
  const exportNow = (tab?: { url?: string }): Promise<ToolbarExportResult> => {
    // A second click while exporting does not start a second download.
    if (running) return running;
    const locale = browser.i18n.getUILanguage();
    let badgeTimer: ReturnType<typeof setTimeout> | undefined;
    running = runToolbarExport({
      openSource: openActivitySource,
      now: () => new Date(),
      lang: langFromLocale(locale),
      delimiter: csvDelimiterForLocale(locale),
      customerId: tab?.url ? customerIdFromDashboardUrl(tab.url) : undefined,
      saveTextFile,
      setBadge: (text) => {
        clearTimeout(badgeTimer);
        void action.setBadgeText({ text });
        if (text === '✓' || text === '!') badgeTimer = setTimeout(() => void action.setBadgeText({ text: '' }), 8_000);
      },
      notify: ({ title, message }) =>
        void browser.notifications
          .create({ type: 'basic', iconUrl: (browser.runtime as unknown as { getURL(p: string): string }).getURL('icon/128.png'), title, message })
          .catch(() => undefined),
    }).finally(() => (running = undefined));
    return running;
  };

  const activeTab = async (): Promise<{ url?: string } | undefined> => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  };

  action.onClicked.addListener((tab) => void exportNow(tab));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') open(tab);
    else if (command === 'export-log') void (tab ? exportNow(tab) : activeTab().then(exportNow));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as ExtensionMessage;
    if (m?.type === 'open-panel') {
      const request = panelRequestFrom({ ...m.request, at: Date.now() });
      // Parked first (not awaited) so the panel finds it when it starts; opened in the same turn as the click.
      if (request) void browser.storage.session.set({ [PANEL_REQUEST_KEY]: request });
      open(sender.tab);
      return undefined;
    }
    if (m?.type === 'toolbar-export') {
      // Only our own pages may start an export this way.
      const ownPages = (browser.runtime as unknown as { getURL(p: string): string }).getURL('/');
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
      return activeTab().then(exportNow);
    }
    return undefined;
  });

  browser.runtime.onConnect.addListener((port) => {
    const p = port as unknown as BridgePort;
    if (!handleParkConnection(p, bridgeDeps)) handleAppConnection(p, bridgeDeps);
  });
  // Revoking an app in Options ends its open conversations at once, not at its next connection.
  watchPairing(({ paired }) => {
    if (paired) closeUnpairedSessions(new Set(paired.map((a) => a.origin)));
  });
});
