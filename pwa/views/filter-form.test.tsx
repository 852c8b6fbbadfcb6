import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FilterForm, TYPING_PAUSE_MS } from './filter-form';
import { appText } from '../app-text';
import type { ActivityQuery } from '../../core/asking/activity-query';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const period: ActivityQuery = { from: '2026-10-30', to: '2026-11-30' };
const NOW = () => new Date('2026-11-30T15:00:00Z');

/** Action and Resource type offer choices while typing, so they are comboboxes. */
function type(label: string, value: string): void {
  fireEvent.input(screen.getByRole('combobox', { name: label }), { target: { value } });
}

describe('the filter bar', () => {
  it('reads a word in Action as every action holding it, applies it without an Apply button, and shows what it found', () => {
    const onApply = vi.fn();
    const { rerender } = render(<FilterForm text={appText('en')} lang="en" query={period} onApply={onApply} now={NOW} />);
    expect(screen.queryByRole('button', { name: 'Apply filters' })).toBeNull();
    type('Action', 'order');
    type('Resource type', 'Customer user');
    // Leaving the field (the browser's change) applies what was typed.
    fireEvent.change(screen.getByRole('combobox', { name: 'Resource type' }));
    const applied = onApply.mock.calls.at(-1)![0] as ActivityQuery;
    expect(applied.operationTypes?.sort()).toEqual(['create_order', 'update_order']);
    expect(applied.resourceTypes).toEqual(['customer_user']);

    rerender(<FilterForm text={appText('en')} lang="en" query={applied} onApply={onApply} now={NOW} />);
    expect((screen.getByRole('combobox', { name: 'Action' }) as HTMLInputElement).value).toBe('created an order, updated an order');
    // Applying again what the bar shows changes nothing: no new history entry.
    const calls = onApply.mock.calls.length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Action' }));
    fireEvent.submit(screen.getByRole('form', { name: 'Filters' }));
    expect(onApply.mock.calls.length).toBe(calls);
  });

  it('applies typed words once typing pauses, and Enter applies at once', () => {
    vi.useFakeTimers();
    const onApply = vi.fn();
    render(<FilterForm text={appText('en')} lang="en" query={period} onApply={onApply} now={NOW} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Customer' }), { target: { value: 'ada' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Customer' }), { target: { value: 'adatum' } });
    expect(onApply).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0]).toEqual({ ...period, customer: 'adatum' });

    fireEvent.input(screen.getByRole('textbox', { name: 'Partner user' }), { target: { value: 'admin' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Partner user' }), { key: 'Enter' });
    expect(onApply).toHaveBeenCalledTimes(2);
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(onApply).toHaveBeenCalledTimes(2);
  });

  it('puts the period first, with presets ending today, and says Custom for any other From / to', () => {
    const onApply = vi.fn();
    const { unmount } = render(<FilterForm text={appText('en')} lang="en" query={period} onApply={onApply} now={NOW} />);
    // The log's default period (Partner Center's last month) is a preset, not custom.
    expect((screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement).value).toBe('month');
    unmount();
    render(<FilterForm text={appText('en')} lang="en" query={{ from: '2026-10-29', to: '2026-11-30' }} onApply={onApply} now={NOW} />);
    const periodSelect = screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement;
    const form = screen.getByRole('form', { name: 'Filters' });
    expect(within(form).getAllByRole('combobox')[0]).toBe(periodSelect);
    expect(periodSelect.value).toBe('custom');
    expect(within(periodSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['Today', 'Last 7 days', 'Last 30 days', 'Last month', 'Last 90 days', 'Custom']);
    fireEvent.change(periodSelect, { target: { value: '7d' } });
    expect(onApply).toHaveBeenLastCalledWith({ from: '2026-11-24', to: '2026-11-30' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-02' } });
    expect(onApply).toHaveBeenLastCalledWith({ from: '2026-11-02', to: '2026-11-30' });
  });

  it('shows the active filters as chips; removing one applies the query without it', () => {
    const onApply = vi.fn();
    const q: ActivityQuery = { ...period, customer: 'adatum', statuses: ['failed'], operationTypes: ['create_order', 'update_order'] };
    render(<FilterForm text={appText('en')} lang="en" query={q} onApply={onApply} now={NOW} />);
    const chips = within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button');
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Remove filter: Customer adatum',
      'Remove filter: Action created an order',
      'Remove filter: Action updated an order',
      'Remove filter: Status Failed',
    ]);
    fireEvent.click(chips[1]!);
    expect(onApply).toHaveBeenLastCalledWith({ ...period, customer: 'adatum', statuses: ['failed'], operationTypes: ['update_order'] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onApply).toHaveBeenLastCalledWith(period);
  });

  it('offers the known actions while typing, in the user’s language, and statuses in words', () => {
    render(<FilterForm text={appText('it')} lang="it" query={period} onApply={() => undefined} now={NOW} />);
    const action = screen.getByRole('combobox', { name: 'Azione' }) as HTMLInputElement;
    const choices = document.getElementById(action.getAttribute('list')!)!;
    expect([...choices.querySelectorAll('option')].map((o) => o.value)).toContain('ha creato un ordine');
    const status = screen.getByRole('combobox', { name: 'Stato' });
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Qualsiasi stato', 'Riuscita', 'Non riuscita', 'In corso', 'Rifiutata']);
  });

  it('on a narrow screen folds the fields behind a Filters button that counts the active ones; Esc and Done fold them back', () => {
    const q: ActivityQuery = { ...period, text: 'words', customer: 'adatum', statuses: ['failed'] };
    render(<FilterForm text={appText('en')} lang="en" query={q} onApply={() => undefined} now={NOW} />);
    // The header's search is not one of the bar's fields: two active here.
    const toggle = screen.getByRole('button', { name: 'Filters (2 active)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const fields = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(fields.getAttribute('role')).toBe('group');
    expect(within(fields).getByRole('textbox', { name: 'Customer' })).toBeTruthy();
    expect(within(fields).getByLabelText('From')).toBeTruthy();
    // The period stays out, beside the button.
    expect(fields.contains(screen.getByRole('combobox', { name: 'Period' }))).toBe(false);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('form', { name: 'Filters' }).classList.contains('open')).toBe(true);
    const customer = within(fields).getByRole('textbox', { name: 'Customer' });
    customer.focus();
    fireEvent.keyDown(customer, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    fireEvent.click(toggle);
    fireEvent.click(within(fields).getByRole('button', { name: 'Done' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('opens the fields when Custom is chosen, so From / to are there to set', () => {
    render(<FilterForm text={appText('en')} lang="en" query={{ from: '2026-11-24', to: '2026-11-30' }} onApply={() => undefined} now={NOW} />);
    const toggle = screen.getByRole('button', { name: 'Filters' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'custom' } });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });
});
