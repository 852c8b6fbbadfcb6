// The dashboard's Action column: a past-tense sentence per operationType, en and it, and back again for
// importing the dashboard's CSV, whose Action column holds only the sentence.
import type { ActivityRecord } from '../record/activity-record';
import type { Lang } from './locale';
import { foldText } from '../asking/fold-text';

type Sentences = Record<Lang, string>;

/** Every operationType of SPEC §7 (the SDK's enum), with its sentence as the dashboard words it. */
const ACTION_SENTENCES: Record<string, Sentences> = {
  update_customer_qualification: { en: "updated a customer's qualification", it: 'ha aggiornato la qualifica di un cliente' },
  update_subscription: { en: 'updated a subscription', it: 'ha aggiornato una sottoscrizione' },
  upgrade_subscription: { en: 'upgraded a subscription', it: 'ha eseguito l\'upgrade di una sottoscrizione' },
  convert_trial_subscription: { en: 'converted a trial subscription', it: 'ha convertito una sottoscrizione di prova' },
  add_customer: { en: 'added a customer', it: 'ha aggiunto un cliente' },
  update_customer_billing_profile: { en: "updated a customer's billing profile", it: 'ha aggiornato il profilo di fatturazione di un cliente' },
  update_customer_partner_contract_company_name: {
    en: "updated a customer's partner contract company name",
    it: 'ha aggiornato il nome della società nel contratto partner di un cliente',
  },
  update_customer_spending_budget: { en: "updated a customer's spending budget", it: 'ha aggiornato il budget di spesa di un cliente' },
  delete_customer: { en: 'deleted a customer', it: 'ha eliminato un cliente' },
  remove_partner_customer_relationship: {
    en: 'removed a partner-customer relationship',
    it: 'ha rimosso una relazione tra partner e cliente',
  },
  create_order: { en: 'created an order', it: 'ha creato un ordine' },
  update_order: { en: 'updated an order', it: 'ha aggiornato un ordine' },
  create_customer_user: { en: 'created a customer user', it: 'ha creato un utente del cliente' },
  delete_customer_user: { en: 'deleted a customer user', it: 'ha eliminato un utente del cliente' },
  update_customer_user: { en: 'updated a customer user', it: 'ha aggiornato un utente del cliente' },
  update_customer_user_licenses: {
    en: "updated a customer user's licenses",
    it: 'ha aggiornato le licenze di un utente del cliente',
  },
  reset_customer_user_password: {
    en: "reset a customer user's password",
    it: 'ha reimpostato la password di un utente del cliente',
  },
  update_customer_user_principal_name: {
    en: "updated a customer user's principal name",
    it: 'ha aggiornato il nome dell\'entità utente di un utente del cliente',
  },
  restore_customer_user: { en: 'restored a customer user', it: 'ha ripristinato un utente del cliente' },
  create_mpn_association: { en: 'created an MPN association', it: 'ha creato un\'associazione MPN' },
  update_mpn_association: { en: 'updated an MPN association', it: 'ha aggiornato un\'associazione MPN' },
  update_sfb_customer_user_licenses: {
    en: "updated a customer user's Skype for Business licenses",
    it: 'ha aggiornato le licenze Skype for Business di un utente del cliente',
  },
  update_transfer: { en: 'updated a transfer', it: 'ha aggiornato un trasferimento' },
  create_partner_relationship: { en: 'created a partner relationship', it: 'ha creato una relazione partner' },
  register_application: { en: 'registered an application', it: 'ha registrato un\'applicazione' },
  unregister_application: { en: 'unregistered an application', it: 'ha annullato la registrazione di un\'applicazione' },
  add_application_credential: { en: 'added an application credential', it: 'ha aggiunto una credenziale dell\'applicazione' },
  remove_application_credential: {
    en: 'removed an application credential',
    it: 'ha rimosso una credenziale dell\'applicazione',
  },
  create_partner_user: { en: 'created a partner user', it: 'ha creato un utente partner' },
  update_partner_user: { en: 'updated a partner user', it: 'ha aggiornato un utente partner' },
  create_self_serve_policy: { en: 'created a self-serve policy', it: 'ha creato un criterio self-service' },
  update_self_serve_policy: { en: 'updated a self-serve policy', it: 'ha aggiornato un criterio self-service' },
  delete_self_serve_policy: { en: 'deleted a self-serve policy', it: 'ha eliminato un criterio self-service' },
  remove_partner_relationship: { en: 'removed a partner relationship', it: 'ha rimosso una relazione partner' },
  delete_tip_customer: { en: 'deleted a TIP customer', it: 'ha eliminato un cliente TIP' },
  create_related_referral: { en: 'created a related referral', it: 'ha creato una segnalazione correlata' },
  update_related_referral: { en: 'updated a related referral', it: 'ha aggiornato una segnalazione correlata' },
  create_referral: { en: 'created a referral', it: 'ha creato una segnalazione' },
  update_referral: { en: 'updated a referral', it: 'ha aggiornato una segnalazione' },
  get_software_key: { en: 'got a software key', it: 'ha ottenuto un codice Product Key software' },
  get_software_download_link: {
    en: 'got a software download link',
    it: 'ha ottenuto un collegamento per il download del software',
  },
  increase_spending_limit: { en: 'increased a spending limit', it: 'ha aumentato un limite di spesa' },
  ready_invoice: { en: 'readied an invoice', it: 'ha reso disponibile una fattura' },
  create_agreement: { en: 'created an agreement', it: 'ha creato un contratto' },
  extend_relationship: { en: 'extended a relationship', it: 'ha esteso una relazione' },
  create_transfer: { en: 'created a transfer', it: 'ha creato un trasferimento' },
  dap_admin_relationship_approved: {
    en: 'approved a DAP admin relationship',
    it: 'ha approvato una relazione di amministratore DAP',
  },
  dap_admin_relationship_terminated: {
    en: 'terminated a DAP admin relationship',
    it: 'ha terminato una relazione di amministratore DAP',
  },
  add_user_member: { en: 'added a user member', it: 'ha aggiunto un utente membro' },
  remove_user_member: { en: 'removed a user member', it: 'ha rimosso un utente membro' },
  remove_partner_user: { en: 'removed a partner user', it: 'ha rimosso un utente partner' },
  granular_admin_relationship_approved: { en: 'approved a GDAP relationship', it: 'ha approvato una relazione GDAP' },
  granular_admin_relationship_activated: { en: 'activated a GDAP relationship', it: 'ha attivato una relazione GDAP' },
  granular_admin_relationship_termination_requested: {
    en: 'requested the termination of a GDAP relationship',
    it: 'ha richiesto la terminazione di una relazione GDAP',
  },
  granular_admin_relationship_terminated: { en: 'terminated a GDAP relationship', it: 'ha terminato una relazione GDAP' },
  // Events nobody performed read as what happened, not as something the partner user did.
  granular_admin_relationship_expired: { en: 'a GDAP relationship expired', it: 'una relazione GDAP è scaduta' },
  granular_admin_relationship_cleaned_up: {
    en: 'a GDAP relationship was cleaned up',
    it: 'una relazione GDAP è stata rimossa automaticamente',
  },
  granular_admin_access_assignment_created: {
    en: 'created a GDAP access assignment',
    it: "ha creato un'assegnazione di accesso GDAP",
  },
  granular_admin_access_assignment_updated: {
    en: 'updated a GDAP access assignment',
    it: "ha aggiornato un'assegnazione di accesso GDAP",
  },
  granular_admin_access_assignment_deleted: {
    en: 'deleted a GDAP access assignment',
    it: "ha eliminato un'assegnazione di accesso GDAP",
  },
  granular_admin_access_assignment_activated: {
    en: 'activated a GDAP access assignment',
    it: "ha attivato un'assegnazione di accesso GDAP",
  },
  dap_admin_relationship_terminated_by_microsoft: {
    en: 'Microsoft terminated a DAP admin relationship',
    it: 'Microsoft ha terminato una relazione di amministratore DAP',
  },
  create_credit: { en: 'created a credit', it: 'ha creato un credito' },
  update_credit: { en: 'updated a credit', it: 'ha aggiornato un credito' },
  cancel_credit: { en: 'canceled a credit', it: 'ha annullato un credito' },
  software_attestation: { en: 'completed a software attestation', it: "ha completato un'attestazione software" },
  update_company_info: { en: 'updated the company information', it: 'ha aggiornato le informazioni sulla società' },
  policy_created: { en: 'created a policy', it: 'ha creato un criterio' },
  policy_updated: { en: 'updated a policy', it: 'ha aggiornato un criterio' },
  policy_deleted: { en: 'deleted a policy', it: 'ha eliminato un criterio' },
  device_updated: { en: 'updated a device', it: 'ha aggiornato un dispositivo' },
  devices_update_attempted: { en: 'attempted to update devices', it: 'ha tentato di aggiornare dei dispositivi' },
  device_deleted: { en: 'deleted a device', it: 'ha eliminato un dispositivo' },
  devices_upload_to_new_batch_attempted: {
    en: 'attempted to upload devices to a new batch',
    it: 'ha tentato di caricare dei dispositivi in un nuovo batch',
  },
  devices_upload_to_existing_batch_attempted: {
    en: 'attempted to upload devices to an existing batch',
    it: 'ha tentato di caricare dei dispositivi in un batch esistente',
  },
  manage_overage: { en: 'managed the Azure overage setting', it: "ha gestito l'impostazione dell'eccedenza di Azure" },
  azure_fraud_event_detected: { en: 'an Azure fraud event was detected', it: 'è stato rilevato un evento di frode di Azure' },
  create_new_commerce_migration: {
    en: 'created a new-commerce migration',
    it: 'ha creato una migrazione a New Commerce',
  },
};

