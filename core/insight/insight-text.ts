// The insight views' and reports' words in English and Italian: column headers (shared by the app's tables and
// the CSV reports, so a report reads like the screen), lifecycle states and events.
import type { Lang } from '../words/locale';
import type { RelationshipEventType, RelationshipKind, RelationshipState } from './relationship-lifecycle';

export type InsightColumnId =
  | 'customer'
  | 'customerId'
  | 'subscriptionId'
  | 'product'
  | 'dateTime'
  | 'oldQuantity'
  | 'newQuantity'
  | 'change'
  | 'partnerUser'
  | 'action'
  | 'offerId'
  | 'recordId'
  | 'orderId'
  | 'quantity'
  | 'unitPrice'
  | 'listPrice'
  | 'currency'
  | 'promotionId'
  | 'status'
  | 'orderStatus'
  | 'billingCycle'
  | 'termDuration'
  | 'kind'
  | 'relationshipId'
  | 'relationshipName'
  | 'event'
  | 'stateNow'
  | 'endDate'
  | 'roles'
  | 'actions'
  | 'succeeded'
  | 'failed'
  | 'declined'
  | 'customersTouched'
  | 'firstActivity'
  | 'lastActivity'
  | 'activeDays'
  | 'newInPeriod'
  | 'topActions'
  | 'operationType'
  | 'resourceType'
  | 'application'
  | 'added'
  | 'removed'
  | 'net'
  | 'quantityNow'
  | 'changes'
  | 'subscriptions'
  | 'gdapState'
  | 'dapState'
  | 'accessEnded'
  | 'createdBy'
  | 'records';

export const INSIGHT_HEADERS: Record<InsightColumnId, Record<Lang, string>> = {
  customer: { en: 'Customer', it: 'Cliente' },
  customerId: { en: 'Customer ID', it: 'ID cliente' },
  subscriptionId: { en: 'Subscription ID', it: 'ID sottoscrizione' },
  product: { en: 'Product', it: 'Prodotto' },
  dateTime: { en: 'Date-Time (UTC)', it: 'Data-ora (UTC)' },
  oldQuantity: { en: 'Old quantity', it: 'Quantità precedente' },
  newQuantity: { en: 'New quantity', it: 'Nuova quantità' },
  change: { en: 'Change', it: 'Variazione' },
  partnerUser: { en: 'Partner user', it: 'Utente partner' },
  action: { en: 'Action', it: 'Azione' },
  offerId: { en: 'Offer ID', it: 'ID offerta' },
  recordId: { en: 'Record ID', it: 'ID record' },
  orderId: { en: 'Order ID', it: 'ID ordine' },
  quantity: { en: 'Quantity', it: 'Quantità' },
  unitPrice: { en: 'Unit price', it: 'Prezzo unitario' },
  listPrice: { en: 'List price', it: 'Prezzo di listino' },
  currency: { en: 'Currency', it: 'Valuta' },
  promotionId: { en: 'Promotion ID', it: 'ID promozione' },
  status: { en: 'Status', it: 'Stato' },
  orderStatus: { en: 'Order status', it: 'Stato ordine' },
  billingCycle: { en: 'Billing cycle', it: 'Ciclo di fatturazione' },
  termDuration: { en: 'Term', it: 'Durata' },
  kind: { en: 'Relationship', it: 'Relazione' },
  relationshipId: { en: 'Relationship ID', it: 'ID relazione' },
  relationshipName: { en: 'Name', it: 'Nome' },
  event: { en: 'Event', it: 'Evento' },
  stateNow: { en: 'State now', it: 'Stato attuale' },
  endDate: { en: 'Ends (UTC)', it: 'Scadenza (UTC)' },
  roles: { en: 'Roles', it: 'Ruoli' },
  actions: { en: 'Actions', it: 'Azioni' },
  succeeded: { en: 'Succeeded', it: 'Riuscite' },
  failed: { en: 'Failed', it: 'Non riuscite' },
  declined: { en: 'Declined', it: 'Rifiutate' },
  customersTouched: { en: 'Customers touched', it: 'Clienti interessati' },
  firstActivity: { en: 'First activity (UTC)', it: 'Prima attività (UTC)' },
  lastActivity: { en: 'Last activity (UTC)', it: 'Ultima attività (UTC)' },
  activeDays: { en: 'Active days', it: 'Giorni di attività' },
  newInPeriod: { en: 'New in period', it: 'Nuovo nel periodo' },
  topActions: { en: 'Top actions', it: 'Azioni principali' },
  operationType: { en: 'Operation type', it: 'Tipo di operazione' },
  resourceType: { en: 'Resource type', it: 'Tipo di risorsa' },
  application: { en: 'Application', it: 'Applicazione' },
  added: { en: 'Added', it: 'Aggiunte' },
  removed: { en: 'Removed', it: 'Rimosse' },
  net: { en: 'Net', it: 'Netto' },
  quantityNow: { en: 'Quantity now', it: 'Quantità attuale' },
  changes: { en: 'Changes', it: 'Modifiche' },
  subscriptions: { en: 'Subscriptions', it: 'Sottoscrizioni' },
  gdapState: { en: 'GDAP', it: 'GDAP' },
  dapState: { en: 'DAP', it: 'DAP' },
  accessEnded: { en: 'Access ended (UTC)', it: 'Accesso terminato (UTC)' },
  createdBy: { en: 'Created by', it: 'Creato da' },
  records: { en: 'Records', it: 'Record' },
};

