// "This customer" follows the dashboard: the customer of the active tab in the panel's window, as it changes.
import type { Browser } from 'wxt/browser';
import { customerIdFromDashboardUrl } from '../../core/leaving/subscriptions-link';

type Tabs = Pick<typeof Browser.tabs, 'query' | 'onActivated' | 'onUpdated'>;

/** Calls back with the active tab's customer id (undefined off customer pages) now and on every change. */
export function watchActiveTabCustomer(tabs: Tabs, onChange: (customerId: string | undefined) => void): () => void {
  let last: string | undefined | null = null;
  let stopped = false;
  // Events come in bursts (activated, then the URL, then complete) and each asks again: only the newest
  // answer counts, or a slow early one (the tab before its URL) could overwrite the customer it now shows.
  let asked = 0;
  const check = async (): Promise<void> => {
    const question = ++asked;
    const [tab] = await tabs.query({ active: true, currentWindow: true }).catch(() => []);
    if (stopped || question !== asked) return;
    // Our host permission for partner.microsoft.com is what lets us read the dashboard tab's URL (no "tabs").
    const id = tab?.url ? customerIdFromDashboardUrl(tab.url) : undefined;
    if (id === last) return;
    last = id;
    onChange(id);
  };
  const onActivated = (): void => void check();
  const onUpdated = (_id: number, info: { url?: string; status?: string }, tab: { active?: boolean }): void => {
    if (tab.active && (info.url !== undefined || info.status === 'complete')) void check();
  };
  tabs.onActivated.addListener(onActivated);
  tabs.onUpdated.addListener(onUpdated);
  void check();
  return () => {
    stopped = true;
    tabs.onActivated.removeListener(onActivated);
    tabs.onUpdated.removeListener(onUpdated);
  };
}
