import { describe, expect, it } from 'vitest';
import { watchActiveTabCustomer } from './active-tab-customer';

const CUSTOMER = '1f7c2a4e-0b5d-4e8a-9c3f-2d6b8e1a7f90';
const dashboard = (id: string) => `https://partner.microsoft.com/en-us/dashboard/v2/customers/${id}/account`;

/** A tabs API whose queries the test answers by hand, in any order. */
function fakeTabs() {
  const pending: ((tabs: { url?: string }[]) => void)[] = [];
  const activated: (() => void)[] = [];
  const updated: ((id: number, info: { url?: string; status?: string }, tab: { active?: boolean }) => void)[] = [];
  const tabs = {
    query: () => new Promise<{ url?: string }[]>((resolve) => pending.push(resolve)),
    onActivated: { addListener: (f: () => void) => activated.push(f), removeListener: () => {} },
    onUpdated: {
      addListener: (f: (typeof updated)[number]) => updated.push(f),
      removeListener: () => {},
    },
  };
  return { tabs, pending, activated, updated };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchActiveTabCustomer', () => {
  it('reports the customer of the active tab, then each change', async () => {
    const fake = fakeTabs();
    const seen: (string | undefined)[] = [];
    watchActiveTabCustomer(fake.tabs as never, (id) => seen.push(id));
    fake.pending.shift()!([{ url: 'https://partner.microsoft.com/en-us/dashboard/home' }]);
    await settle();
    fake.activated[0]!();
    fake.pending.shift()!([{ url: dashboard(CUSTOMER) }]);
    await settle();
    expect(seen).toEqual([undefined, CUSTOMER]);
  });

  it('keeps the newest answer when an older query resolves last', async () => {
    const fake = fakeTabs();
    const seen: (string | undefined)[] = [];
    watchActiveTabCustomer(fake.tabs as never, (id) => seen.push(id));
    // The first question (asked at start) is still out when the tab is activated and asked about again.
    fake.activated[0]!();
    const [first, second] = [fake.pending.shift()!, fake.pending.shift()!];
    second([{ url: dashboard(CUSTOMER) }]);
    await settle();
    first([{ url: 'chrome://newtab/' }]);
    await settle();
    expect(seen).toEqual([CUSTOMER]);
  });
});
