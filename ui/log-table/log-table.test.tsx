import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { axeViolations } from '../axe-check.test-support';
import { LogTable, type LogTableProps } from './log-table';
import { NEWEST_FIRST, type LogSort } from './log-columns';
import { useSortedRows } from './memory-rows';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

function record(over: Partial<ActivityRecord>): ActivityRecord {
  return {
    ...emptyRecord('api'),
    userPrincipalName: 'ada@partner.example',
    resourceType: 'customer_user',
    operationType: 'update_customer_user',
    operationStatus: 'succeeded',
    applicationId: 'app-42',
    ...over,
  };
}

const RECORDS: ActivityRecord[] = [
  record({ key: 'k1', id: 'rec-1', customerId: 'c-1', customerName: 'Contoso Ltd.', operationDate: '2026-11-20T10:15:00.000Z', userPrincipalName: 'zoe@partner.example',
    resourceOldValue: JSON.stringify({ displayName: 'Ada', usageLocation: 'IT' }), resourceNewValue: JSON.stringify({ displayName: 'Ada Lovelace', usageLocation: 'IT' }) }),
  record({ key: 'k2', id: 'rec-2', customerId: 'c-2', customerName: 'Adatum', operationDate: '2026-11-19T08:00:00.000Z', operationType: 'create_order', resourceType: 'order', operationStatus: 'failed' }),
  record({ key: 'k3', id: 'rec-3', customerId: 'c-3', customerName: 'Fabrikam', operationDate: '2026-11-21T23:30:00.000Z', userPrincipalName: 'bob@partner.example' }),
];

/** The table as a host uses it: in-memory rows sorted by the header clicked. */
function Host(props: Partial<LogTableProps> & { records?: ActivityRecord[]; lang?: Lang }) {
  const [sort, setSort] = useState<LogSort>(NEWEST_FIRST);
  const lang = props.lang ?? 'en';
  const newestFirst = [...(props.records ?? RECORDS)].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1));
  const rows = useSortedRows(newestFirst, sort, lang);
  return <LogTable rows={rows} rowsKey={rows} lang={lang} label="Activity log" sort={sort} onSort={setSort} timeZone="Europe/Rome" {...props} />;
}

