import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SidePanel } from './side-panel';
import type { SidePanelDeps } from './use-side-panel';
import type { ActivitySource } from '../data-source/activity-source';
import type { PanelRequest } from '../messaging/panel-request';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { defaultPeriod, queryRecords } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ExportedFile } from './panel-export';

afterEach(cleanup);

const now = new Date('2026-11-25T08:00:00Z');
const all = [...generateSampleRecords({ count: 300, seed: 12, now, days: 40 })];

function source(records: ActivityRecord[]): ActivitySource {
  return {
    settings: { kind: 'sample', sampleUrl: 'http://127.0.0.1:1' },
    isSample: true,
    async *pages({ from, to }) {
      yield { records: queryRecords(records, { from, to }), chunk: 1, chunks: 1 };
    },
  };
}

function setup(over: Partial<SidePanelDeps> = {}) {
  let tabCustomer: ((id: string | undefined) => void) | undefined;
  let request: ((r: PanelRequest) => void) | undefined;
  const saved: ExportedFile[] = [];
  const deps: SidePanelDeps = {
    lang: 'en',
    delimiter: ',',
    now: () => now,
    openSource: async () => source(all),
    watchActiveCustomer: (cb) => ((tabCustomer = cb), () => undefined),
    watchRequests: (cb) => ((request = cb), () => undefined),
    saveFile: (f) => void saved.push(f),
    openTab: vi.fn(),
    openOptions: vi.fn(),
    ...over,
  };
  render(<SidePanel deps={deps} />);
  return { deps, saved, tab: (id: string | undefined) => act(() => tabCustomer!(id)), ask: (r: PanelRequest) => act(() => request!(r)) };
}

const summary = () => screen.getByText(/in this period|^Showing [\d,]+ record/).textContent ?? '';

describe('the side panel', () => {
  it('opens on the most recent month with From and to filled in, and counts what it shows', async () => {
    setup();
    const period = defaultPeriod(now);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(period.from);
    expect((screen.getByLabelText('to') as HTMLInputElement).value).toBe(period.to);
    const expected = queryRecords(all, period).length;
    await waitFor(() => expect(summary()).toBe(`${expected} records in this period`));
    expect(screen.getByRole('note').textContent).toContain('Sample data');
  });

  it('follows the customer of the active dashboard tab, says so, and lets the user clear it', async () => {
    const { tab } = setup();
    await waitFor(() => expect(summary()).toMatch(/in this period/));
    const customer = all.find((r) => r.customerId && r.customerName)!;
    tab(customer.customerId);
    const banner = await screen.findByText(`Showing only ${customer.customerName}`);
    expect(banner.closest('p')!.textContent).toContain('the customer of the active tab');
    expect(screen.getByRole('button', { name: 'This customer' }).getAttribute('aria-pressed')).toBe('true');
    const period = defaultPeriod(now);
    await waitFor(() => expect(summary()).toMatch(`Showing ${queryRecords(all, { ...period, customerId: customer.customerId }).length} `));
    fireEvent.click(screen.getByRole('button', { name: /^Clear: / }));
    expect(screen.queryByText(`Showing only ${customer.customerName}`)).toBeNull();
    // The same tab does not bring the cleared filter back; another customer does.
    tab(customer.customerId);
    expect(screen.queryByText(/^Showing only/)).toBeNull();
    const other = all.find((r) => r.customerId && r.customerId !== customer.customerId && r.customerName)!;
    tab(other.customerId);
    await screen.findByText(`Showing only ${other.customerName}`);
  });

  it('takes the period the dashboard’s Activity Log page asked for', async () => {
    const { ask } = setup();
    await waitFor(() => expect(summary()).toMatch(/in this period/));
    ask({ from: '2026-11-20', to: '2026-11-24', at: Date.now() });
    await waitFor(() => expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-11-20'));
    await waitFor(() => expect(summary()).toBe(`${queryRecords(all, { from: '2026-11-20', to: '2026-11-24' }).length} records in this period`));
  });

  it('Export log saves the CSV of exactly the rows shown', async () => {
    const { saved } = setup();
    await waitFor(() => expect(summary()).toMatch(/in this period/));
    fireEvent.click(screen.getByRole('button', { name: 'Failed operations' }));
    const shown = queryRecords(all, { ...defaultPeriod(now), statuses: ['failed'] });
    fireEvent.click(screen.getByRole('button', { name: 'Export log' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.rows).toBe(shown.length);
    const text = await saved[0]!.blob.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(shown.length + 1);
    expect(within(document.body).getByText(/^Saved activity-log_/).textContent).toContain(`${shown.length} record`);
  });

  it('says there is nothing in an empty period instead of showing an empty table', async () => {
    setup({ openSource: async () => source([]) });
    await screen.findByText('No activity in this period');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks to sign in when Partner Center is the source and nobody is signed in', async () => {
    const signIn = vi.fn(async () => undefined);
    setup({ signIn, openSource: async () => ({ ...source(all), isSample: false, async *pages() { throw Object.assign(new Error('x'), { kind: 'not-signed-in' }); } }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(signIn).toHaveBeenCalledOnce());
  });
});

describe('the side panel when the source changes elsewhere', () => {
  it('reloads after the user signs in from the options page, and after switching data source', async () => {
    let notify: ((c: 'settings' | 'signed-in' | 'signed-out') => void) | undefined;
    let signedIn = false;
    const openSource = vi.fn(async () => ({
      ...source(all),
      isSample: false,
      async *pages(r: Parameters<ActivitySource['pages']>[0]) {
        if (!signedIn) throw Object.assign(new Error('x'), { kind: 'not-signed-in' });
        yield* source(all).pages(r);
      },
    }));
    setup({ openSource, watchSource: (cb) => ((notify = cb), () => undefined) });
    await screen.findByRole('button', { name: 'Sign in' });
    signedIn = true;
    act(() => notify!('signed-in'));
    await waitFor(() => expect(summary()).toMatch(/in this period/));
    const loads = openSource.mock.calls.length;
    act(() => notify!('signed-in'));
    expect(openSource.mock.calls.length).toBe(loads);
    act(() => notify!('settings'));
    await waitFor(() => expect(openSource.mock.calls.length).toBe(loads + 1));
  });
});
