// The details panel's own words (copy, raw JSON, close), in English and Italian; field names are core's labels.
import type { Lang } from '../../core/words/locale';

export interface RecordDetailsText {
  copy: (what: string) => string;
  copied: (what: string) => string;
  copyFailed: string;
  showRaw: string;
  hideRaw: string;
  rawJson: string;
  close: string;
}

const EN: RecordDetailsText = {
  copy: (what) => `Copy ${what}`,
  copied: (what) => `${what} copied`,
  copyFailed: 'The browser did not allow copying; select the text instead.',
  showRaw: 'Show raw JSON',
  hideRaw: 'Hide raw JSON',
  rawJson: 'Raw JSON',
  close: 'Close details',
};

const IT: RecordDetailsText = {
  copy: (what) => `Copia ${what}`,
  copied: (what) => `${what} copiato`,
  copyFailed: 'Il browser non ha permesso la copia; seleziona il testo.',
  showRaw: 'Mostra JSON originale',
  hideRaw: 'Nascondi JSON originale',
  rawJson: 'JSON originale',
  close: 'Chiudi dettagli',
};

export function recordDetailsText(lang: Lang): RecordDetailsText {
  return lang === 'it' ? IT : EN;
}
