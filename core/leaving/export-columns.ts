// The columns of our CSV export, in order (SPEC §4), with their en/it headers: the writer writes them,
// the reader recognises them, so an export round-trips. Change a header here and both follow.

import type { Lang } from '../words/locale';

export type ExportColumnId =
  | 'dateTime'
  | 'customerName'
  | 'action'
  | 'partnerUser'
  | 'customerId'
  | 'resourceType'
  | 'operationType'
  | 'status'
  | 'application'
  | 'details'
  | 'recordId'
  | 'partnerId'
  | 'correlationId'
  | 'oldValue'
  | 'newValue'
  | 'customizedData'
  | 'attributes'
  | 'extra';

export const EXPORT_COLUMNS: readonly { id: ExportColumnId; header: Record<Lang, string> }[] = [
  { id: 'dateTime', header: { en: 'Date-Time (UTC)', it: 'Data-ora (UTC)' } },
  { id: 'customerName', header: { en: 'Affected customer', it: 'Cliente interessato' } },
  { id: 'action', header: { en: 'Action', it: 'Azione' } },
  { id: 'partnerUser', header: { en: 'Partner user', it: 'Utente partner' } },
  { id: 'customerId', header: { en: 'Customer ID', it: 'ID cliente' } },
  { id: 'resourceType', header: { en: 'Resource type', it: 'Tipo di risorsa' } },
  { id: 'operationType', header: { en: 'Operation type', it: 'Tipo di operazione' } },
  { id: 'status', header: { en: 'Status', it: 'Stato' } },
  { id: 'application', header: { en: 'Application', it: 'Applicazione' } },
  { id: 'details', header: { en: 'Details', it: 'Dettagli' } },
  { id: 'recordId', header: { en: 'Record ID', it: 'ID record' } },
  // Past the readable columns: what a lossless round trip needs (raw values, JSON-encoded lists).
  { id: 'partnerId', header: { en: 'Partner ID', it: 'ID partner' } },
  { id: 'correlationId', header: { en: 'Correlation ID', it: 'ID correlazione' } },
  { id: 'oldValue', header: { en: 'Old value', it: 'Valore precedente' } },
  { id: 'newValue', header: { en: 'New value', it: 'Nuovo valore' } },
  { id: 'customizedData', header: { en: 'Customized data', it: 'Dati personalizzati' } },
  { id: 'attributes', header: { en: 'Attributes', it: 'Attributi' } },
  { id: 'extra', header: { en: 'Other columns', it: 'Altre colonne' } },
];
