import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { PanelLog } from './panel-log';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { queryRecords } from '../../core/asking/activity-query';

afterEach(cleanup);

function order(): ActivityRecord {
  return {
    ...emptyRecord('api'),
    key: 'id:order-1',
    id: 'order-1',
    customerId: '3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b',
    customerName: 'Contoso Ltd.',
    userPrincipalName: 'ada@partner.example',
    resourceType: 'order',
    operationType: 'create_order',
    operationStatus: 'succeeded',
    operationDate: '2026-11-20T10:15:00.000Z',
    applicationId: 'app-42',
    resourceNewValue: JSON.stringify({
      lineItems: [
        { offerId: 'CFQ7TTC0LH18', friendlyName: 'Microsoft 365 Business Basic', quantity: 3 },
        { offerId: 'CFQ7TTC0LDPB', friendlyName: 'Microsoft 365 Business Standard', quantity: 5 },
        { offerId: 'CFQ7TTC0LFLX', friendlyName: 'Exchange Online (Plan 1)', quantity: 1 },
      ],
    }),
  };
}

describe('the side panel’s log table (the shared log table, details under the row)', () => {
  it('opens the details of the record an alert notification asked for', async () => {
    const records = [order(), { ...order(), key: 'id:order-2', id: 'order-2', customerName: 'Fabrikam' }];
    render(<PanelLog records={records} lang="en" focusKey="id:order-2" />);
    const toggles = await screen.findAllByRole('button', { expanded: true });
    expect(toggles).toHaveLength(1);
    expect(toggles[0]!.getAttribute('aria-label')).toContain('Fabrikam');
  });

  it('shows the dashboard’s four columns with a Subscriptions link per row', () => {
    render(<PanelLog records={[order()]} lang="en" />);
    const table = screen.getByRole('table', { name: 'Activity log' });
    for (const name of ['Date-Time', 'Affected customer', 'Action', 'Partner user']) {
      expect(within(table).getByRole('columnheader', { name })).toBeTruthy();
    }
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Contoso Ltd.')).toBeTruthy();
    expect(within(row).getByText('ada@partner.example')).toBeTruthy();
    const link = within(row).getByRole('link', { name: 'Subscriptions of Contoso Ltd.' });
    expect(link.getAttribute('href')).toBe('https://partner.microsoft.com/dashboard/commerce2/customers/3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b/subscriptions');
  });

  it('opens an order of three products with the down arrow, and closes it again', () => {
    render(<PanelLog records={[order()]} lang="en" />);
    const toggle = screen.getByRole('button', { name: /^Show details: .*Contoso Ltd\./ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const open = screen.getByRole('button', { name: /^Hide details:/ });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(open.getAttribute('aria-controls')!)!;
    const products = within(details).getAllByRole('listitem');
    expect(products.map((li) => li.querySelector('.product-name')?.textContent)).toEqual([
      'Microsoft 365 Business Basic',
      'Microsoft 365 Business Standard',
      'Exchange Online (Plan 1)',
    ]);
    expect(within(details).getByText('Succeeded')).toBeTruthy();
    expect(within(details).getByText('app-42')).toBeTruthy();
    fireEvent.click(open);
    expect(screen.queryByRole('button', { name: /^Hide details:/ })).toBeNull();
  });

  it('names the partner’s own account where a record has no affected customer, with no Subscriptions link', () => {
    const own: ActivityRecord = { ...order(), key: 'id:app-1', id: 'app-1', customerId: '', customerName: '', resourceType: 'application', operationType: 'register_application' };
    render(<PanelLog records={[own]} lang="en" />);
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('Partner account (no customer)')).toBeTruthy();
    expect(within(row).queryByRole('link')).toBeNull();
    cleanup();
    render(<PanelLog records={[own]} lang="it" />);
    expect(screen.getByText('Account del partner (nessun cliente)')).toBeTruthy();
  });

  it('speaks Italian with the dashboard’s Italian words', () => {
    render(<PanelLog records={[order()]} lang="it" />);
    for (const name of ['Data-ora', 'Cliente interessato', 'Azione', 'Utente partner']) expect(screen.getByRole('columnheader', { name })).toBeTruthy();
    expect(screen.getByText('ha creato un ordine', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sottoscrizioni di Contoso Ltd.' }).getAttribute('href')).toContain('/it-it/dashboard/');
  });

  it('keeps a long list light: only a screenful of rows in the page, the full size announced', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    const records = queryRecords(generateSampleRecords({ count: 5000, seed: 9, now, days: 30 }), {});
    render(<PanelLog records={records} lang="en" />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeLessThan(60);
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2');
  });
});
