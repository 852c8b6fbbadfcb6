import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from './options-page';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const REDIRECT_URI = 'https://lensextensionid.chromiumapp.org/';

async function storedSettings(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('dataSourceSettings')).dataSourceSettings;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.identity.getRedirectURL = () => REDIRECT_URI;
});
afterEach(cleanup);

describe('options: choosing where the activity log comes from', () => {
  it('a new user sees the sample server chosen, at its default address', async () => {
    render(<OptionsPage lang="en" />);
    expect(await screen.findByLabelText('Sample server')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Sample server address')).toHaveProperty('value', 'http://127.0.0.1:7171');
  });

  it('a client ID that is not a GUID is named beside its field, the field is marked invalid and focused, nothing is saved', async () => {
    render(<OptionsPage lang="en" />);
    fireEvent.click(await screen.findByLabelText('Partner Center'));
    type('Application (client) ID', 'my-app-name');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const field = screen.getByLabelText('Application (client) ID');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = field.getAttribute('aria-describedby')!.split(' ');
    const message = document.getElementById(describedBy[0])!;
    expect(message.textContent).toMatch(/client ID must be the application \(client\) ID GUID/);
    expect(document.activeElement).toBe(field);
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toContain('fix the field marked below');
    expect(screen.getByLabelText('Tenant').getAttribute('aria-invalid')).toBeNull();
    expect(await storedSettings()).toBeUndefined();
  });

  it('an emptied tenant and client ID get a message each; fixing them saves and says so in the live region', async () => {
    render(<OptionsPage lang="en" />);
    fireEvent.click(await screen.findByLabelText('Partner Center'));
    type('Tenant', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Tenant').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Application (client) ID').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Tenant'));

    type('Tenant', 'contoso.onmicrosoft.com');
    await waitFor(() => expect(screen.getByLabelText('Tenant').getAttribute('aria-invalid')).toBeNull());
    type('Application (client) ID', '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b');
    fireEvent.click(screen.getByLabelText(/US Government/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(async () =>
      expect(await storedSettings()).toEqual({
        kind: 'partner-center',
        cloud: 'usgov',
        tenant: 'contoso.onmicrosoft.com',
        clientId: '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b',
      }),
    );
    await waitFor(() => {
      const live = screen.getAllByRole('status').find((s) => s.textContent === 'Settings saved.');
      expect(live?.getAttribute('aria-live')).toBe('polite');
    });
  });

  it('once Partner Center is saved, the sign-in state and the redirect URI to register appear', async () => {
    render(<OptionsPage lang="en" />);
    fireEvent.click(await screen.findByLabelText('Partner Center'));
    type('Application (client) ID', '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('sign-in-state').textContent).toContain('Not signed in'));
    const uri = screen.getByLabelText('Redirect URI for this browser') as HTMLInputElement;
    expect(uri.value).toBe(REDIRECT_URI);
    expect(uri.readOnly).toBe(true);
  });

  it('a bad sample server address is refused in Italian for an Italian browser', async () => {
    render(<OptionsPage lang="it" />);
    await screen.findByLabelText('Indirizzo del server di esempio');
    type('Indirizzo del server di esempio', 'localhost senza schema');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const field = screen.getByLabelText('Indirizzo del server di esempio');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).toMatch(/indirizzo web/);
    expect(await storedSettings()).toBeUndefined();
  });
});
