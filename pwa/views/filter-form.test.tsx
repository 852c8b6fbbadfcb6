import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FilterForm } from './filter-form';
import { appText } from '../app-text';
import type { ActivityQuery } from '../../core/asking/activity-query';

afterEach(cleanup);

const period: ActivityQuery = { from: '2026-10-30', to: '2026-11-30' };

/** Action and Resource type offer choices while typing, so they are comboboxes. */
function type(label: string, value: string): void {
  fireEvent.input(screen.getByRole('combobox', { name: label }), { target: { value } });
}

describe('the filter form', () => {
  it('reads a word in Action as every action holding it, and shows what it found', () => {
    const onApply = vi.fn();
    const { rerender } = render(<FilterForm text={appText('en')} lang="en" query={period} onApply={onApply} />);
    type('Action', 'order');
    type('Resource type', 'Customer user');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const applied = onApply.mock.calls[0]![0] as ActivityQuery;
    expect(applied.operationTypes?.sort()).toEqual(['create_order', 'update_order']);
    expect(applied.resourceTypes).toEqual(['customer_user']);

    rerender(<FilterForm text={appText('en')} lang="en" query={applied} onApply={onApply} />);
    expect((screen.getByRole('combobox', { name: 'Action' }) as HTMLInputElement).value).toBe('created an order, updated an order');
    // Applying again what the form shows changes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect((onApply.mock.calls[1]![0] as ActivityQuery).operationTypes?.sort()).toEqual(['create_order', 'update_order']);
  });

  it('offers the known actions while typing, in the user’s language, and statuses in words', () => {
    render(<FilterForm text={appText('it')} lang="it" query={period} onApply={() => undefined} />);
    const action = screen.getByRole('combobox', { name: 'Azione' }) as HTMLInputElement;
    const choices = document.getElementById(action.getAttribute('list')!)!;
    expect([...choices.querySelectorAll('option')].map((o) => o.value)).toContain('ha creato un ordine');
    const status = screen.getByRole('combobox', { name: 'Stato' });
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Qualsiasi stato', 'Riuscita', 'Non riuscita', 'In corso', 'Rifiutata']);
  });
});
