// Where the extension's records come from: the data-source settings choose core's ActivitySource (the sample server
// or Partner Center) and give it the browser's fetch and the extension's sign-in. The side panel, the toolbar export,
// the background sync and the app bridge all open their source here, so a sign-in change is one file.
import {
  partnerCenterActivitySource,
  sampleServerActivitySource,
  type ActivitySource as CoreActivitySource,
  type TokenProvider,
} from '../../core/partner-center/activity-source';
import { PartnerCenterError } from '../../core/partner-center/partner-center-error';
import { apiBaseUrlFor, loadDataSourceSettings, type DataSourceSettings } from './data-source-settings';

export type { ActivityRequest } from '../../core/partner-center/activity-source';
export type { DataSourceSettings };

/** Core's contract, plus the settings it was opened from (the sync names the tenant from them). */
export interface ActivitySource extends CoreActivitySource {
  readonly settings: DataSourceSettings;
}

export function activitySourceFor(settings: DataSourceSettings, deps: { fetch?: typeof fetch; getToken?: TokenProvider } = {}): ActivitySource {
  // Called unbound: the browser's fetch throws "Illegal invocation" when called as a method of another object.
  const fetchFn: typeof fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = apiBaseUrlFor(settings);
  if (settings.kind === 'sample') return { settings, ...sampleServerActivitySource({ baseUrl, fetch: fetchFn }) };
  // The sign-in code (oauth4webapi) loads only when Partner Center is the source, which keeps it out of the side
  // panel's first load.
  const getToken: TokenProvider = deps.getToken ?? (async (o) => (await import('../auth')).getAccessToken(o));
  return { settings, ...partnerCenterActivitySource({ baseUrl, fetch: fetchFn, getToken }) };
}

export async function openActivitySource(): Promise<ActivitySource> {
  return activitySourceFor(await loadDataSourceSettings());
}

/** Why a fetch did not give records, as the UI designs for it. */
export type ActivityProblemKind = 'not-signed-in' | PartnerCenterError['kind'] | 'unknown';

export interface ActivityProblem {
  kind: ActivityProblemKind;
  /** The client's sentence (English) for kinds the UI has no localised words for. */
  message: string;
}

export function activityProblem(error: unknown): ActivityProblem {
  if (error instanceof PartnerCenterError) return { kind: error.kind, message: error.userMessage };
  const e = error as { kind?: unknown; name?: unknown; message?: unknown } | undefined;
  if (e?.kind === 'not-signed-in' || e?.name === 'NotSignedInError') {
    return { kind: 'not-signed-in', message: typeof e.message === 'string' ? e.message : 'Not signed in.' };
  }
  if (typeof e?.kind === 'string' && ['unauthorized', 'forbidden', 'bad-request', 'throttled', 'server', 'network', 'cancelled', 'protocol'].includes(e.kind)) {
    return { kind: e.kind as ActivityProblemKind, message: String(e.message ?? e.kind) };
  }
  if ((error as { name?: string })?.name === 'AbortError') return { kind: 'cancelled', message: 'Cancelled.' };
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
