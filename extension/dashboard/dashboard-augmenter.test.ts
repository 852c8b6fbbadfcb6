import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDashboardAugmenter } from './dashboard-augmenter';
import { DASHBOARD_FEATURES } from './features';
import { LENS_HOST_ATTRIBUTE } from './dashboard-selectors';
import { dayFromPageInput } from './features/activity-log-period-button';

const CUSTOMER = '3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const customerUrl = `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CUSTOMER}/subscriptions`;

function page(html: string): void {
  document.body.innerHTML = html;
}

const hosts = (): Element[] => [...document.querySelectorAll(`[${LENS_HOST_ATTRIBUTE}]`)];
const button = (host: Element): HTMLButtonElement => host.shadowRoot!.querySelector('button')!;
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dashboard augmentation', () => {
  it('puts one Activity button right after the customer name, which asks for the side panel filtered to that customer', async () => {
    page('<main><h1 data-automation-id="customer-name">Contoso Ltd.</h1></main>');
    const openPanel = vi.fn();
    const augmenter = createDashboardAugmenter(DASHBOARD_FEATURES, { document, lang: () => 'en', openPanel });
    augmenter.visit(customerUrl);
    augmenter.visit(customerUrl + '?tab=users');
    await settle();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.previousElementSibling?.textContent).toBe('Contoso Ltd.');
    expect(button(host).textContent).toBe('Activity');
    button(host).click();
    expect(openPanel).toHaveBeenCalledWith({ customerId: CUSTOMER, customerName: 'Contoso Ltd.' });
    augmenter.stop();
    expect(hosts()).toHaveLength(0);
  });

  it('waits for a single-page app to render the name, and puts the button back when the page re-renders it', async () => {
    page('<main></main>');
    const augmenter = createDashboardAugmenter(DASHBOARD_FEATURES, { document, lang: () => 'it', openPanel: () => undefined });
    augmenter.visit(customerUrl);
    await settle();
    expect(hosts()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = '<h1>Rossi S.r.l.</h1>';
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(button(hosts()[0]!).textContent).toBe('Attività');
    document.querySelector('main')!.innerHTML = '<h1>Rossi S.r.l.</h1>';
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(hosts()[0]!.previousElementSibling?.textContent).toBe('Rossi S.r.l.');
    augmenter.stop();
  });

  it('removes the control when the user leaves for a page we do not know, and adds nothing there', async () => {
    page('<main><h1>Contoso Ltd.</h1></main>');
    const augmenter = createDashboardAugmenter(DASHBOARD_FEATURES, { document, lang: () => 'en', openPanel: () => undefined });
    augmenter.visit(customerUrl);
    await settle();
    expect(hosts()).toHaveLength(1);
    augmenter.visit('https://partner.microsoft.com/dashboard/home');
    await settle();
    expect(hosts()).toHaveLength(0);
    augmenter.stop();
  });

  it('on the Activity Log page, opens the period the page shows in From and to', async () => {
    page('<h1>Activity Log</h1><label for="a">From</label><input id="a" value="11/02/2026"><label for="b">to</label><input id="b" value="11/20/2026">');
    const openPanel = vi.fn();
    const augmenter = createDashboardAugmenter(DASHBOARD_FEATURES, { document, lang: () => 'en', openPanel });
    augmenter.visit('https://partner.microsoft.com/en-us/dashboard/account/v3/activitylog');
    await settle();
    expect(hosts()).toHaveLength(1);
    button(hosts()[0]!).click();
    expect(openPanel).toHaveBeenCalledWith({ from: '2026-11-02', to: '2026-11-20' });
    augmenter.stop();
  });

  it('reads the Italian dashboard’s dates day first', () => {
    expect(dayFromPageInput('02/11/2026', 'it-it')).toBe('2026-11-02');
    expect(dayFromPageInput('11/02/2026', 'en-us')).toBe('2026-11-02');
    expect(dayFromPageInput('2026-11-02', 'it-it')).toBe('2026-11-02');
    expect(dayFromPageInput('not a date', 'en-us')).toBeUndefined();
  });
});