/**
 * The Partner Center SDK's OperationType enum in its order (SPEC §7), as the wire's snake_case: the index is the
 * integer Windows PowerShell 5.1 writes (0 = Undefined). Every member but Undefined has a sentence above.
 */
export const OPERATION_TYPES_BY_NUMBER: readonly string[] = Object.freeze([
  'undefined', 'update_customer_qualification', 'update_subscription', 'upgrade_subscription',
  'convert_trial_subscription', 'add_customer', 'update_customer_billing_profile',
  'update_customer_partner_contract_company_name', 'update_customer_spending_budget', 'delete_customer',
  'remove_partner_customer_relationship', 'create_order', 'update_order', 'create_customer_user',
  'delete_customer_user', 'update_customer_user', 'update_customer_user_licenses', 'reset_customer_user_password',
  'update_customer_user_principal_name', 'restore_customer_user', 'create_mpn_association', 'update_mpn_association',
  'update_sfb_customer_user_licenses', 'update_transfer', 'create_partner_relationship', 'register_application',
  'unregister_application', 'add_application_credential', 'remove_application_credential', 'create_partner_user',
  'update_partner_user', 'remove_partner_user', 'create_referral', 'update_referral', 'get_software_key',
  'get_software_download_link', 'increase_spending_limit', 'ready_invoice', 'create_agreement', 'extend_relationship',
  'create_transfer', 'create_self_serve_policy', 'update_self_serve_policy', 'delete_self_serve_policy',
  'remove_partner_relationship', 'delete_tip_customer', 'create_related_referral', 'update_related_referral',
  'granular_admin_relationship_approved', 'granular_admin_relationship_activated',
  'granular_admin_relationship_termination_requested', 'granular_admin_relationship_terminated',
  'granular_admin_relationship_expired', 'granular_admin_access_assignment_created',
  'granular_admin_access_assignment_updated', 'granular_admin_access_assignment_deleted',
  'dap_admin_relationship_approved', 'dap_admin_relationship_terminated', 'create_credit', 'update_credit',
  'cancel_credit', 'add_user_member', 'remove_user_member', 'granular_admin_access_assignment_activated',
  'software_attestation', 'granular_admin_relationship_cleaned_up', 'update_company_info', 'policy_created',
  'policy_updated', 'policy_deleted', 'device_updated', 'devices_update_attempted', 'device_deleted',
  'devices_upload_to_new_batch_attempted', 'devices_upload_to_existing_batch_attempted', 'manage_overage',
  'dap_admin_relationship_terminated_by_microsoft', 'azure_fraud_event_detected', 'create_new_commerce_migration',
]);

