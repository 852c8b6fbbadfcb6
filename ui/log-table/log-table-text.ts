// The log table's own words (sorting, columns, density), in English and Italian; the column names themselves are the
// dashboard's, from core's labels.
import type { Lang } from '../../core/words/locale';
import { formatCount, formatNumber } from '../../core/words/log-text';

export interface LogTableText {
  columns: string;
  chooseColumns: string;
  density: string;
  comfortable: string;
  compact: string;
  /** The Date-Time header's explanation. */
  timesIn: (zone: string) => string;
  sortNeedsCount: string;
  sortNeedsFewer: (limit: string) => string;
  loadingRow: string;
  keyboardHint: string;
  subscriptionsOf: (customer: string) => string;
  /** The count above the rows: exact, or at least so many while the rest is counted. */
  rowCount: (n: number, exact: boolean) => string;
}

const EN: LogTableText = {
  columns: 'Columns',
  chooseColumns: 'Choose columns',
  density: 'Density',
  comfortable: 'Comfortable',
  compact: 'Compact',
  timesIn: (zone) => `Times in ${zone}; UTC on hover`,
  sortNeedsCount: 'Sorting by this column is possible once the rows are counted.',
  sortNeedsFewer: (limit) => `Narrow the view to ${limit} rows or fewer to sort by this column.`,
  loadingRow: 'Loading…',
  keyboardHint: 'Arrow keys move between rows, Enter opens the details, Esc closes them.',
  subscriptionsOf: (customer) => `Subscriptions of ${customer}`,
  rowCount: (n, exact) => (exact ? formatCount('en', n) : `${formatNumber('en', n)}+ records (counting…)`),
};

const IT: LogTableText = {
  columns: 'Colonne',
  chooseColumns: 'Scegli le colonne',
  density: 'Densità',
  comfortable: 'Comoda',
  compact: 'Compatta',
  timesIn: (zone) => `Orari in ${zone}; UTC al passaggio del mouse`,
  sortNeedsCount: 'L’ordinamento per questa colonna è possibile quando le righe sono state contate.',
  sortNeedsFewer: (limit) => `Restringi la vista a ${limit} righe o meno per ordinare per questa colonna.`,
  loadingRow: 'Caricamento…',
  keyboardHint: 'Le frecce spostano tra le righe, Invio apre i dettagli, Esc li chiude.',
  subscriptionsOf: (customer) => `Sottoscrizioni di ${customer}`,
  rowCount: (n, exact) => (exact ? formatCount('it', n) : `${formatNumber('it', n)}+ record (conteggio in corso…)`),
};

export function logTableText(lang: Lang): LogTableText {
  return lang === 'it' ? IT : EN;
}
