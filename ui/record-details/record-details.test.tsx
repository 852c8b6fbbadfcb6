import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { axeViolations } from '../axe-check.test-support';
import { RecordDetails } from './record-details';

afterEach(cleanup);

const renamed: ActivityRecord = {
  ...emptyRecord('api'),
  key: 'id:user-1',
  id: 'rec-77',
  customerId: '3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b',
  customerName: 'Contoso Ltd.',
  userPrincipalName: 'ada@partner.example',
  resourceType: 'customer_user',
  operationType: 'update_customer_user',
  operationStatus: 'succeeded',
  operationDate: '2026-11-20T10:15:00.000Z',
  originalCorrelationId: 'corr-9',
  resourceOldValue: JSON.stringify({ displayName: 'Ada', usageLocation: 'IT' }),
  resourceNewValue: JSON.stringify({ displayName: 'Ada Lovelace', usageLocation: 'IT', department: 'Sales' }),
};

describe('a record’s details', () => {
  it('shows what changed old → new first, before the facts', () => {
    const { container } = render(<RecordDetails record={renamed} lang="en" headingLevel={3} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Changes', 'Details']);
    const changes = [...container.querySelectorAll('.rd-change')].map((c) => ({
      field: c.querySelector('dt')!.textContent,
      old: c.querySelector('.rd-old')?.textContent,
      now: c.querySelector('.rd-new')?.textContent,
      tag: c.querySelector('.rd-tag')?.textContent,
    }));
    // A field that only appears says "added" rather than showing an empty old value.
    expect(changes).toEqual([
      { field: 'displayName', old: 'Old value: Ada', now: 'New value: Ada Lovelace', tag: undefined },
      { field: 'department', old: undefined, now: 'New value: Sales', tag: 'added' },
    ]);
  });

  it('keeps the raw JSON a click away, parsed where the record holds JSON text', () => {
    render(<RecordDetails record={renamed} lang="en" id="d1" />);
    expect(screen.queryByLabelText('Raw JSON')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show raw JSON' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const raw = screen.getByLabelText('Raw JSON');
    expect(screen.getByRole('button', { name: 'Hide raw JSON' }).getAttribute('aria-controls')).toBe(raw.id);
    const json = JSON.parse(raw.textContent!);
    expect(json.id).toBe('rec-77');
    expect(json.resourceNewValue).toEqual({ displayName: 'Ada Lovelace', usageLocation: 'IT', department: 'Sales' });
    fireEvent.click(screen.getByRole('button', { name: 'Hide raw JSON' }));
    expect(screen.queryByLabelText('Raw JSON')).toBeNull();
  });

  it('copies the customer, record and correlation ids with one click each, and says so', async () => {
    const copy = vi.fn(async () => undefined);
    render(<RecordDetails record={renamed} lang="en" copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Record ID' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Record ID copied'));
    expect(copy).toHaveBeenLastCalledWith('rec-77');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Customer ID' }));
    expect(copy).toHaveBeenLastCalledWith('3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Correlation ID' }));
    expect(copy).toHaveBeenLastCalledWith('corr-9');
    // Names are not ids: no copy button beside the status.
    expect(screen.queryByRole('button', { name: 'Copy Status' })).toBeNull();
  });

  it('says when the browser refused the clipboard', async () => {
    render(<RecordDetails record={renamed} lang="en" copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Record ID' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not allow copying/));
  });

  it('links to the customer’s Subscriptions when asked, through the host’s opener', () => {
    const openLink = vi.fn();
    render(<RecordDetails record={renamed} lang="it" showSubscriptions openLink={openLink} />);
    const link = screen.getByRole('link', { name: 'Sottoscrizioni' });
    expect(link.getAttribute('href')).toContain('/it-it/dashboard/commerce2/customers/3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b/subscriptions');
    fireEvent.click(link);
    expect(openLink).toHaveBeenCalledWith(link.getAttribute('href'));
    expect(screen.getByRole('button', { name: 'Copia ID record' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Modifiche' })).toBeTruthy();
  });

  it('has no accessibility violations with the raw JSON open (axe-core)', async () => {
    const { container } = render(<RecordDetails record={renamed} lang="en" showSubscriptions />);
    fireEvent.click(screen.getByRole('button', { name: 'Show raw JSON' }));
    await act(async () => {
      expect(await axeViolations(container)).toEqual([]);
    });
    expect(within(container as HTMLElement).getByText("rec-77")).toBeTruthy();
  });
});
