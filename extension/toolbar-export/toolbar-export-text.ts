// What the toolbar export says in its notification, in English and Italian.
import type { Lang } from '../../core/words/locale';
import { formatCount, logText } from '../../core/words/log-text';
import type { ActivityProblemKind } from '../data-source/activity-source';

export interface ToolbarExportText {
  doneTitle: (sample: boolean) => string;
  doneMessage: (fileName: string, rows: number, customer?: string) => string;
  splitMessage: (files: number, rows: number) => string;
  nothingTitle: string;
  nothingMessage: (customer?: string) => string;
  problemTitle: string;
  problemMessage: (kind: ActivityProblemKind, detail: string) => string;
}

const EN: ToolbarExportText = {
  doneTitle: (sample) => (sample ? 'Activity log exported (sample data)' : 'Activity log exported'),
  doneMessage: (file, rows, customer) =>
    `${file}: ${formatCount('en', rows)}${customer ? ` for ${customer}` : ''}, saved to your downloads folder.`,
  splitMessage: (files, rows) => `${formatCount('en', rows)} saved as ${files} files: Excel opens at most 1,048,576 rows per sheet.`,
  nothingTitle: 'Nothing to export',
  nothingMessage: (customer) => `No activity in the last month${customer ? ` for ${customer}` : ''}; no file was saved.`,
  problemTitle: 'Activity log not exported',
  problemMessage: (kind, detail) => {
    switch (kind) {
      case 'not-signed-in':
      case 'unauthorized':
        return 'You are not signed in to Partner Center: open the side panel (right-click the button) and sign in, then try again.';
      case 'forbidden':
        return logText('en').forbiddenRoles;
      case 'network':
      case 'server':
      case 'throttled':
        return `${logText('en').apiUnavailable} ${detail} Click the button again in a few minutes.`;
      default:
        return `${detail} Nothing was saved.`;
    }
  },
};

const IT: ToolbarExportText = {
  doneTitle: (sample) => (sample ? 'Log attività esportato (dati di esempio)' : 'Log attività esportato'),
  doneMessage: (file, rows, customer) =>
    `${file}: ${formatCount('it', rows)}${customer ? ` di ${customer}` : ''}, salvato nella cartella dei download.`,
  splitMessage: (files, rows) => `${formatCount('it', rows)} salvati in ${files} file: Excel apre al massimo 1.048.576 righe per foglio.`,
  nothingTitle: 'Niente da esportare',
  nothingMessage: (customer) => `Nessuna attività nell'ultimo mese${customer ? ` per ${customer}` : ''}; non è stato salvato alcun file.`,
  problemTitle: 'Log attività non esportato',
  problemMessage: (kind, detail) => {
    switch (kind) {
      case 'not-signed-in':
      case 'unauthorized':
        return 'Non hai eseguito l’accesso a Partner Center: apri il pannello laterale (clic destro sul pulsante) e accedi, poi riprova.';
      case 'forbidden':
        return logText('it').forbiddenRoles;
      case 'network':
      case 'server':
      case 'throttled':
        return `${logText('it').apiUnavailable} ${detail} Riprova tra qualche minuto.`;
      default:
        return `${detail} Non è stato salvato nulla.`;
    }
  },
};

export function toolbarExportText(lang: Lang): ToolbarExportText {
  return lang === 'it' ? IT : EN;
}
