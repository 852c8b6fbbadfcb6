// The side panel's own words (en/it) on top of core's shared labels: what only this surface says.
import type { Lang } from '../../core/words/locale';
import { formatCount } from '../../core/words/log-text';

export interface PanelText {
  quickViews: string;
  periodLegend: string;
  delimiter: string;
  delimiterComma: string;
  delimiterSemicolon: string;
  exportProgress: (percent: number) => string;
  exportCancelled: string;
  exportedRows: (fileName: string, rows: number) => string;
  openInApp: string;
  openInAppHint: string;
  handingOff: string;
  showingCustomer: (name: string) => string;
  customerFromTab: string;
  customerFromButton: string;
  clear: string;
  noCustomerPage: string;
  fetched: (n: number) => string;
  fetching: (n: number) => string;
  shown: (shown: number, total: number) => string;
  noMatch: string;
  openOptions: string;
  notSignedInExplanation: string;
  unauthorizedExplanation: string;
  apiDownExplanation: string;
  activityTable: string;
  rowSummary: (date: string, customer: string, action: string) => string;
  subscriptionsOf: (customer: string) => string;
  utc: string;
  periodInvalid: string;
  customerSummary: (name: string) => string;
  lastOrder: string;
  noOrder: string;
  seatChanges: string;
  seatChangeText: (added: string, removed: string, net: string) => string;
  noSeatChanges: string;
  gdapStatus: string;
  lastActivity: string;
  products: (first: string, more: number) => string;
  openCustomerInApp: string;
}

const EN: PanelText = {
  quickViews: 'Quick views',
  periodLegend: 'Period (UTC)',
  delimiter: 'CSV delimiter',
  delimiterComma: 'Comma (,)',
  delimiterSemicolon: 'Semicolon (;)',
  exportProgress: (p) => `Exporting… ${p}%`,
  exportCancelled: 'Export cancelled: nothing was saved.',
  exportedRows: (file, rows) => `Saved ${file} (${formatCount('en', rows)}) to your downloads folder.`,
  openInApp: 'Open in Activity Lens app',
  openInAppHint: 'Keeps these records in the app’s archive, beyond Partner Center’s 90 days.',
  handingOff: 'Handing the records to the app…',
  showingCustomer: (name) => `Showing only ${name}`,
  customerFromTab: 'the customer of the active tab',
  customerFromButton: 'from the dashboard’s Activity button',
  clear: 'Clear',
  noCustomerPage: 'Open a customer’s page in Partner Center to use this view.',
  fetched: (n) => `${formatCount('en', n)} in this period`,
  fetching: (n) => `Loading… ${formatCount('en', n)} so far`,
  shown: (shown, total) => `Showing ${formatCount('en', shown)} of ${new Intl.NumberFormat('en-US').format(total)}`,
  noMatch: 'No activity matches these filters.',
  openOptions: 'Open settings',
  notSignedInExplanation: 'Sign in with your Partner Center account to see your activity log.',
  unauthorizedExplanation: 'Your sign-in has expired or was refused: sign in again.',
  apiDownExplanation: 'Check your connection, then try again; nothing was lost.',
  activityTable: 'Activity log',
  rowSummary: (date, customer, action) => `${date}, ${customer}, ${action}`,
  subscriptionsOf: (customer) => `Subscriptions of ${customer}`,
  utc: 'UTC',
  periodInvalid: 'The start date must not be after the end date.',
  customerSummary: (name) => `${name} at a glance`,
  lastOrder: 'Last order',
  noOrder: 'No order this period',
  seatChanges: 'Seat changes this period',
  seatChangeText: (added, removed, net) => `+${added} / −${removed} (net ${net})`,
  noSeatChanges: 'None',
  gdapStatus: 'GDAP status',
  lastActivity: 'Last activity',
  products: (first, more) => (more > 0 ? `${first} and ${more} more` : first),
  openCustomerInApp: 'Customer view in the app',
};

const IT: PanelText = {
  quickViews: 'Viste rapide',
  periodLegend: 'Periodo (UTC)',
  delimiter: 'Separatore CSV',
  delimiterComma: 'Virgola (,)',
  delimiterSemicolon: 'Punto e virgola (;)',
  exportProgress: (p) => `Esportazione… ${p}%`,
  exportCancelled: 'Esportazione annullata: non è stato salvato nulla.',
  exportedRows: (file, rows) => `${file} (${formatCount('it', rows)}) salvato nella cartella dei download.`,
  openInApp: 'Apri nell’app Activity Lens',
  openInAppHint: 'Conserva questi record nell’archivio dell’app, oltre i 90 giorni di Partner Center.',
  handingOff: 'Invio dei record all’app…',
  showingCustomer: (name) => `Solo ${name}`,
  customerFromTab: 'il cliente della scheda attiva',
  customerFromButton: 'dal pulsante Attività del dashboard',
  clear: 'Cancella',
  noCustomerPage: 'Apri la pagina di un cliente in Partner Center per usare questa vista.',
  fetched: (n) => `${formatCount('it', n)} in questo periodo`,
  fetching: (n) => `Caricamento… ${formatCount('it', n)} finora`,
  shown: (shown, total) => `${formatCount('it', shown)} su ${new Intl.NumberFormat('it-IT').format(total)}`,
  noMatch: 'Nessuna attività corrisponde a questi filtri.',
  openOptions: 'Apri impostazioni',
  notSignedInExplanation: 'Accedi con il tuo account Partner Center per vedere il log attività.',
  unauthorizedExplanation: 'L’accesso è scaduto o è stato rifiutato: accedi di nuovo.',
  apiDownExplanation: 'Controlla la connessione e riprova; non è andato perso nulla.',
  activityTable: 'Log attività',
  rowSummary: (date, customer, action) => `${date}, ${customer}, ${action}`,
  subscriptionsOf: (customer) => `Sottoscrizioni di ${customer}`,
  utc: 'UTC',
  periodInvalid: 'La data di inizio non può essere successiva alla data di fine.',
  customerSummary: (name) => `${name} in sintesi`,
  lastOrder: 'Ultimo ordine',
  noOrder: 'Nessun ordine in questo periodo',
  seatChanges: 'Variazioni di licenze nel periodo',
  seatChangeText: (added, removed, net) => `+${added} / −${removed} (netto ${net})`,
  noSeatChanges: 'Nessuna',
  gdapStatus: 'Stato GDAP',
  lastActivity: 'Ultima attività',
  products: (first, more) => (more > 0 ? `${first} e altri ${more}` : first),
  openCustomerInApp: 'Vista cliente nell’app',
};

export function panelText(lang: Lang): PanelText {
  return lang === 'it' ? IT : EN;
}
