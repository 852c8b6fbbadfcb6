import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppPairingSection } from './app-pairing-section';
import { loadPairedApps, noteRefusedConnection, pairApp } from '../app-pairing/paired-apps';
import { parseAppAddress } from '../app-pairing/app-address';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options: the Activity Lens app and who may reach the extension', () => {
  it('a new user sees the loopback address of npm start and no paired app', async () => {
    render(<AppPairingSection lang="en" openApp={async () => undefined} />);
    await waitFor(() => expect(screen.getByLabelText('App address')).toHaveProperty('value', 'http://127.0.0.1:4173/'));
    expect(screen.getByText(/No app is paired yet/)).toBeTruthy();
  });

  it('refuses a plain-http address on the network, saves an HTTPS sub-path as a folder, and pairs it on "Open and pair"', async () => {
    const opened: string[] = [];
    render(<AppPairingSection lang="en" openApp={async (url) => void opened.push(url)} />);
    const field = await screen.findByLabelText('App address');
    fireEvent.input(field, { target: { value: 'http://contoso.example/lens/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/must be served over HTTPS/)).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('activityLensAppUrl')).activityLensAppUrl).toBeUndefined();

    fireEvent.input(field, { target: { value: 'https://contoso.github.io/activity-lens' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open and pair the app' }));
    await waitFor(() => expect(opened).toEqual(['https://contoso.github.io/activity-lens/']));
    expect((await fakeBrowser.storage.local.get('activityLensAppUrl')).activityLensAppUrl).toBe('https://contoso.github.io/activity-lens/');
  });

  it('lists paired apps with Revoke, and refused pages with Pair', async () => {
    await pairApp('https://contoso.github.io', Date.UTC(2026, 10, 1));
    await noteRefusedConnection('http://127.0.0.1:5555', Date.UTC(2026, 10, 2));
    await noteRefusedConnection('http://127.0.0.1:5555', Date.UTC(2026, 10, 3));
    render(<AppPairingSection lang="en" openApp={async () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke https://contoso.github.io' }));
    await waitFor(async () => expect(await loadPairedApps()).toEqual([]));
    expect(await screen.findByText(/can no longer reach the extension/)).toBeTruthy();
    expect(screen.getByText(/2 times/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pair http://127.0.0.1:5555' }));
    await waitFor(async () => expect((await loadPairedApps()).map((a) => a.origin)).toEqual(['http://127.0.0.1:5555']));
    // Paired: no longer listed as refused.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Pair http://127.0.0.1:5555' })).toBeNull());
  });
});

describe('the app address', () => {
  it('accepts any HTTPS origin and loopback http, keeps the path as a folder, refuses the rest with a reason', () => {
    expect(parseAppAddress('https://lens.contoso.com')).toEqual({ url: 'https://lens.contoso.com/' });
    expect(parseAppAddress(' https://contoso.github.io/repo ')).toEqual({ url: 'https://contoso.github.io/repo/' });
    expect(parseAppAddress('https://contoso.github.io/repo/index.html')).toEqual({ url: 'https://contoso.github.io/repo/' });
    expect(parseAppAddress('http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/' });
    const kind = (text: string) => ('problem' in parseAppAddress(text) ? (parseAppAddress(text) as { problem: { kind: string } }).problem.kind : 'ok');
    expect(kind('http://192.168.1.10/')).toBe('not-https');
    expect(kind('ftp://x.example/')).toBe('not-a-url');
    expect(kind('contoso.github.io')).toBe('not-a-url');
    expect(kind('https://u:p@x.example/')).toBe('has-credentials');
    expect(kind('https://x.example/?bridge=1')).toBe('has-query');
  });
});
