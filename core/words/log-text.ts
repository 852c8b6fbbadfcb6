// The activity log's words every surface shares (logText(lang)), in English and Italian, worded as Partner Center's
// dashboard words them so a partner recognises the screen; typed so a missing Italian string fails the build. Each
// surface's own words sit on top in its <surface>-text.ts (panelText, appText, optionsText, toolbarExportText).
import type { Lang } from './locale';

export interface LogText {
  appName: string;
  // The dashboard's own words (SPEC §1).
  accountSettings: string;
  activityLog: string;
  from: string;
  to: string;
  dateTime: string;
  affectedCustomer: string;
  /** Shown where a record concerns the partner's own account (no affected customer); exports keep the cell empty. */
  noCustomer: string;
  action: string;
  partnerUser: string;
  subscriptions: string;
  exportLog: string;
  // Sample data.
  sampleData: string;
  sampleDataExplanation: string;
  // Details.
  details: string;
  showDetails: string;
  hideDetails: string;
  status: string;
  statusSucceeded: string;
  statusFailed: string;
  statusInProgress: string;
  statusDeclined: string;
  application: string;
  customerId: string;
  resourceType: string;
  operationType: string;
  recordId: string;
  correlationId: string;
  productsOrder: string;
  products: string;
  product: string;
  quantity: string;
  offerId: string;
  subscriptionId: string;
  changes: string;
  field: string;
  oldValue: string;
  newValue: string;
  added: string;
  removed: string;
  additionalData: string;
  // Filters.
  search: string;
  customer: string;
  clearFilter: string;
  thisCustomer: string;
  today: string;
  failedOperations: string;
  orders: string;
  noActivity: string;
  loading: string;
  cancel: string;
  exportJson: string;
  // Sign-in and errors.
  notSignedIn: string;
  signIn: string;
  signOut: string;
  forbiddenRoles: string;
  apiUnavailable: string;
  retry: string;
  // Exported files.
  exportedFile: (fileName: string) => string;
  exportedFiles: (count: number, rowLimit: number) => string;
  truncatedCellMarker: string;
  nothingToExport: string;
  recordsCount: (n: number) => string;
}

/**
 * The roles Partner Center lets read the activity log (SPEC §1). The Italian names are those of Microsoft's Italian
 * Partner Center documentation as we know it (unverified against the live dashboard), so the 403 message also gives
 * the English name in brackets.
 */
export const ACTIVITY_LOG_ROLES: Record<Lang, readonly string[]> = {
  en: ['Global admin', 'Billing admin', 'User management admin', 'Admin agent', 'Sales agent', 'Helpdesk agent'],
  it: [
    'Amministratore globale (Global admin)',
    'Amministratore fatturazione (Billing admin)',
    'Amministratore gestione utenti (User management admin)',
    'Agente amministratore (Admin agent)',
    'Agente vendite (Sales agent)',
    'Agente helpdesk (Helpdesk agent)',
  ],
};

function listInLanguage(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US'),
  it: new Intl.NumberFormat('it-IT'),
};

/** 20,000 / 20.000: counts as a person of that language reads them. */
export function formatNumber(lang: Lang, n: number): string {
  return NUMBER_FORMATS[lang].format(n);
}

/** "1,234 records" / "12.345 record" (Italian "record" is invariable). */
export function formatCount(lang: Lang, n: number): string {
  const number = formatNumber(lang, n);
  if (lang === 'it') return `${number} record`;
  return `${number} ${n === 1 ? 'record' : 'records'}`;
}

