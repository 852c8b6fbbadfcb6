// One contract for "where records come from": the side panel, the toolbar export, the extension's sync and its
// bridge to the app, and the app itself ask an ActivitySource for the pages of a period, whatever stands behind it
// (Partner Center, the sample server, or the extension seen from the app). Pure: implementations take `fetch` and
// a token provider, so each surface plugs in its own platform and every one fetches the same way.
import type { ActivityQuery } from '../asking/activity-query';
import { compileQuery, serverFilterFor } from '../asking/activity-query';
import { fetchAuditRecords, type FetchAuditRecordsOptions, type FetchedPage, type FetchFilter, type FetchProgress } from './partner-center-client';
import { SAMPLE_SERVER_TOKEN } from './sample-server-address';

export interface ActivityRequest {
  /** yyyy-MM-dd, inclusive, UTC. */
  from: string;
  to: string;
  /** Sent to Partner Center as its one filter condition where possible; the rest is applied to what arrives. */
  query?: ActivityQuery;
  signal?: AbortSignal;
  onProgress?: (p: FetchProgress) => void;
}

export interface ActivitySource {
  /** True when the records are generated sample data, which every surface must say. */
  readonly isSample: boolean;
  /** The period's records, page by page, each record once; rejects with a value that has a `kind` and a `message`. */
  pages(request: ActivityRequest): AsyncGenerator<FetchedPage>;
}

/** Gives a bearer token; asked again with forceRefresh when the API says the last one expired. */
export type TokenProvider = (o: { forceRefresh: boolean }) => Promise<string>;

/** The client's knobs a test or a bench may turn (timers, randomness, page size); surfaces leave them alone. */
export type FetchTuning = Pick<FetchAuditRecordsOptions, 'now' | 'pageSize' | 'parallel' | 'sleep' | 'random' | 'maxRetries' | 'newGuid'>;

export interface HttpActivitySourceOptions {
  /** The API's origin, e.g. https://api.partnercenter.microsoft.com or the sample server's address. */
  baseUrl: string;
  fetch: typeof fetch;
  tuning?: FetchTuning;
}

/** The client's filter for a query: none when the query narrows nothing, so the fetch stays unfiltered (coverage). */
export function fetchFilterFor(query: ActivityQuery | undefined): FetchFilter | undefined {
  if (!query) return undefined;
  const narrowed = query.customerId || query.customer || query.resourceTypes?.length || query.statuses?.length || query.text;
  return narrowed ? { server: serverFilterFor(query), matches: compileQuery(query) } : undefined;
}

function httpSource(isSample: boolean, options: HttpActivitySourceOptions, getToken: TokenProvider): ActivitySource {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    isSample,
    pages(request) {
      return fetchAuditRecords({
        ...options.tuning,
        baseUrl,
        fetch: options.fetch,
        getToken,
        from: request.from,
        to: request.to,
        filter: fetchFilterFor(request.query),
        signal: request.signal,
        onProgress: request.onProgress,
      });
    },
  };
}

/** Partner Center's audit-record API, signed in through `getToken` (the extension's Entra sign-in). */
export function partnerCenterActivitySource(options: HttpActivitySourceOptions & { getToken: TokenProvider }): ActivitySource {
  return httpSource(false, options, options.getToken);
}

/** The sample Partner Center server (`sample-server/`): the same API with generated records and no sign-in. */
export function sampleServerActivitySource(options: HttpActivitySourceOptions): ActivitySource {
  return httpSource(true, options, async () => SAMPLE_SERVER_TOKEN);
}
