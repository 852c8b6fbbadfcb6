// The side panel page: the browser's APIs handed to the panel, which renders in the browser's language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { csvDelimiterForLocale, langFromLocale } from '../../../core/words/locale';
import { openActivitySource } from '../../data-source/activity-source';
import { SidePanel } from '../../panel/side-panel';
import { saveFile } from '../../panel/panel-export';
import { watchActiveTabCustomer } from '../../panel/active-tab-customer';
import { watchPanelRequests } from '../../panel/panel-request-watcher';
import { openInApp } from '../../panel/handoff-to-app';
import { watchSourceChanges } from '../../panel/source-change-watcher';
import type { SidePanelDeps } from '../../panel/use-side-panel';
import './style.css';

const locale = navigator.language;
const lang = langFromLocale(locale);
document.documentElement.lang = lang;

const deps: SidePanelDeps = {
  lang,
  delimiter: csvDelimiterForLocale(locale),
  now: () => new Date(),
  openSource: openActivitySource,
  watchActiveCustomer: (cb) => watchActiveTabCustomer(browser.tabs, cb),
  watchRequests: (cb) => watchPanelRequests(browser.storage, cb),
  watchSource: (cb) => watchSourceChanges(browser.storage, cb),
  saveFile: (file) => saveFile(document, file),
  openTab: (url) => void browser.tabs.create({ url }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  signIn: async () => {
    await (await import('../../auth')).signIn();
  },
  openInApp: (records, label, params) =>
    openInApp(browser.runtime as unknown as Parameters<typeof openInApp>[0], browser.tabs, records, label, params),
};

render(<SidePanel deps={deps} />, document.getElementById('app')!);