/** Every operationType we have a sentence for: the SDK's enum (SPEC §7) without Undefined, in its order. */
export const KNOWN_OPERATION_TYPES: readonly string[] = Object.freeze(OPERATION_TYPES_BY_NUMBER.filter((op) => Object.hasOwn(ACTION_SENTENCES, op)));

/** "some_new_thing" → "some new thing": how a value we have no words for is still shown. */
export function humanise(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '_' || c === '-' || c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += c;
  }
  return out;
}

/** The Action sentence for a record: its operationType's words, else the sentence a file brought, else its resource type. */
export function actionText(
  record: Pick<ActivityRecord, 'operationType' | 'resourceType' | 'actionText'>,
  lang: Lang,
): string {
  const op = record.operationType;
  if (op !== '') {
    const known = Object.hasOwn(ACTION_SENTENCES, op) ? ACTION_SENTENCES[op] : undefined;
    return known ? known[lang] : humanise(op);
  }
  if (record.actionText !== '') return record.actionText;
  return humanise(record.resourceType);
}

let reverse: Map<string, string> | undefined;

function reverseIndex(): Map<string, string> {
  if (reverse) return reverse;
  reverse = new Map();
  for (const [op, sentences] of Object.entries(ACTION_SENTENCES)) {
    reverse.set(sentenceKey(sentences.en), op);
    reverse.set(sentenceKey(sentences.it), op);
    reverse.set(sentenceKey(humanise(op)), op);
  }
  return reverse;
}

