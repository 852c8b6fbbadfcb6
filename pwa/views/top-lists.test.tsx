import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { TopLists } from './top-lists';
import { appText } from '../app-text';
import type { ActivityStats } from '../store/view-summary';

afterEach(cleanup);

const stats: ActivityStats = {
  perDay: [],
  topCustomers: [
    { name: '', customerId: '', count: 361 },
    { name: 'Fabrikam Textiles AB', customerId: 'c-1', count: 49 },
  ],
  topActions: [{ operationType: 'create_order', resourceType: 'order', actionText: '', count: 12 }],
};

describe('top customers and actions', () => {
  it('names the partner’s own account for records without a customer, and narrows to a customer on click', () => {
    const onCustomer = vi.fn();
    render(<TopLists text={appText('en')} lang="en" stats={stats} onCustomer={onCustomer} />);
    const customers = within(screen.getByRole('region', { name: 'Top customers' })).getAllByRole('listitem');
    expect(customers.map((li) => li.textContent)).toEqual(['Partner account (no customer) (361)', 'Fabrikam Textiles AB (49)']);
    fireEvent.click(screen.getByRole('button', { name: 'Fabrikam Textiles AB' }));
    expect(onCustomer).toHaveBeenCalledWith('c-1');
    expect(within(screen.getByRole('region', { name: 'Top actions' })).getByText('created an order (12)')).toBeTruthy();
  });

  it('speaks Italian', () => {
    render(<TopLists text={appText('it')} lang="it" stats={stats} onCustomer={() => undefined} />);
    expect(screen.getByText('Account del partner (nessun cliente)')).toBeTruthy();
  });
});
