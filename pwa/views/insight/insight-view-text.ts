// The insight views' own words, en and it: view names, section headings, facts. Column headers come from core
// (INSIGHT_HEADERS) so a screen and its CSV say the same.
import type { Lang } from '../../../core/words/locale';
import type { FactId, InsightViewId, SectionId } from '../../workers/insight-view-model';

export interface InsightViewText {
  viewNames: Record<InsightViewId, string>;
  sections: Record<SectionId, string>;
  facts: Record<FactId, string>;
  scanning: (n: string) => string;
  scanned: (n: string) => string;
  shownOf: (shown: string, total: string) => string;
  exportSection: (heading: string) => string;
  exported: (rows: string, files: number) => string;
  noRows: string;
  pickCustomer: string;
  customerView: string;
  customerViewOf: (name: string) => string;
  promotion: string;
  promotionAny: string;
  promotionWith: string;
  promotionWithout: string;
  unreadableHint: string;
  periodNote: string;
}

const EN: InsightViewText = {
  viewNames: { customer: 'Customer', 'seat-changes': 'Seat changes', orders: 'Orders', gdap: 'GDAP and DAP', users: 'Partner users', failures: 'Failures' },
  sections: {
    customers: 'Customers in this period',
    timeline: 'Timeline',
    subscriptions: 'Subscriptions',
    seatChanges: 'Quantity changes',
    orders: 'Order lines',
    relationships: 'Relationship events',
    perCustomer: 'Totals per customer',
    perProduct: 'Totals per product',
    accessEnded: 'Customers whose access ended in this period',
    customerAccess: 'Access per customer',
    users: 'Activity per partner user',
    created: 'Partner users created in this period',
    failures: 'Failed and declined operations',
    byAction: 'By action',
    byCustomer: 'By customer',
    byUser: 'By partner user',
  },
  facts: {
    records: 'Records',
    lastActivity: 'Last activity (UTC)',
    lastOrder: 'Last order (UTC)',
    gdap: 'GDAP',
    dap: 'DAP',
    added: 'Seats added',
    removed: 'Seats removed',
    net: 'Net seat change',
    changes: 'Quantity changes',
    orders: 'Orders',
    lines: 'Order lines',
    promotedLines: 'Lines with a promotion',
    failedLines: 'Lines of orders that did not go through',
    relationships: 'Relationships',
    accessEnded: 'Customers whose access ended',
    expiring: 'Expiring within 30 days',
    users: 'Active partner users',
    newUsers: 'New in this period',
    failed: 'Failed',
    declined: 'Declined',
  },
  scanning: (n) => `Reading the archive… ${n} records so far; the figures below grow until it is done.`,
  scanned: (n) => `From ${n} records in the archive.`,
  shownOf: (shown, total) => `Showing the first ${shown} of ${total} rows; the export has them all.`,
  exportSection: (heading) => `Export to Excel: ${heading}`,
  exported: (rows, files) => (files > 1 ? `Exported ${rows} rows in ${files} files.` : `Exported ${rows} rows.`),
  noRows: 'Nothing in this period.',
  pickCustomer: 'Pick a customer to see its story.',
  customerView: 'Customer view',
  customerViewOf: (name) => `Customer view: ${name}`,
  promotion: 'Promotion',
  promotionAny: 'Any line',
  promotionWith: 'With a promotion (PromotionId set)',
  promotionWithout: 'Without a promotion',
  unreadableHint: 'They still show in the activity log; their old/new values are empty, not JSON, or of a shape we do not know.',
  periodNote: 'States are as of the end of the period (UTC).',
};

const IT: InsightViewText = {
  viewNames: { customer: 'Cliente', 'seat-changes': 'Variazioni di licenze', orders: 'Ordini', gdap: 'GDAP e DAP', users: 'Utenti partner', failures: 'Errori' },
  sections: {
    customers: 'Clienti in questo periodo',
    timeline: 'Cronologia',
    subscriptions: 'Sottoscrizioni',
    seatChanges: 'Variazioni di quantità',
    orders: 'Righe d’ordine',
    relationships: 'Eventi delle relazioni',
    perCustomer: 'Totali per cliente',
    perProduct: 'Totali per prodotto',
    accessEnded: 'Clienti il cui accesso è terminato in questo periodo',
    customerAccess: 'Accesso per cliente',
    users: 'Attività per utente partner',
    created: 'Utenti partner creati in questo periodo',
    failures: 'Operazioni non riuscite e rifiutate',
    byAction: 'Per azione',
    byCustomer: 'Per cliente',
    byUser: 'Per utente partner',
  },
  facts: {
    records: 'Record',
    lastActivity: 'Ultima attività (UTC)',
    lastOrder: 'Ultimo ordine (UTC)',
    gdap: 'GDAP',
    dap: 'DAP',
    added: 'Licenze aggiunte',
    removed: 'Licenze rimosse',
    net: 'Variazione netta di licenze',
    changes: 'Variazioni di quantità',
    orders: 'Ordini',
    lines: 'Righe d’ordine',
    promotedLines: 'Righe con una promozione',
    failedLines: 'Righe di ordini non andati a buon fine',
    relationships: 'Relazioni',
    accessEnded: 'Clienti il cui accesso è terminato',
    expiring: 'In scadenza entro 30 giorni',
    users: 'Utenti partner attivi',
    newUsers: 'Nuovi in questo periodo',
    failed: 'Non riuscite',
    declined: 'Rifiutate',
  },
  scanning: (n) => `Lettura dell’archivio… ${n} record finora; i valori qui sotto crescono fino alla fine.`,
  scanned: (n) => `Da ${n} record nell’archivio.`,
  shownOf: (shown, total) => `Sono mostrate le prime ${shown} righe su ${total}; l’esportazione le contiene tutte.`,
  exportSection: (heading) => `Esporta in Excel: ${heading}`,
  exported: (rows, files) => (files > 1 ? `Esportate ${rows} righe in ${files} file.` : `Esportate ${rows} righe.`),
  noRows: 'Niente in questo periodo.',
  pickCustomer: 'Scegli un cliente per vederne la storia.',
  customerView: 'Vista cliente',
  customerViewOf: (name) => `Vista cliente: ${name}`,
  promotion: 'Promozione',
  promotionAny: 'Tutte le righe',
  promotionWith: 'Con promozione (PromotionId presente)',
  promotionWithout: 'Senza promozione',
  unreadableHint: 'Sono comunque nel log attività; i loro valori precedenti/nuovi sono vuoti, non JSON o di una forma sconosciuta.',
  periodNote: 'Gli stati sono quelli alla fine del periodo (UTC).',
};

export function insightViewText(lang: Lang): InsightViewText {
  return lang === 'it' ? IT : EN;
}
