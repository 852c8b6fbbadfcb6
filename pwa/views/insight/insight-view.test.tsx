import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { compileQuery } from '../../../core/asking/activity-query';
import type { ActivityRecord } from '../../../core/record/activity-record';
import { reportCsvChunks } from '../../../core/insight/report-csv';
import { apiRecords, CONTOSO } from '../../../core/insight/fixtures/fixture-records';
import { insightComputation, shownModel, type InsightComputation, type InsightRequest } from '../../workers/insight-view-model';
import { InsightView, type InsightSource } from './insight-view';

afterEach(cleanup);

/** The worker's work, done in memory over an array: same model, same tables. */
function memorySource(records: ActivityRecord[]): InsightSource & { requests: InsightRequest[] } {
  let last: InsightComputation | undefined;
  const requests: InsightRequest[] = [];
  return {
    requests,
    async compute(request) {
      requests.push(request);
      last = insightComputation(request);
      const matches = compileQuery(last.scan);
      let n = 0;
      for (const r of records) if (matches(r)) (last.aggregator.add(r), n++);
      return shownModel(last.build(request.lang), n);
    },
    async exportSection(section, lang, delimiter) {
      const found = last!.build(lang).sections.find((s) => s.id === section)!;
      const text = [...reportCsvChunks(found.table, { lang, delimiter })].map((c) => c.text).join('');
      return { files: [new Blob([text])], rows: found.total };
    },
  };
}

const may = { from: '2026-04-01', to: '2026-05-31' };

function show(view: InsightRequest['view'], over: Partial<Parameters<typeof InsightView>[0]> = {}) {
  const props = {
    view,
    query: may,
    lang: 'en' as const,
    promotion: 'any' as const,
    delimiter: ',' as const,
    source: memorySource(apiRecords()),
    version: 0,
    customerHref: (id: string) => `?view=customer&customerId=${id}`,
    onOpenCustomer: vi.fn(),
    onPromotion: vi.fn(),
    save: vi.fn(),
    ...over,
  };
  render(<InsightView {...props} />);
  return props;
}

