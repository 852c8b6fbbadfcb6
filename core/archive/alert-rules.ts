// The events a partner must not miss in the activity log (a GDAP relationship ending, a fraud event, a customer
// gone…), as rules on single records: the extension notifies on them as records arrive, the app lists them.
import type { ActivityRecord } from '../record/activity-record';
import type { Lang } from '../words/locale';

export type AlertRuleId =
  | 'gdap-ended'
  | 'dap-terminated-by-microsoft'
  | 'azure-fraud'
  | 'customer-removed'
  | 'order-failed'
  | 'new-partner-user';

export interface AlertRule {
  id: AlertRuleId;
  /** On until the user turns it off. */
  defaultOn: boolean;
  matches(record: ActivityRecord): boolean;
}

/** Case-insensitive: records keep the API's snake_case, but a hand-made JSON may shout. */
function operationIn(types: readonly string[]): (record: ActivityRecord) => boolean {
  const set = new Set(types);
  return (record) => set.has(record.operationType.toLowerCase());
}

const GDAP_ENDED = operationIn([
  'granular_admin_relationship_terminated',
  'granular_admin_relationship_expired',
  'granular_admin_relationship_termination_requested',
]);
const DAP_BY_MICROSOFT = operationIn(['dap_admin_relationship_terminated_by_microsoft']);
const AZURE_FRAUD = operationIn(['azure_fraud_event_detected']);
const CUSTOMER_REMOVED = operationIn(['delete_customer', 'remove_partner_customer_relationship']);
const ORDER_OPERATION = operationIn(['create_order', 'update_order']);
const NEW_PARTNER_USER = operationIn(['create_partner_user']);

/**
 * Every rule, in the order the app lists them. All default on: each is rare on a healthy tenant and each asks
 * for action (a customer losing admin access, money at risk, someone new with partner rights).
 */
export const ALERT_RULES: readonly AlertRule[] = Object.freeze([
  { id: 'gdap-ended', defaultOn: true, matches: GDAP_ENDED },
  { id: 'dap-terminated-by-microsoft', defaultOn: true, matches: DAP_BY_MICROSOFT },
  { id: 'azure-fraud', defaultOn: true, matches: AZURE_FRAUD },
  { id: 'customer-removed', defaultOn: true, matches: CUSTOMER_REMOVED },
  {
    id: 'order-failed',
    defaultOn: true,
    // Orders of add-ons are orders too (resourceType third_party_add_on): the operation decides, not the resource.
    matches: (r) => ORDER_OPERATION(r) && r.operationStatus.toLowerCase() === 'failed',
  },
  { id: 'new-partner-user', defaultOn: true, matches: NEW_PARTNER_USER },
]);

const TEXT: Record<AlertRuleId, Record<Lang, { name: string; description: string }>> = {
  'gdap-ended': {
    en: {
      name: 'GDAP relationship ended',
      description: 'A granular admin (GDAP) relationship was terminated, expired, or its termination was requested: you may lose admin access to that customer.',
    },
    it: {
      name: 'Relazione GDAP terminata',
      description: 'Una relazione di amministrazione granulare (GDAP) è stata terminata, è scaduta o ne è stata chiesta la terminazione: potresti perdere l’accesso amministrativo a quel cliente.',
    },
  },
  'dap-terminated-by-microsoft': {
    en: {
      name: 'DAP relationship terminated by Microsoft',
      description: 'Microsoft ended a delegated admin (DAP) relationship with a customer.',
    },
    it: {
      name: 'Relazione DAP terminata da Microsoft',
      description: 'Microsoft ha terminato una relazione di amministrazione delegata (DAP) con un cliente.',
    },
  },
  'azure-fraud': {
    en: {
      name: 'Azure fraud event detected',
      description: 'Partner Center detected a possible fraud event on a customer’s Azure subscription (e.g. crypto mining): check it now, the usage is billed to you.',
    },
    it: {
      name: 'Rilevato evento di frode Azure',
      description: 'Partner Center ha rilevato un possibile evento di frode su una sottoscrizione Azure di un cliente (ad es. crypto mining): verificalo subito, l’utilizzo è fatturato a te.',
    },
  },
  'customer-removed': {
    en: {
      name: 'Customer deleted or relationship removed',
      description: 'A customer was deleted, or the reseller relationship with a customer was removed.',
    },
    it: {
      name: 'Cliente eliminato o relazione rimossa',
      description: 'Un cliente è stato eliminato, oppure è stata rimossa la relazione di rivenditore con un cliente.',
    },
  },
  'order-failed': {
    en: {
      name: 'Failed order',
      description: 'An order was placed or changed and Partner Center reports it failed: the customer may not have what was bought.',
    },
    it: {
      name: 'Ordine non riuscito',
      description: 'Un ordine è stato creato o modificato e Partner Center lo segnala come non riuscito: il cliente potrebbe non avere ciò che ha acquistato.',
    },
  },
  'new-partner-user': {
    en: {
      name: 'New partner user',
      description: 'Someone was added as a user of your Partner Center account.',
    },
    it: {
      name: 'Nuovo utente partner',
      description: 'È stato aggiunto un utente al tuo account Partner Center.',
    },
  },
};

/** A rule's name and what it catches, in English or Italian. */
export function alertRuleText(id: AlertRuleId, lang: Lang): { name: string; description: string } {
  return TEXT[id][lang];
}

/** Each record that an enabled rule matches, once per (rule, record), in record order then rule order. */
export function alertsFor(
  records: Iterable<ActivityRecord>,
  enabled: ReadonlySet<AlertRuleId>,
): { ruleId: AlertRuleId; record: ActivityRecord }[] {
  const rules = ALERT_RULES.filter((rule) => enabled.has(rule.id));
  const out: { ruleId: AlertRuleId; record: ActivityRecord }[] = [];
  if (rules.length === 0) return out;
  for (const record of records) {
    for (const rule of rules) if (rule.matches(record)) out.push({ ruleId: rule.id, record });
  }
  return out;
}
