// The extension's service worker: the toolbar's one-click export, opening the side panel (context menu, shortcut,
// dashboard controls), and the bridge to the Activity Lens app.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { customerIdFromDashboardUrl } from '../../core/leaving/subscriptions-link';
import { csvDelimiterForLocale, langFromLocale } from '../../core/words/locale';
import { openActivitySource } from '../data-source/activity-source';
import { HandoffStore } from '../background/handoff-store';
import { closeUnpairedSessions, handleAppConnection, handleParkConnection, type AppBridgeDeps, type BridgePort } from '../background/app-bridge-server';
import { isPairedOrigin, noteRefusedConnection, watchPairing } from '../app-pairing/paired-apps';
import { ArchiveSyncService } from '../background/archive-sync-service';
import { SyncInbox } from '../background/sync-inbox';
import { storageSyncState } from '../background/sync-state';
import { createSyncNotifier, notificationClick, type NotificationsApi } from '../background/sync-notifications';
import { loadSyncSettings } from '../data-source/sync-settings';
import { appOrigin, loadAppAddress } from '../app-pairing/app-address';
import { appOpenUrl, extensionOrigin } from '../app-pairing/app-link';
import { getSignInState } from '../auth';
import type { SyncMessage } from '../messaging/extension-messages';
import { keepActionForExport, openSidePanel, type PanelApis } from '../background/side-panel-opener';
import { PANEL_REQUEST_KEY, panelRequestFrom } from '../messaging/panel-request';
import type { ExtensionMessage } from '../messaging/extension-messages';
import { runToolbarExport, type ToolbarExportResult } from '../toolbar-export/run-toolbar-export';
import { createBackgroundSaver } from '../toolbar-export/background-downloads';

const OPEN_PANEL_MENU = 'open-side-panel';
const SYNC_ALARM = 'activity-lens/sync';
/** "A few times a day while the browser runs": every four hours, and whenever the app opens. */
const SYNC_EVERY_MINUTES = 240;

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
    // Refusals queue one after another (two at once must not lose a count); a page retrying in a loop is noted
    // at most once a second, so it cannot keep the extension writing to storage.
    noteRefused: (origin) => {
      const now = Date.now();
      if (now - (lastRefusal.get(origin) ?? 0) < 1_000) return;
      lastRefusal.set(origin, now);
      if (lastRefusal.size > 100) lastRefusal.clear();
      refusals = refusals.then(() => noteRefusedConnection(origin)).catch(() => undefined);
    },
  };
  let refusals: Promise<void> = Promise.resolve();
  const lastRefusal = new Map<string, number>();

  const sync = new ArchiveSyncService({
    inbox: new SyncInbox(),
    state: storageSyncState(),
    openSource: openActivitySource,
    isSignedIn: async () => (await getSignInState()).signedIn,
    loadSettings: loadSyncSettings,
    notifier: createSyncNotifier({
      notifications: browser.notifications as unknown as NotificationsApi,
      iconUrl: getURL('icon/128.png'),
      lang: langFromLocale(browser.i18n.getUILanguage()),
    }),
  });
  bridgeDeps.sync = sync;

  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncNow('alarm');
  });

  /** The app at the address set in Options, if the user paired it; else Options, where they can. */
  const openPairedApp = async (): Promise<void> => {
    const appUrl = await loadAppAddress();
    if (await isPairedOrigin(appOrigin(appUrl))) await browser.tabs.create({ url: appOpenUrl(appUrl, extensionOrigin({ getURL })) });
    else await browser.runtime.openOptionsPage();
  };

  // The window last focused, known without awaiting: sidePanel.open must be called within the click.
  let lastWindowId: number | undefined;
  browser.windows?.onFocusChanged.addListener((id) => {
    if (id >= 0) lastWindowId = id;
  });
  void browser.windows?.getLastFocused().then((w) => (lastWindowId ??= w.id)).catch(() => undefined);

  browser.notifications.onClicked.addListener((id) => {
    const click = notificationClick(id);
    if (!click) return;
    void browser.notifications.clear(id);
    if (click.kind === 'fetch-days-at-risk') {
      // Without a sign-in nothing can be fetched: Options is where the user signs in.
      void sync.fetchDaysAtRisk().then(
        (outcome) => (outcome.kind === 'not-signed-in' ? browser.runtime.openOptionsPage() : openPairedApp()),
        openPairedApp,
      );
    }
    else if (click.kind === 'open-alerts') void openPairedApp();
    else {
      const request = panelRequestFrom({ from: click.day, to: click.day, recordKey: click.recordKey, at: Date.now() });
      if (request) void browser.storage.session.set({ [PANEL_REQUEST_KEY]: request });
      void openSidePanel(apis, { windowId: lastWindowId }).catch(() => browser.tabs.create({ url: getURL('/sidepanel.html') }));
    }
  });
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
    const syncMessage = message as SyncMessage;
    if (syncMessage?.type === 'sync/now' || syncMessage?.type === 'sync/status' || syncMessage?.type === 'sync/fetch-days-at-risk') {
      const ownPages = getURL('/');
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
      if (syncMessage.type === 'sync/now') return sync.syncNow('manual');
      if (syncMessage.type === 'sync/fetch-days-at-risk') return sync.fetchDaysAtRisk();
      return sync.status();
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
