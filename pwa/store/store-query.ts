// Turns the core query (what the user asked, as in the URL) into what the store runs: the period (UTC instants),
// the core predicate for the truth of every filter, and the query itself so block summaries can skip blocks that
// cannot match, so filtering means the same everywhere.
import { compileQuery, type ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';

/** What the store needs from a query. */
export interface StoreQuery {
  /** UTC ISO instants, from inclusive, to exclusive ('' and '\uffff' for an open end). */
  from: string;
  to: string;
  /** Exact customer id. */
  customerId?: string;
  /** Everything else (text search, action, user, status…); absent = all match. */
  matches?: (record: ActivityRecord) => boolean;
  /** The query `matches` was compiled from: lets block summaries skip blocks (never changes the answer). */
  filter?: ActivityQuery;
}

export function storeQueryFor(query: ActivityQuery): StoreQuery {
  const from = query.from ? `${query.from}T00:00:00.000Z` : '';
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000).toISOString() : '\uffff';
  return { from, to, customerId: query.customerId || undefined, matches: compileQuery(query), filter: query };
}
