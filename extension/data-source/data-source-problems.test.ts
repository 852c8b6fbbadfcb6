import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataSourceProblems, validateDataSourceSettings } from './data-source-problems';
import type { DataSourceSettings } from './data-source-settings';

const partner = (over: Partial<Extract<DataSourceSettings, { kind: 'partner-center' }>> = {}): DataSourceSettings => ({
  kind: 'partner-center',
  cloud: 'global',
  tenant: 'organizations',
  clientId: '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b',
  ...over,
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

describe('the data-source room', () => {
  it('has no import circle: settings, problems, the activity source and sync settings import one way only', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { dirname, join, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const room = dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(room).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const imports = new Map<string, string[]>();
    for (const f of files) {
      const text = readFileSync(join(room, f), 'utf8');
      const targets = [...text.matchAll(/(?:from|import\()\s*['"](\.\/[^'"]+)['"]/g)].map((m) => resolve(room, m[1]!) + '.ts');
      imports.set(join(room, f), targets.filter((t) => files.includes(t.slice(room.length + 1))));
    }
    const circle = (start: string): string[] | undefined => {
      const walk = (at: string, path: string[]): string[] | undefined => {
        for (const next of imports.get(at) ?? []) {
          if (next === start) return [...path, next];
          if (!path.includes(next)) {
            const found = walk(next, [...path, next]);
            if (found) return found;
          }
        }
        return undefined;
      };
      return walk(start, [start]);
    };
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of imports.keys()) expect(circle(f)?.map((p) => p.slice(room.length + 1)), f).toBeUndefined();
  });
});
