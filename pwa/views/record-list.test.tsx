import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { LIST_PAGE_ROWS, type RecordWindow } from '../store/record-window';
import { appText } from '../app-text';
import { axeViolations } from './axe-check';
import { RecordList } from './record-list';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

const NAMES = ['Fabrikam, Inc.', 'Adatum', 'Contoso Ltd', 'Northwind'];
/** Newest first, as the archive gives them. */
function records(n: number): ActivityRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    ...emptyRecord('api'),
    key: `id:${i}`,
    id: `rec-${i}`,
    customerId: `c-${i % 4}`,
    customerName: NAMES[i % 4]!,
    userPrincipalName: `user${i % 3}@partner.example`,
    operationType: 'create_order',
    resourceType: 'order',
    operationStatus: 'succeeded',
    operationDate: new Date(Date.UTC(2026, 10, 30) - i * 60_000).toISOString(),
  }));
}

/** A window over records in memory that counts the rows it was asked for, as the archive's would read them. */
function windowOf(all: ActivityRecord[], exact = true): RecordWindow & { asked: [number, number][] } {
  const asked: [number, number][] = [];
  const w = {
    total: all.length,
    exact,
    atMost: all.length,
    asked,
    rows: vi.fn(async (offset: number, limit: number) => {
      asked.push([offset, limit]);
      return all.slice(offset, offset + limit);
    }),
    withCounts: () => windowOf(all, true),
  };
  return w;
}

const text = appText('en');
const table = () => screen.getByRole('table', { name: 'Activity log' });
const shownCustomers = () => within(table()).getAllByRole('row').slice(1).map((r) => r.querySelector('.c-customer')?.textContent ?? '');
const header = (name: string) => within(within(table()).getByRole('columnheader', { name })).getByRole('button');

describe('the app’s log list', () => {
  it('reads the archive page by page as rows come into view, newest first, with no count of its own (the page’s heading has it)', async () => {
    const w = windowOf(records(5000));
    render(<RecordList window={w} lang="en" text={text} />);
    await waitFor(() => expect(shownCustomers()[0]).toBe('Fabrikam, Inc.'));
    expect(w.asked).toEqual([[0, LIST_PAGE_ROWS]]);
    expect(table().getAttribute('aria-rowcount')).toBe('5001');
    expect(screen.queryByText(/5,000/)).toBeNull();
  });

  it('sorts by other columns only once the view is counted', async () => {
    const all = records(30);
    render(<RecordList window={windowOf(all, false)} lang="en" text={text} />);
    await waitFor(() => expect(shownCustomers()[0]).toBe('Fabrikam, Inc.'));
    expect(header('Affected customer').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(header('Affected customer'));
    expect(within(table()).getByRole('columnheader', { name: 'Date-Time' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('lists oldest first by reading the archive from its end', async () => {
    const all = records(1000);
    const w = windowOf(all);
    render(<RecordList window={w} lang="en" text={text} />);
    await waitFor(() => expect(shownCustomers()[0]).toBe('Fabrikam, Inc.'));
    fireEvent.click(header('Date-Time'));
    await waitFor(() => expect(within(table()).getAllByRole('row')[1]!.querySelector('time')!.getAttribute('datetime')).toBe(all[999]!.operationDate));
    expect(w.asked).toContainEqual([1000 - LIST_PAGE_ROWS, LIST_PAGE_ROWS]);
    expect(w.asked.some(([offset, limit]) => limit > LIST_PAGE_ROWS || offset === 0 && limit === 1000)).toBe(false);
  });

  it('sorts a small view by customer in memory, and refuses a view too big to sort that way', async () => {
    render(<RecordList window={windowOf(records(40))} lang="en" text={text} />);
    await waitFor(() => expect(shownCustomers()[0]).toBe('Fabrikam, Inc.'));
    fireEvent.click(header('Affected customer'));
    await waitFor(() => expect(shownCustomers().slice(0, 3)).toEqual(['Adatum', 'Adatum', 'Adatum']));
    cleanup();
    render(<RecordList window={windowOf(records(20_001))} lang="en" text={text} />);
    await waitFor(() => expect(shownCustomers()[0]).toBe('Fabrikam, Inc.'));
    expect(header('Affected customer').getAttribute('title')).toBe('Narrow the view to 20,000 rows or fewer to sort by this column.');
    expect(header('Date-Time').getAttribute('aria-disabled')).toBeNull();
  });

  it('opens a row’s details in a pane beside the table, with the Customer view and Subscriptions links', async () => {
    const open = vi.fn();
    const { container } = render(<RecordList window={windowOf(records(8))} lang="en" text={text} customerHref={(id) => `?view=customer&customer=${id}`} onOpenCustomer={open} />);
    const button = (await screen.findAllByRole('button', { name: /^Show details: .*Adatum/ }))[0]!;
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const pane = screen.getByRole('complementary', { name: 'Details' });
    expect(within(pane).getByText('rec-1')).toBeTruthy();
    expect(within(pane).getByRole('link', { name: 'Subscriptions' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('link', { name: 'Customer view: Adatum' })[0]!);
    expect(open).toHaveBeenCalledWith('c-1');
    await act(async () => {
      expect(await axeViolations(container)).toEqual([]);
    });
    fireEvent.click(within(pane).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('says so when nothing matches', () => {
    render(<RecordList window={windowOf([])} lang="en" text={text} />);
    expect(screen.getByRole('status').textContent).toBe('No records match this view.');
  });
});