const EN: LogText = {
  appName: 'Activity Lens',
  accountSettings: 'Account settings',
  activityLog: 'Activity Log',
  from: 'From',
  to: 'to',
  dateTime: 'Date-Time',
  affectedCustomer: 'Affected customer',
  noCustomer: 'Partner account (no customer)',
  action: 'Action',
  partnerUser: 'Partner user',
  subscriptions: 'Subscriptions',
  exportLog: 'Export log',
  sampleData: 'Sample data',
  sampleDataExplanation: 'Generated sample data, not your Partner Center: sign in to see your own activity log.',
  details: 'Details',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  status: 'Status',
  statusSucceeded: 'Succeeded',
  statusFailed: 'Failed',
  statusInProgress: 'In progress',
  statusDeclined: 'Declined',
  application: 'Application',
  customerId: 'Customer ID',
  resourceType: 'Resource type',
  operationType: 'Operation type',
  recordId: 'Record ID',
  correlationId: 'Correlation ID',
  productsOrder: 'Products (order)',
  products: 'Products',
  product: 'Product',
  quantity: 'Quantity',
  offerId: 'Offer ID',
  subscriptionId: 'Subscription ID',
  changes: 'Changes',
  field: 'Field',
  oldValue: 'Old value',
  newValue: 'New value',
  added: 'added',
  removed: 'removed',
  additionalData: 'Additional data',
  search: 'Search',
  customer: 'Customer',
  clearFilter: 'Clear filter',
  thisCustomer: 'This customer',
  today: 'Today',
  failedOperations: 'Failed operations',
  orders: 'Orders',
  noActivity: 'No activity in this period',
  loading: 'Loading…',
  cancel: 'Cancel',
  exportJson: 'Export JSON',
  notSignedIn: 'Not signed in',
  signIn: 'Sign in',
  signOut: 'Sign out',
  forbiddenRoles: `Partner Center refused to show the activity log (403). It needs one of these roles: ${listInLanguage(ACTIVITY_LOG_ROLES.en, 'or')}. Ask your global admin to assign one.`,
  apiUnavailable: 'Partner Center is not answering right now.',
  retry: 'Retry',
  exportedFile: (fileName) => `Saved ${fileName} to your downloads folder.`,
  exportedFiles: (count, rowLimit) =>
    `Saved ${count} files to your downloads folder: Excel opens at most ${NUMBER_FORMATS.en.format(rowLimit)} rows per sheet, so the log was split.`,
  truncatedCellMarker: '… [truncated: Excel cell limit]',
  nothingToExport: 'Nothing to export: no activity matches this filter.',
  recordsCount: (n) => formatCount('en', n),
};

const IT: LogText = {
  appName: 'Activity Lens',
  accountSettings: 'Impostazioni account',
  activityLog: 'Log attività',
  from: 'Da',
  to: 'a',
  dateTime: 'Data-ora',
  affectedCustomer: 'Cliente interessato',
  noCustomer: 'Account del partner (nessun cliente)',
  action: 'Azione',
  partnerUser: 'Utente partner',
  subscriptions: 'Sottoscrizioni',
  exportLog: 'Esporta log',
  sampleData: 'Dati di esempio',
  sampleDataExplanation: 'Dati di esempio generati, non del tuo Partner Center: accedi per vedere il tuo log attività.',
  details: 'Dettagli',
  showDetails: 'Mostra dettagli',
  hideDetails: 'Nascondi dettagli',
  status: 'Stato',
  statusSucceeded: 'Riuscita',
  statusFailed: 'Non riuscita',
  statusInProgress: 'In corso',
  statusDeclined: 'Rifiutata',
  application: 'Applicazione',
  customerId: 'ID cliente',
  resourceType: 'Tipo di risorsa',
  operationType: 'Tipo di operazione',
  recordId: 'ID record',
  correlationId: 'ID correlazione',
  productsOrder: 'Prodotti (ordine)',
  products: 'Prodotti',
  product: 'Prodotto',
  quantity: 'Quantità',
  offerId: 'ID offerta',
  subscriptionId: 'ID sottoscrizione',
  changes: 'Modifiche',
  field: 'Campo',
  oldValue: 'Valore precedente',
  newValue: 'Nuovo valore',
  added: 'aggiunto',
  removed: 'rimosso',
  additionalData: 'Dati aggiuntivi',
  search: 'Cerca',
  customer: 'Cliente',
  clearFilter: 'Cancella filtro',
  thisCustomer: 'Questo cliente',
  today: 'Oggi',
  failedOperations: 'Operazioni non riuscite',
  orders: 'Ordini',
  noActivity: 'Nessuna attività in questo periodo',
  loading: 'Caricamento…',
  cancel: 'Annulla',
  exportJson: 'Esporta JSON',
  notSignedIn: 'Accesso non eseguito',
  signIn: 'Accedi',
  signOut: 'Esci',
  forbiddenRoles: `Partner Center non consente di visualizzare il log attività (403). Serve uno di questi ruoli: ${listInLanguage(ACTIVITY_LOG_ROLES.it, 'o')}. Chiedi all'amministratore globale di assegnartene uno.`,
  apiUnavailable: 'Partner Center non risponde in questo momento.',
  retry: 'Riprova',
  exportedFile: (fileName) => `${fileName} salvato nella cartella dei download.`,
  exportedFiles: (count, rowLimit) =>
    `${count} file salvati nella cartella dei download: Excel apre al massimo ${NUMBER_FORMATS.it.format(rowLimit)} righe per foglio, quindi il log è stato diviso.`,
  truncatedCellMarker: '… [troncato: limite di cella di Excel]',
  nothingToExport: 'Niente da esportare: nessuna attività corrisponde a questo filtro.',
  recordsCount: (n) => formatCount('it', n),
};

const LOG_TEXT: Record<Lang, LogText> = { en: EN, it: IT };

export function logText(lang: Lang): LogText {
  return LOG_TEXT[lang];
}
