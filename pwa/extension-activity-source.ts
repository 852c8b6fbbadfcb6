// The extension, seen from the app, as core's ActivitySource: it holds the Partner Center sign-in, so the app asks
// it for a period over the bridge (extension-bridge.ts) instead of calling Partner Center itself. Whatever fetches
// for the app sees the same contract as the side panel does.
import { compileQuery } from '../core/asking/activity-query';
import { fetchFilterFor, type ActivityRequest, type ActivitySource } from '../core/partner-center/activity-source';
import type { FetchedPage } from '../core/partner-center/partner-center-client';
import { bridgeAnswers, type BridgeAnswer } from './extension-bridge';

/** How the extension's bridge server marks records from its sample source (extension/background/app-bridge-server.ts). */
const SAMPLE_LABEL_MARK = '(sample data)';

export interface ExtensionActivitySource extends ActivitySource {
  /** The extension's label for the last answer ("Partner Center 2026-11-01 – 2026-11-30"). */
  readonly label: string | undefined;
}

/**
 * Fetches through the extension paired at `bridgeOrigin`. The extension sends the one condition it can (the customer
 * id); the rest of the query is applied here. Whether it is sample data is known once the extension has answered.
 */
export function extensionActivitySource(
  bridgeOrigin: string,
  answers: (origin: string, request: Parameters<typeof bridgeAnswers>[1], signal?: AbortSignal) => AsyncIterable<BridgeAnswer> = bridgeAnswers,
): ExtensionActivitySource {
  let label: string | undefined;
  return {
    get isSample() {
      return label?.endsWith(SAMPLE_LABEL_MARK) ?? false;
    },
    get label() {
      return label;
    },
    async *pages(request: ActivityRequest): AsyncGenerator<FetchedPage> {
      const query = request.query;
      const keep = fetchFilterFor(query) && query ? compileQuery({ ...query, from: undefined, to: undefined }) : undefined;
      const customerId = query?.customerId?.trim() || undefined;
      let records = 0;
      request.onProgress?.({ chunksDone: 0, chunks: 1, records });
      for await (const answer of answers(bridgeOrigin, { type: 'fetch/start', from: request.from, to: request.to, ...(customerId ? { customerId } : {}) }, request.signal)) {
        label = answer.label;
        const kept = keep ? answer.records.filter(keep) : answer.records;
        records += kept.length;
        request.onProgress?.({ chunksDone: 0, chunks: 1, records, totalCount: answer.progress?.total });
        yield { records: kept, chunk: 1, chunks: 1 };
      }
      request.onProgress?.({ chunksDone: 1, chunks: 1, records });
    },
  };
}