describe('insight views', () => {
  it('Seat changes: totals, per customer and product, every change, and how many records could not be read', async () => {
    show('seat-changes');
    await screen.findByRole('heading', { level: 2, name: 'Seat changes' });
    expect(await screen.findByText('4 records could not be read.')).toBeTruthy();
    const facts = screen.getByText('Net seat change').parentElement!;
    expect(within(facts).getByText('32')).toBeTruthy();
    const perCustomer = screen.getByRole('table', { name: 'Totals per customer' });
    expect(within(perCustomer).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Customer', 'Customer ID', 'Added', 'Removed', 'Net', 'Changes', 'Subscriptions']);
    const changes = screen.getByRole('table', { name: 'Quantity changes' });
    const removal = within(changes).getAllByRole('row').find((r) => r.textContent!.includes('2026-05-20 14:30:00'))!;
    expect(within(removal).getAllByRole('cell').slice(5, 8).map((c) => c.textContent)).toEqual(['15', '12', '-3']);
  });

  it('opens a customer’s story from any customer cell', async () => {
    const props = show('seat-changes');
    const link = (await screen.findAllByRole('link', { name: 'Contoso Italia S.r.l.' }))[0]!;
    expect(link.getAttribute('href')).toBe(`?view=customer&customerId=${CONTOSO}`);
    fireEvent.click(link);
    expect(props.onOpenCustomer).toHaveBeenCalledWith(CONTOSO);
  });

  it('Orders: every line with price and promotion, and "was the promotion applied?" as one filter', async () => {
    const props = show('orders');
    const table = await screen.findByRole('table', { name: 'Order lines' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    fireEvent.change(screen.getByLabelText('Promotion'), { target: { value: 'with' } });
    expect(props.onPromotion).toHaveBeenCalledWith('with');
    cleanup();
    show('orders', { promotion: 'with' });
    const promoted = await screen.findByRole('table', { name: 'Order lines' });
    const rows = within(promoted).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('39NFJQT1Q5KV:0002:39NFJQT1Q5KP');
    expect(rows[0]!.textContent).toContain('18.7');
  });

  it('Customer: its story, subscriptions, orders, relationships and timeline; exports a section to Excel CSV', async () => {
    const props = show('customer', { query: { ...may, customerId: CONTOSO } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer view: Contoso Italia S.r.l.' })).toBeTruthy();
    for (const name of ['Subscriptions', 'Quantity changes', 'Order lines', 'Relationship events', 'Timeline']) expect(screen.getByRole('table', { name })).toBeTruthy();
    expect(screen.getByText('GDAP', { selector: 'dt' }).nextElementSibling!.textContent).toBe('Expiring soon');
    fireEvent.click(screen.getByRole('button', { name: 'Export to Excel: Timeline' }));
    await waitFor(() => expect(props.save).toHaveBeenCalled());
    const [blob, name] = (props.save as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(name).toBe('customer-timeline_2026-04-01_2026-05-31.csv');
    expect((await (blob as Blob).text()).startsWith('\uFEFFDate-Time (UTC),Customer,')).toBe(true);
    expect(await screen.findByText('Exported 13 rows.')).toBeTruthy();
  });

  it('Customer without a customer: lists the customers to pick from', async () => {
    show('customer');
    expect(await screen.findByText('Pick a customer to see its story.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Customers in this period' })).toBeTruthy();
  });

  it('GDAP and DAP: customers whose access ended, in Italian', async () => {
    show('gdap', { lang: 'it', query: { from: '2026-05-01', to: '2026-05-31' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'GDAP e DAP' })).toBeTruthy();
    const ended = screen.getByRole('table', { name: 'Clienti il cui accesso è terminato in questo periodo' });
    expect(within(ended).getByText('Müller & Söhne GmbH')).toBeTruthy();
    expect(screen.getByText('Impossibile leggere 1 record.')).toBeTruthy();
  });

  it('Partner users and Failures', async () => {
    show('users', { query: { from: '2026-05-01', to: '2026-05-31' } });
    const users = await screen.findByRole('table', { name: 'Activity per partner user' });
    expect(within(users).getByText('new.agent@lumen.example')).toBeTruthy();
    cleanup();
    show('failures');
    const byAction = await screen.findByRole('table', { name: 'By action' });
    expect(within(byAction).getByText('created an order')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Failed and declined operations' })).toBeTruthy();
  });

  it('says what went wrong when the archive cannot be read', async () => {
    show('orders', { source: { compute: () => Promise.reject({ message: 'The archive is not available.' }), exportSection: vi.fn() } });
    expect((await screen.findByRole('alert')).textContent).toBe('The archive is not available.');
  });
});

describe('while the archive is read', () => {
  it('shows the partial result as it grows, then the whole one; exports wait for the whole', async () => {
    const records = apiRecords();
    let finish: (() => void) | undefined;
    const source: InsightSource = {
      async compute(request, onProgress) {
        const partial = insightComputation(request);
        const whole = insightComputation(request);
        for (const r of records.slice(0, 3)) partial.aggregator.add(r);
        for (const r of records) whole.aggregator.add(r);
        onProgress({ scanned: 3, partial: shownModel(partial.build(request.lang), 3) });
        await new Promise<void>((r) => (finish = r));
        return shownModel(whole.build(request.lang), records.length);
      },
      exportSection: vi.fn(),
    };
    show('seat-changes', { source });
    expect((await screen.findByRole('status')).textContent).toBe('Reading the archive… 3 records so far; the figures below grow until it is done.');
    const changes = await screen.findByRole('table', { name: 'Quantity changes' });
    expect(within(changes).getAllByRole('row')).toHaveLength(1 + 4);
    expect((screen.getByRole('button', { name: 'Export to Excel: Quantity changes' }) as HTMLButtonElement).disabled).toBe(true);
    finish!();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Quantity changes' })).getAllByRole('row')).toHaveLength(1 + 7));
    expect((screen.getByRole('button', { name: 'Export to Excel: Quantity changes' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
