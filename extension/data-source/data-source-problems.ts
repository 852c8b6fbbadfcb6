// Why data source settings cannot be used yet, per field, so the options page can show each message beside
// its field and the sign-in code can refuse early with the same words.
import { DEFAULT_SAMPLE_SERVER_URL } from '../../core/partner-center/sample-server-address';
import { langFromLocale, type Lang } from '../../core/words/locale';
import type { DataSourceSettings } from './data-source-settings';

export type DataSourceField = 'sampleUrl' | 'tenant' | 'clientId';
export type DataSourceProblemKind = 'bad-url' | 'empty-tenant' | 'bad-tenant' | 'empty-client-id' | 'bad-client-id';

export interface DataSourceProblem {
  field: DataSourceField;
  kind: DataSourceProblemKind;
  message: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A tenant id (GUID), a verified domain such as contoso.onmicrosoft.com, or 'organizations'/'common'. */
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*$/i;

const MESSAGES: Record<Lang, Record<DataSourceProblemKind, string>> = {
  en: {
    'bad-url': `Enter the sample server address as a web address, for example ${DEFAULT_SAMPLE_SERVER_URL}.`,
    'empty-tenant': 'Enter your tenant ID or domain, or "organizations" to sign in with any work account.',
    'bad-tenant': 'The tenant must be a tenant ID (GUID), a domain such as contoso.onmicrosoft.com, or "organizations".',
    'empty-client-id': 'Enter the application (client) ID of your app registration.',
    'bad-client-id':
      'The client ID must be the application (client) ID GUID from your app registration, for example 00000000-0000-0000-0000-000000000000.',
  },
  it: {
    'bad-url': `Inserisci l'indirizzo del server di esempio come indirizzo web, ad esempio ${DEFAULT_SAMPLE_SERVER_URL}.`,
    'empty-tenant': 'Inserisci l\'ID o il dominio del tenant, oppure "organizations" per accedere con qualsiasi account aziendale.',
    'bad-tenant':
      'Il tenant deve essere un ID tenant (GUID), un dominio come contoso.onmicrosoft.com oppure "organizations".',
    'empty-client-id': "Inserisci l'ID applicazione (client) della registrazione dell'app.",
    'bad-client-id':
      "L'ID client deve essere il GUID dell'ID applicazione (client) della registrazione dell'app, ad esempio 00000000-0000-0000-0000-000000000000.",
  },
};

export function dataSourceProblems(s: DataSourceSettings, lang: Lang): DataSourceProblem[] {
  const problems: DataSourceProblem[] = [];
  const add = (field: DataSourceField, kind: DataSourceProblemKind) =>
    problems.push({ field, kind, message: MESSAGES[lang][kind] });
  if (s.kind === 'sample') {
    if (!isHttpUrl(s.sampleUrl.trim())) add('sampleUrl', 'bad-url');
    return problems;
  }
  const tenant = s.tenant.trim();
  if (!tenant) add('tenant', 'empty-tenant');
  else if (!TENANT.test(tenant)) add('tenant', 'bad-tenant');
  const clientId = s.clientId.trim();
  if (!clientId) add('clientId', 'empty-client-id');
  else if (!GUID.test(clientId)) add('clientId', 'bad-client-id');
  return problems;
}

/** User-facing problems, one sentence each; empty when the settings can be used. */
export function validateDataSourceSettings(s: DataSourceSettings, lang: Lang = uiLang()): string[] {
  return dataSourceProblems(s, lang).map((p) => p.message);
}

function uiLang(): Lang {
  return langFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
