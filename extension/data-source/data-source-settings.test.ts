import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  apiBaseUrlFor,
  authorityFor,
  DEFAULT_SAMPLE_URL,
  loadDataSourceSettings,
  saveDataSourceSettings,
  US_GOV_API_BASE_URL,
  validateDataSourceSettings,
  watchDataSourceSettings,
  type DataSourceSettings,
} from './data-source-settings';
import { dataSourceProblems } from './data-source-problems';

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

describe('settings problems the user sees', () => {
  const guid = fc.uuid();

  it('any application (client) ID GUID is accepted, in either case', () => {
    fc.assert(
      fc.property(guid, fc.boolean(), (id, upper) => {
        expect(validateDataSourceSettings(partner({ clientId: upper ? id.toUpperCase() : id }), 'en')).toEqual([]);
      }),
    );
  });

  it('a client ID that is not a GUID is named as the client ID problem', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/^[0-9a-f-]{36}$/i.test(s.trim())), (id) => {
        const problems = dataSourceProblems(partner({ clientId: id }), 'en');
        expect(problems.map((p) => [p.field, p.kind])).toEqual([['clientId', 'bad-client-id']]);
      }),
    );
  });

  it('an empty tenant and client ID get one message each, in Italian too', () => {
    const problems = dataSourceProblems(partner({ tenant: ' ', clientId: '' }), 'it');
    expect(problems.map((p) => p.field)).toEqual(['tenant', 'clientId']);
    expect(problems[0].message).toContain('organizations');
    expect(problems[1].message).toContain('ID applicazione');
  });

  it('accepts a tenant GUID or domain and refuses a pasted URL', () => {
    expect(validateDataSourceSettings(partner({ tenant: 'fabrikam.com' }), 'en')).toEqual([]);
    expect(validateDataSourceSettings(partner({ tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47' }), 'en')).toEqual([]);
    expect(dataSourceProblems(partner({ tenant: 'https://login.microsoftonline.com/fabrikam.com' }), 'en')[0].kind).toBe('bad-tenant');
  });

  it('a sample server address must be an http(s) web address', () => {
    expect(validateDataSourceSettings({ kind: 'sample', sampleUrl: 'http://127.0.0.1:7171' }, 'en')).toEqual([]);
    for (const bad of ['', '127.0.0.1:7171', 'ftp://127.0.0.1', 'not a url']) {
      expect(dataSourceProblems({ kind: 'sample', sampleUrl: bad }, 'en').map((p) => p.field)).toEqual(['sampleUrl']);
    }
  });
});
