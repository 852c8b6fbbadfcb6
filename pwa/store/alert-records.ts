// Finds the archive's records that the alert rules (core/archive/alert-rules.ts) match, without reading the whole
// archive: each rule's candidates are one plain query (its operation types, and for failed orders the status),
// the store narrows the read to them, and the rule's own predicate decides. Runs in the alerts worker.
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { ALERT_RULES, type AlertRuleId } from '../../core/archive/alert-rules';
import type { ActivityDb } from './activity-db';
import { scanRecords } from './record-scan';
import { storeQueryFor } from './store-query';

/** Newest matches kept per rule for the list (the count is always exact). */
export const SHOWN_ALERT_RECORDS = 100;

export interface RuleMatches {
  ruleId: AlertRuleId;
  /** How many records in the archive the rule matches. */
  total: number;
  /** The newest of them, newest first, at most `limit`. */
  records: ActivityRecord[];
}

/**
 * The records that can match each rule, as a query: every record a rule matches matches its query (a test
 * checks it on the sample), so the store may skip everything else.
 */
export const ALERT_CANDIDATES: Record<AlertRuleId, ActivityQuery & { operationTypes: string[] }> = {
  'gdap-ended': {
    operationTypes: ['granular_admin_relationship_terminated', 'granular_admin_relationship_expired', 'granular_admin_relationship_termination_requested'],
  },
  'dap-terminated-by-microsoft': { operationTypes: ['dap_admin_relationship_terminated_by_microsoft'] },
  'azure-fraud': { operationTypes: ['azure_fraud_event_detected'] },
  'customer-removed': { operationTypes: ['delete_customer', 'remove_partner_customer_relationship'] },
  'order-failed': { operationTypes: ['create_order', 'update_order'], statuses: ['failed'] },
  'new-partner-user': { operationTypes: ['create_partner_user'] },
};

/** Every record of the archive matching `query`, in chunks. */
async function scanCandidates(db: ActivityDb, query: ActivityQuery & { operationTypes: string[] }, onChunk: (records: readonly ActivityRecord[]) => void): Promise<void> {
  // The block summaries know their operation types: the store reads only blocks that hold a candidate.
  await scanRecords(db, storeQueryFor(query), onChunk);
}

const newestFirst = (a: ActivityRecord, b: ActivityRecord): number =>
  a.operationDate < b.operationDate ? 1 : a.operationDate > b.operationDate ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

/** For each enabled rule, in ALERT_RULES order: how many records match and the newest `limit` of them. */
export async function findAlertRecords(db: ActivityDb, enabled: ReadonlySet<AlertRuleId>, limit = SHOWN_ALERT_RECORDS): Promise<RuleMatches[]> {
  const out: RuleMatches[] = [];
  for (const rule of ALERT_RULES) {
    if (!enabled.has(rule.id)) continue;
    const matched: ActivityRecord[] = [];
    await scanCandidates(db, ALERT_CANDIDATES[rule.id], (chunk) => {
      for (const r of chunk) if (rule.matches(r)) matched.push(r);
    });
    matched.sort(newestFirst);
    out.push({ ruleId: rule.id, total: matched.length, records: matched.slice(0, limit) });
  }
  return out;
}
