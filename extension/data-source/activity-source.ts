// Where the extension's records come from: the data-source settings plus a token become fetchAuditRecords calls.
// The side panel, the toolbar export and the app bridge all fetch through here, so a sign-in change is one file.
import type { ActivityQuery } from '../../core/asking/activity-query';
import { compileQuery, serverFilterFor } from '../../core/asking/activity-query';
import { fetchAuditRecords, type FetchedPage, type FetchProgress } from '../../core/partner-center/partner-center-client';
import { PartnerCenterError } from '../../core/partner-center/partner-center-error';
import { apiBaseUrlFor, loadDataSourceSettings, type DataSourceSettings } from './data-source-settings';

export type { DataSourceSettings };

export interface ActivityRequest {
  from: string;
  to: string;
  /** Sent to Partner Center as its one filter condition where possible, the rest is applied here. */
  query?: ActivityQuery;
  signal?: AbortSignal;
  onProgress?: (p: FetchProgress) => void;
}

export interface ActivitySource {
  readonly settings: DataSourceSettings;
  /** True when the records are generated sample data, which every surface must say. */
  readonly isSample: boolean;
  pages(request: ActivityRequest): AsyncGenerator<FetchedPage>;
}

export function activitySourceFor(
  settings: DataSourceSettings,
  deps: { fetch?: typeof fetch; getToken?: (o: { forceRefresh: boolean }) => Promise<string> } = {},
): ActivitySource {
  const isSample = settings.kind === 'sample';
  // The sample server takes any token; the sign-in code (oauth4webapi) loads only when Partner Center is the source,
  // which keeps it out of the side panel's first load.
  const getToken =
    deps.getToken ?? (isSample ? async () => 'sample' : async (o: { forceRefresh: boolean }) => (await import('../auth')).getAccessToken(o));
  return {
    settings,
    isSample,
    pages(request) {
      const query = request.query;
      const narrowed = query && (query.customerId || query.customer || query.resourceTypes?.length || query.statuses?.length || query.text);
      return fetchAuditRecords({
        baseUrl: apiBaseUrlFor(settings),
        // Called unbound: the browser's fetch throws "Illegal invocation" when called as a method of another object.
        fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        getToken,
        from: request.from,
        to: request.to,
        filter: query && narrowed ? { server: serverFilterFor(query), matches: compileQuery(query) } : undefined,
        signal: request.signal,
        onProgress: request.onProgress,
      });
    },
  };
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