/** Case, accent, apostrophe and spacing do not matter: "Created  an Order" and "ha creato un ordine" both match. */
function sentenceKey(text: string): string {
  return foldText(text.replace(/[’‘`]/g, "'")).replace(/\.$/, '');
}

/** The operationType whose sentence (en or it) or snake_case name this is; undefined for words we do not know. */
export function operationTypeFromActionText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (Object.hasOwn(ACTION_SENTENCES, trimmed)) return trimmed;
  return reverseIndex().get(sentenceKey(trimmed));
}

/** Every action we have words for, as a filter offers them: operationType and sentence in `lang`, by sentence. */
export function knownActions(lang: Lang): { operationType: string; text: string }[] {
  // Sorted once per language (the filter bar asks on every render; localeCompare made a collator per comparison).
  let sorted = KNOWN_ACTIONS.get(lang);
  if (!sorted) {
    const collator = new Intl.Collator(lang);
    sorted = Object.entries(ACTION_SENTENCES)
      .map(([operationType, sentences]) => ({ operationType, text: sentences[lang] }))
      .sort((a, b) => collator.compare(a.text, b.text));
    KNOWN_ACTIONS.set(lang, sorted);
  }
  return sorted.map((a) => ({ ...a }));
}

const KNOWN_ACTIONS = new Map<Lang, { operationType: string; text: string }[]>();

/**
 * The operationTypes an Action filter's words stand for. A whole sentence (en or it) or snake_case name is that
 * one action; other words pick every action whose sentence, in either language, or name contains them, so
 * "order" finds "created an order" and "updated an order". Words that match nothing are taken as the name of an
 * action we have no sentence for (so a new Partner Center type can still be filtered).
 */
export function operationTypesForFilter(words: string): string[] {
  const exact = operationTypeFromActionText(words);
  if (exact) return [exact];
  const needle = sentenceKey(words.trim());
  if (needle === '') return [];
  const found = Object.entries(ACTION_SENTENCES)
    .filter(([op, s]) => sentenceKey(s.en).includes(needle) || sentenceKey(s.it).includes(needle) || sentenceKey(humanise(op)).includes(needle))
    .map(([op]) => op);
  return found.length > 0 ? found : [words.trim().toLowerCase().replace(/\s+/g, '_')];
}