const STATES: Record<RelationshipState | 'none', Record<Lang, string>> = {
  pending: { en: 'Pending approval', it: 'In attesa di approvazione' },
  active: { en: 'Active', it: 'Attiva' },
  expiring: { en: 'Expiring soon', it: 'In scadenza' },
  'termination-requested': { en: 'Termination requested', it: 'Chiusura richiesta' },
  terminated: { en: 'Terminated', it: 'Terminata' },
  expired: { en: 'Expired', it: 'Scaduta' },
  'cleaned-up': { en: 'Cleaned up', it: 'Rimossa' },
  deleted: { en: 'Deleted', it: 'Eliminata' },
  none: { en: 'None', it: 'Nessuna' },
};

const EVENTS: Record<RelationshipEventType, Record<Lang, string>> = {
  created: { en: 'Created', it: 'Creata' },
  approved: { en: 'Approved', it: 'Approvata' },
  activated: { en: 'Activated', it: 'Attivata' },
  extended: { en: 'Extended', it: 'Estesa' },
  updated: { en: 'Updated', it: 'Aggiornata' },
  'termination-requested': { en: 'Termination requested', it: 'Chiusura richiesta' },
  terminated: { en: 'Terminated', it: 'Terminata' },
  expired: { en: 'Expired', it: 'Scaduta' },
  'cleaned-up': { en: 'Cleaned up', it: 'Rimossa' },
  'assignment-created': { en: 'Access assignment created', it: 'Assegnazione di accesso creata' },
  'assignment-updated': { en: 'Access assignment updated', it: 'Assegnazione di accesso aggiornata' },
  'assignment-activated': { en: 'Access assignment activated', it: 'Assegnazione di accesso attivata' },
  'assignment-deleted': { en: 'Access assignment deleted', it: 'Assegnazione di accesso eliminata' },
  'member-added': { en: 'Member added', it: 'Membro aggiunto' },
  'member-removed': { en: 'Member removed', it: 'Membro rimosso' },
};

const KINDS: Record<RelationshipKind, Record<Lang, string>> = {
  gdap: { en: 'GDAP', it: 'GDAP' },
  dap: { en: 'DAP', it: 'DAP' },
  'access-assignment': { en: 'GDAP access assignment', it: 'Assegnazione di accesso GDAP' },
};

export function relationshipStateText(state: RelationshipState | 'none', lang: Lang): string {
  return STATES[state][lang];
}

export function relationshipEventText(event: RelationshipEventType, lang: Lang): string {
  return EVENTS[event][lang];
}

export function relationshipKindText(kind: RelationshipKind, lang: Lang): string {
  return KINDS[kind][lang];
}

/** "3 records could not be read" / "Impossibile leggere 3 record": said wherever a view skipped records. */
export function unreadableText(n: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-US').format(n);
  if (lang === 'it') return `Impossibile leggere ${number} record`;
  return n === 1 ? '1 record could not be read' : `${number} records could not be read`;
}
