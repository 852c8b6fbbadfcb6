// The options page entry: picks en/it from the browser's language and mounts the page into #app.
import { render } from 'preact';
import { langFromLocale } from '../../../core/words/locale';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../options/options-page';
import { appOpenUrl, extensionOrigin } from '../../app-pairing/app-link';
import { appOrigin } from '../../app-pairing/app-address';
import { pairApp } from '../../app-pairing/paired-apps';
import type { SyncMessage } from '../../messaging/extension-messages';
import type { SyncStatus } from '../../background/archive-sync-service';
import { optionsText } from '../../options/options-text';
import '../../options/options.css';

const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
document.title = optionsText(lang).pageTitle;
// "Open and pair the app": the user's click pairs the address they just set, then opens the app there.
const openApp = async (appUrl: string): Promise<void> => {
  await pairApp(appOrigin(appUrl));
  await browser.tabs.create({ url: appOpenUrl(appUrl, extensionOrigin(browser.runtime as unknown as { getURL(p: string): string })) });
};

const sync = {
  status: () => browser.runtime.sendMessage({ type: 'sync/status' } satisfies SyncMessage) as Promise<SyncStatus | undefined>,
  syncNow: () => browser.runtime.sendMessage({ type: 'sync/now' } satisfies SyncMessage),
  fetchDaysAtRisk: () => browser.runtime.sendMessage({ type: 'sync/fetch-days-at-risk' } satisfies SyncMessage),
};

render(<OptionsPage lang={lang} openApp={openApp} sync={sync} />, document.getElementById('app')!);
