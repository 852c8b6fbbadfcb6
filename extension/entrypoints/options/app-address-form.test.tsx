import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppAddressForm } from './app-address-form';
import { appUrlFromStored, loadAppUrl } from '../../settings/app-address';
import { ACTIVITY_LENS_APP_URL } from '../../app-link';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options: where the Activity Lens app is', () => {
  it('shows the usual address until another is saved, then opens the app there', async () => {
    render(<AppAddressForm lang="en" />);
    const field = await screen.findByLabelText('App address');
    await waitFor(() => expect(field).toHaveProperty('value', ACTIVITY_LENS_APP_URL));
    fireEvent.input(field, { target: { value: ' http://127.0.0.1:4183/ ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save app address' }));
    await screen.findByText('Settings saved.');
    expect(await loadAppUrl()).toBe('http://127.0.0.1:4183');
  });

  it('refuses an address the app bridge would refuse, beside the field, in Italian too', async () => {
    render(<AppAddressForm lang="it" />);
    const field = await screen.findByLabelText("Indirizzo dell'app");
    fireEvent.input(field, { target: { value: 'https://example.com' } });
    fireEvent.click(screen.getByRole('button', { name: "Salva l'indirizzo dell'app" }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/Inserisci l'indirizzo dell'app su questo computer/)).toBeTruthy();
    expect(await loadAppUrl()).toBe(ACTIVITY_LENS_APP_URL);
  });

  it('falls back to the usual address for anything stored that is not an allowed app address', () => {
    for (const stored of [undefined, 42, '', 'not a url', 'https://evil.example', 'file:///etc']) expect(appUrlFromStored(stored)).toBe(ACTIVITY_LENS_APP_URL);
    expect(appUrlFromStored('http://localhost:5000/x')).toBe('http://localhost:5000');
  });
});
