// Finds the archive's records that the alert rules (core/alert-rules.ts) match, without reading the whole
// archive: every rule names its operation types (or, for failed orders, a status), so an index narrows the
// read to the few candidates and the rule's own predicate decides. Runs in the alerts worker.
import { ALERT_RULES, type AlertRuleId } from '../../core/alert-rules';
import type { ActivityDb, StoredRecord } from './activity-db';
import type { Collection } from 'dexie';

/** Newest matches kept per rule for the list (the count is always exact). */
export const SHOWN_ALERT_RECORDS = 100;

export interface RuleMatches {
  ruleId: AlertRuleId;
  /** How many records in the archive the rule matches. */
  total: number;
  /** The newest of them, newest first, at most `limit`. */
  records: StoredRecord[];
}

/**
 * Which index rows can hold a rule's matches. Kept beside the rules' definitions in spirit: a rule added to
 * ALERT_RULES without a line here is scanned in full (correct, only slower), and a test checks every rule has one.
 */
export const ALERT_CANDIDATES: Record<AlertRuleId, { index: 'operationType' | 'operationStatus'; values: string[] }> = {
  'gdap-ended': {
    index: 'operationType',
    values: ['granular_admin_relationship_terminated', 'granular_admin_relationship_expired', 'granular_admin_relationship_termination_requested'],
  },
  'dap-terminated-by-microsoft': { index: 'operationType', values: ['dap_admin_relationship_terminated_by_microsoft'] },
  'azure-fraud': { index: 'operationType', values: ['azure_fraud_event_detected'] },
  'customer-removed': { index: 'operationType', values: ['delete_customer', 'remove_partner_customer_relationship'] },
  // Failed records are a few percent of the archive; orders are many more.
  'order-failed': { index: 'operationStatus', values: ['failed'] },
  'new-partner-user': { index: 'operationType', values: ['create_partner_user'] },
};

function candidates(db: ActivityDb, ruleId: AlertRuleId): Collection<StoredRecord, string> {
  const c = ALERT_CANDIDATES[ruleId];
  if (!c) return db.records.toCollection();
  return db.records.where(c.index).anyOfIgnoreCase(c.values);
}

const newestFirst = (a: StoredRecord, b: StoredRecord): number =>
  a.operationDate < b.operationDate ? 1 : a.operationDate > b.operationDate ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

/** For each enabled rule, in ALERT_RULES order: how many records match and the newest `limit` of them. */
export async function findAlertRecords(db: ActivityDb, enabled: ReadonlySet<AlertRuleId>, limit = SHOWN_ALERT_RECORDS): Promise<RuleMatches[]> {
  const out: RuleMatches[] = [];
  for (const rule of ALERT_RULES) {
    if (!enabled.has(rule.id)) continue;
    const matched = await candidates(db, rule.id).filter((r) => rule.matches(r)).toArray();
    matched.sort(newestFirst);
    out.push({ ruleId: rule.id, total: matched.length, records: matched.slice(0, limit) });
  }
  return out;
}
