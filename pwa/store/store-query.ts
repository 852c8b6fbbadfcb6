// Turns the core query (what the user asked, as in the URL) into what the store runs: the index range
// (period, customer id) and the core predicate for the rest, so filtering means the same everywhere.
import { compileQuery, type ActivityQuery } from '../../core/activity-query';
import type { StoreQuery } from './record-window';

export function storeQueryFor(query: ActivityQuery): StoreQuery {
  const from = query.from ? `${query.from}T00:00:00.000Z` : '';
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000).toISOString() : '\uffff';
  return { from, to, customerId: query.customerId || undefined, matches: compileQuery(query) };
}
