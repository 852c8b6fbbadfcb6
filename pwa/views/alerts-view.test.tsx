import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { emptyRecord } from '../../core/record/activity-record';
import { ALERT_RULES, alertsFor, type AlertRuleId } from '../../core/archive/alert-rules';
import type { StoredRecord } from '../store/activity-db';
import type { RuleMatches } from '../store/alert-records';
import { appText } from '../app-text';
import { ALERT_SETTINGS_KEY } from '../alert-settings';
import AlertsView from './alerts-view';
import { axeViolations } from './axe-check';

afterEach(cleanup);

const rec = (i: number, operationType: string, over: Partial<StoredRecord> = {}): StoredRecord => ({
  ...emptyRecord('api'),
  key: `id:${i}`,
  id: String(i),
  operationType,
  resourceType: 'customer',
  customerId: `c-${i}`,
  customerName: `Customer ${i}`,
  userPrincipalName: `user${i}@partner.example`,
  operationDate: new Date(Date.UTC(2026, 10, 20, 10, i)).toISOString(),
  operationStatus: 'succeeded',
  batchId: 1,
  customerFolded: '',
  ...over,
});
const archive = [
  rec(1, 'delete_customer'),
  rec(2, 'create_order', { resourceType: 'order', operationStatus: 'failed' }),
  rec(3, 'create_order', { resourceType: 'order' }),
  rec(4, 'create_partner_user', { customerId: '', customerName: '', resourceType: 'partner_user' }),
  rec(5, 'remove_partner_customer_relationship', { resourceType: 'partner_customer_relationship' }),
];
/** Stands in for the alerts worker: the same rules over an in-memory archive. */
const find = vi.fn(async (enabled: AlertRuleId[]): Promise<RuleMatches[]> => {
  const found = alertsFor(archive, new Set(enabled));
  return ALERT_RULES.filter((r) => enabled.includes(r.id)).map((r) => {
    const records = found.filter((a) => a.ruleId === r.id).map((a) => a.record as StoredRecord).reverse();
    return { ruleId: r.id, total: records.length, records };
  });
});

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: (i) => [...m.keys()][i] ?? null, get length() { return m.size; } };
}

describe('the Alerts list', () => {
  it('lists each rule with its matching records from the archive, newest first', async () => {
    render(<AlertsView text={appText('en')} lang="en" version={0} onShowRecord={() => undefined} find={find} storage={memoryStorage()} />);
    const removed = await screen.findByRole('region', { name: 'Customer deleted or relationship removed (2)' });
    expect(within(removed).getByText('2 matching records')).toBeTruthy();
    const rows = within(removed).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['Customer 5', 'Customer 1']);
    expect(within(removed).getByRole('columnheader', { name: 'Affected customer' })).toBeTruthy();
    const failed = screen.getByRole('region', { name: 'Failed order (1)' });
    expect(within(failed).getByRole('cell', { name: 'created an order' })).toBeTruthy();
    const partnerUser = screen.getByRole('region', { name: 'New partner user (1)' });
    expect(within(partnerUser).getByText('Partner account (no customer)')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Azure fraud event detected' })).getByText('No matching records in the archive.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(ALERT_RULES.length);
  });

  it('turns a rule off and remembers it, and opens a record in the log', async () => {
    const storage = memoryStorage();
    const onShow = vi.fn();
    render(<AlertsView text={appText('en')} lang="en" version={0} onShowRecord={onShow} find={find} storage={storage} />);
    await screen.findByRole('region', { name: 'Failed order (1)' });
    fireEvent.click(screen.getByRole('button', { name: /^Show in the log: Customer 2,/ }));
    expect(onShow).toHaveBeenCalledWith(expect.objectContaining({ key: 'id:2' }));
    const toggle = screen.getByRole('checkbox', { name: 'Alert on: Failed order' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Failed order' })).getByText('Off: not looked for.')).toBeTruthy());
    expect(JSON.parse(storage.getItem(ALERT_SETTINGS_KEY)!)).toEqual({ 'order-failed': false });
    expect(find).toHaveBeenLastCalledWith(expect.not.arrayContaining(['order-failed']));
    cleanup();
    render(<AlertsView text={appText('en')} lang="en" version={0} onShowRecord={onShow} find={find} storage={storage} />);
    expect((screen.getByRole('checkbox', { name: 'Alert on: Failed order' }) as HTMLInputElement).checked).toBe(false);
  });

  it('looks again when the archive changes, and says so when the lookup fails', async () => {
    const failing = vi.fn(async () => {
      throw new Error('the archive is closed');
    });
    const { rerender } = render(<AlertsView text={appText('en')} lang="en" version={0} onShowRecord={() => undefined} find={failing} storage={memoryStorage()} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Could not look for alerts: the archive is closed');
    rerender(<AlertsView text={appText('en')} lang="en" version={1} onShowRecord={() => undefined} find={failing} storage={memoryStorage()} />);
    await waitFor(() => expect(failing).toHaveBeenCalledTimes(2));
  });

  it('speaks Italian, and has no accessibility violations (axe)', async () => {
    const { container } = render(<AlertsView text={appText('it')} lang="it" version={0} onShowRecord={() => undefined} find={find} storage={memoryStorage()} />);
    const removed = await screen.findByRole('region', { name: 'Cliente eliminato o relazione rimossa (2)' });
    expect(within(removed).getByText('2 record corrispondenti')).toBeTruthy();
    expect(within(removed).getByRole('columnheader', { name: 'Cliente interessato' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
