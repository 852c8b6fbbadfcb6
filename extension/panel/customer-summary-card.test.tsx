import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SidePanel } from './side-panel';
import type { SidePanelDeps } from './use-side-panel';
import type { ActivitySource } from '../data-source/activity-source';
import { defaultPeriod, queryRecords } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { aggregate } from '../../core/insight/insight-aggregator';
import { OrderLineAggregator } from '../../core/insight/order-lines';

afterEach(cleanup);

const now = new Date('2026-11-25T08:00:00Z');
const all = [...generateSampleRecords({ count: 3000, seed: 5, now, days: 40 })];
const period = defaultPeriod(now);
const inPeriod = queryRecords(all, period);
// A customer with a successful order in the period.
const order = aggregate(new OrderLineAggregator(), inPeriod).lines.find((l) => l.status === 'succeeded' && l.customerId !== '')!;
const customerId = order.customerId;
const theirs = inPeriod.filter((r) => r.customerId === customerId);

function source(records: ActivityRecord[]): ActivitySource {
  return {
    settings: { kind: 'sample', sampleUrl: 'http://127.0.0.1:1' },
    isSample: true,
    async *pages({ from, to }) {
      yield { records: queryRecords(records, { from, to }), chunk: 1, chunks: 1 };
    },
  };
}

function setup(lang: 'en' | 'it' = 'en') {
  let tabCustomer: ((id: string | undefined) => void) | undefined;
  const openInApp = vi.fn(async () => undefined);
  const deps: SidePanelDeps = {
    lang,
    delimiter: ',',
    now: () => now,
    openSource: async () => source(all),
    watchActiveCustomer: (cb) => ((tabCustomer = cb), () => undefined),
    saveFile: () => undefined,
    openTab: vi.fn(),
    openOptions: vi.fn(),
    openInApp,
  };
  render(<SidePanel deps={deps} />);
  return { openInApp, tab: (id: string | undefined) => act(() => tabCustomer!(id)) };
}

describe('"This customer" summary card', () => {
  it('shows the last order, the seat changes of the period, the GDAP status and the last activity above the rows', async () => {
    const { tab } = setup();
    await waitFor(() => expect(screen.getByText(/in this period/)).toBeTruthy());
    expect(screen.queryByRole('region', { name: /at a glance/ })).toBeNull();
    await tab(customerId);
    const card = await screen.findByRole('region', { name: `${theirs[0]!.customerName} at a glance` }, { timeout: 5000 });
    const value = (label: string) => within(card).getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!;
    const lastOrder = aggregate(new OrderLineAggregator(), theirs).lines[0]!;
    expect(value('Last order')).toContain(lastOrder.product);
    expect(value('Seat changes this period')).toMatch(/^\+[\d,]+ \/ −[\d,]+ \(net [+-]?[\d,]+\)$|^None$/);
    expect(value('GDAP status')).toMatch(/Active|None|Terminated|Expired|Expiring soon|Pending approval|DAP: /);
    expect(value('Last activity')).toContain(theirs.sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1))[0]!.userPrincipalName);
    // Above the rows.
    const table = screen.getByRole('table');
    expect(card.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('hands the customer’s records to the app and opens its Customer view', async () => {
    const { tab, openInApp } = setup();
    await waitFor(() => expect(screen.getByText(/in this period/)).toBeTruthy());
    await tab(customerId);
    fireEvent.click(await screen.findByRole('button', { name: 'Customer view in the app' }, { timeout: 5000 }));
    await waitFor(() => expect(openInApp).toHaveBeenCalled());
    const [records, , params] = openInApp.mock.calls[0]! as unknown as [ActivityRecord[], string, Record<string, string>];
    expect(records.length).toBe(theirs.length);
    expect(records.every((r) => r.customerId === customerId)).toBe(true);
    expect(params).toEqual({ view: 'customer', customerId, from: period.from, to: period.to });
  });

  it('speaks Italian', async () => {
    const { tab } = setup('it');
    await waitFor(() => expect(screen.getByText(/in questo periodo/)).toBeTruthy());
    await tab(customerId);
    const card = await screen.findByRole('region', { name: /in sintesi/ }, { timeout: 5000 });
    for (const label of ['Ultimo ordine', 'Variazioni di licenze nel periodo', 'Stato GDAP', 'Ultima attività']) expect(within(card).getByText(label)).toBeTruthy();
  });
});
