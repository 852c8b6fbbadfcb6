import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  apiBaseUrlFor,
  authorityFor,
  DEFAULT_SAMPLE_URL,
  loadDataSourceSettings,
  saveDataSourceSettings,
  US_GOV_API_BASE_URL,
  watchDataSourceSettings,
  type DataSourceSettings,
} from './data-source-settings';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const partner = (over: Partial<Extract<DataSourceSettings, { kind: 'partner-center' }>> = {}): DataSourceSettings => ({
  kind: 'partner-center',
  cloud: 'global',
  tenant: 'organizations',
  clientId: '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b',
  ...over,
});

describe('data source settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a fresh install reads from the sample server, so a new user sees data at once', async () => {
    expect(await loadDataSourceSettings()).toEqual({ kind: 'sample', sampleUrl: DEFAULT_SAMPLE_URL });
  });

  it('keeps a Partner Center choice in storage.local and reads it back trimmed', async () => {
    await saveDataSourceSettings(partner({ tenant: ' contoso.onmicrosoft.com ', cloud: 'usgov' }));
    expect(await loadDataSourceSettings()).toEqual(partner({ tenant: 'contoso.onmicrosoft.com', cloud: 'usgov' }));
    expect(Object.keys(await fakeBrowser.storage.local.get())).toEqual(['dataSourceSettings']);
  });

  it('falls back to the sample server when what is stored is damaged', async () => {
    await fakeBrowser.storage.local.set({ dataSourceSettings: { kind: 'something-else' } });
    expect((await loadDataSourceSettings()).kind).toBe('sample');
  });

  it('tells other pages when the settings change', async () => {
    const seen: DataSourceSettings[] = [];
    const stop = watchDataSourceSettings((s) => seen.push(s));
    await saveDataSourceSettings(partner());
    stop();
    await saveDataSourceSettings({ kind: 'sample', sampleUrl: 'http://127.0.0.1:9000' });
    expect(seen).toEqual([partner()]);
  });
});

describe('where requests go', () => {
  it('the sample server is called at its own address, without a trailing slash', () => {
    expect(apiBaseUrlFor({ kind: 'sample', sampleUrl: 'http://127.0.0.1:7171/' })).toBe('http://127.0.0.1:7171');
  });

  it('the global cloud signs in at login.microsoftonline.com and calls api.partnercenter.microsoft.com', () => {
    expect(authorityFor(partner({ tenant: 'contoso.onmicrosoft.com' }))).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(apiBaseUrlFor(partner())).toBe('https://api.partnercenter.microsoft.com');
  });

  it('the US Government cloud signs in at login.microsoftonline.us', () => {
    expect(authorityFor(partner({ cloud: 'usgov' }))).toBe('https://login.microsoftonline.us/organizations');
    expect(apiBaseUrlFor(partner({ cloud: 'usgov' }))).toBe('https://api.partnercenter.microsoft.com');
    expect(US_GOV_API_BASE_URL).toBe('https://api.partnercenter.microsoft.com');
  });

  it('a test authority override is honoured on loopback only, never for another host', () => {
    expect(authorityFor(partner({ authorityOverride: 'http://127.0.0.1:5555/organizations/' }))).toBe('http://127.0.0.1:5555/organizations');
    expect(authorityFor(partner({ authorityOverride: 'https://login.evil.example/organizations' }))).toBe(
      'https://login.microsoftonline.com/organizations',
    );
  });
});