const table = () => screen.getByRole('table', { name: 'Activity log' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const customers = () => bodyRows().map((r) => r.querySelector('.c-customer')!.textContent);

describe('the shared log table', () => {
  it('sorts by Date-Time, Affected customer, Action and Partner user, saying which with aria-sort', () => {
    render(<Host />);
    const header = (name: string) => within(table()).getByRole('columnheader', { name });
    expect(header('Date-Time').getAttribute('aria-sort')).toBe('descending');
    expect(customers()).toEqual(['Fabrikam', 'Contoso Ltd.', 'Adatum']);
    fireEvent.click(within(header('Date-Time')).getByRole('button'));
    expect(header('Date-Time').getAttribute('aria-sort')).toBe('ascending');
    expect(customers()).toEqual(['Adatum', 'Contoso Ltd.', 'Fabrikam']);
    fireEvent.click(within(header('Affected customer')).getByRole('button'));
    expect(header('Affected customer').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Date-Time').hasAttribute('aria-sort')).toBe(false);
    expect(customers()).toEqual(['Adatum', 'Contoso Ltd.', 'Fabrikam']);
    fireEvent.click(within(header('Affected customer')).getByRole('button'));
    expect(customers()).toEqual(['Fabrikam', 'Contoso Ltd.', 'Adatum']);
    fireEvent.click(within(header('Partner user')).getByRole('button'));
    expect(bodyRows().map((r) => r.querySelector('.c-user')!.textContent)).toEqual(['ada@partner.example', 'bob@partner.example', 'zoe@partner.example']);
    fireEvent.click(within(header('Action')).getByRole('button'));
    expect(header('Action').getAttribute('aria-sort')).toBe('ascending');
  });

  it('does not sort when the host says it cannot yet, and says why', () => {
    const onSort = vi.fn();
    render(<Host onSort={onSort} sortBlocked={(s) => (s.column === 'customer' ? 'Narrow the view first.' : undefined)} />);
    const button = within(within(table()).getByRole('columnheader', { name: 'Affected customer' })).getByRole('button');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('title')).toBe('Narrow the view first.');
    fireEvent.click(button);
    expect(onSort).not.toHaveBeenCalled();
  });

  it('adds and removes columns from the Columns menu, and remembers the choice', () => {
    render(<Host preferencesKey="test.table" />);
    expect(within(table()).queryByRole('columnheader', { name: 'Customer ID' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Choose columns' });
    expect(within(menu).getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual(['Customer ID', 'Status', 'Resource type', 'Application', 'Record ID']);
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Record ID' }));
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Customer ID' }));
    // In the chooser's order, not the order clicked.
    expect(within(table()).getAllByRole('columnheader').map((h) => h.textContent).slice(5, 7)).toEqual(['Customer ID', 'Record ID']);
    expect(within(bodyRows()[0]!).getByText('rec-3')).toBeTruthy();
    expect(within(bodyRows()[0]!).getByText('c-3')).toBeTruthy();
    fireEvent.keyDown(within(menu).getByRole('checkbox', { name: 'Customer ID' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Choose columns' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Columns' }));
    cleanup();
    render(<Host preferencesKey="test.table" />);
    expect(within(table()).getByRole('columnheader', { name: 'Record ID' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Record ID' }));
    expect(within(table()).queryByRole('columnheader', { name: 'Record ID' })).toBeNull();
  });

  it('switches between comfortable and compact rows', () => {
    const { container } = render(<Host preferencesKey="test.density" />);
    const group = screen.getByRole('group', { name: 'Density' });
    const comfortable = within(group).getByRole('button', { name: 'Comfortable' });
    const compact = within(group).getByRole('button', { name: 'Compact' });
    expect(comfortable.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.lt')!.classList.contains('lt-comfortable')).toBe(true);
    fireEvent.click(compact);
    expect(compact.getAttribute('aria-pressed')).toBe('true');
    expect(comfortable.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('.lt')!.classList.contains('lt-compact')).toBe(true);
    expect(JSON.parse(localStorage.getItem('test.density')!).density).toBe('compact');
  });

  it('keeps the row count in view above the rows', () => {
    render(<Host status="3 records in this period" />);
    expect(screen.getByRole('status').textContent).toBe('3 records in this period');
  });

  it('moves with the arrow keys, Home and End; Enter opens the details beside the table, Esc closes them', async () => {
    render(<Host />);
    const rows = bodyRows();
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[1]));
    expect(bodyRows().map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[2]));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(bodyRows()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[1]));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const pane = screen.getByRole('complementary', { name: 'Details' });
    expect(within(pane).getByText('Contoso Ltd.')).toBeTruthy();
    expect(bodyRows()[1]!.getAttribute('aria-current')).toBe('true');
    expect(within(bodyRows()[1]!).getByRole('button', { name: /^Show details: / }).getAttribute('aria-controls')).toBe(pane.id);
    // The reading pane follows the selection.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(within(screen.getByRole('complementary', { name: 'Details' })).getByText('Adatum')).toBeTruthy());
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[2]));
  });

  it('opens details under the row when the host is narrow (the side panel), and Esc closes them', () => {
    render(<Host details="inline" />);
    const row = bodyRows()[1]!;
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    const open = screen.getByRole('button', { name: /^Hide details: .*Contoso/ });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(open.getAttribute('aria-controls')!)).toBeTruthy();
    expect(screen.queryByRole('complementary')).toBeNull();
    fireEvent.keyDown(bodyRows()[1]!, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: /^Hide details:/ })).toBeNull();
  });

  it('names the time zone of each time and gives UTC on hover', () => {
    render(<Host />);
    const time = bodyRows()[1]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2026-11-20T10:15:00.000Z');
    expect(time.getAttribute('title')).toBe('2026-11-20 10:15:00 UTC');
    // 10:15 UTC is 11:15 in Rome in November, and the zone is said.
    expect(time.textContent).toMatch(/11:15.*(CET|GMT\+1)/);
    expect(within(table()).getByRole('columnheader', { name: 'Date-Time' }).getAttribute('title')).toBe('Times in Europe/Rome; UTC on hover');
  });

  it('speaks Italian', () => {
    render(<Host lang="it" label="Log attività" />);
    const t = screen.getByRole('table', { name: 'Log attività' });
    for (const name of ['Data-ora', 'Cliente interessato', 'Azione', 'Utente partner']) expect(within(t).getByRole('columnheader', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Colonne' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Densità' })).getByRole('button', { name: 'Compatta' })).toBeTruthy();
  });

  it('has no accessibility violations with the details open (axe-core)', async () => {
    const { container } = render(<Host status="3 records" />);
    fireEvent.click(within(bodyRows()[0]!).getByRole('button', { name: /^Show details: / }));
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await act(async () => {
      expect(await axeViolations(container)).toEqual([]);
    });
  });
});
