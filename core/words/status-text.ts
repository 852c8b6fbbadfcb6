// Partner Center's operationStatus words (succeeded, failed, progress, decline) as people read them, and back.
import type { Lang } from './locale';
import { foldText } from '../asking/fold-text';
import { humanise } from './action-text';

const STATUS_TEXT: Record<string, Record<Lang, string>> = {
  succeeded: { en: 'Succeeded', it: 'Riuscita' },
  failed: { en: 'Failed', it: 'Non riuscita' },
  progress: { en: 'In progress', it: 'In corso' },
  decline: { en: 'Declined', it: 'Rifiutata' },
};

/** The SDK's OperationStatus enum in its order (SPEC §7): the index is the integer PowerShell 5.1 writes. */
export const KNOWN_STATUSES: readonly string[] = Object.freeze(Object.keys(STATUS_TEXT));

/** The readable status; an unknown status is humanised, never dropped. */
export function statusText(status: string, lang: Lang): string {
  const known = Object.hasOwn(STATUS_TEXT, status) ? STATUS_TEXT[status] : undefined;
  if (known) return known[lang];
  return humanise(status);
}

const STATUS_BY_TEXT = new Map<string, string>();
for (const [status, texts] of Object.entries(STATUS_TEXT)) {
  STATUS_BY_TEXT.set(status, status);
  STATUS_BY_TEXT.set(foldText(texts.en), status);
  STATUS_BY_TEXT.set(foldText(texts.it), status);
}
for (const [alias, status] of [
  ['success', 'succeeded'], ['successful', 'succeeded'], ['completed', 'succeeded'], ['riuscito', 'succeeded'],
  ['completato', 'succeeded'], ['completata', 'succeeded'], ['failure', 'failed'], ['non riuscito', 'failed'],
  ['errore', 'failed'], ['fallito', 'failed'], ['fallita', 'failed'], ['in_progress', 'progress'],
  ['inprogress', 'progress'], ['pending', 'progress'], ['declined', 'decline'], ['rifiutato', 'decline'],
] as const) {
  STATUS_BY_TEXT.set(alias, status);
}

/** The API status for a word in English or Italian (any case, accents optional); undefined when unknown. */
export function statusFromText(text: string): string | undefined {
  const folded = foldText(text);
  return STATUS_BY_TEXT.get(folded) ?? STATUS_BY_TEXT.get(folded.replace(/_/g, ' '));
}

/**
 * The Status cell of our CSV export: a documented status in words, any other status exactly as it is (not
 * humanised, so statusFromCellText gives it back unchanged).
 */
export function statusCellText(status: string, lang: Lang): string {
  const known = Object.hasOwn(STATUS_TEXT, status) ? STATUS_TEXT[status] : undefined;
  return known ? known[lang] : status;
}

const STATUS_BY_CELL = new Map<string, string>();
for (const [status, texts] of Object.entries(STATUS_TEXT)) {
  STATUS_BY_CELL.set(status, status);
  STATUS_BY_CELL.set(texts.en, status);
  STATUS_BY_CELL.set(texts.it, status);
}

/**
 * Reverses statusCellText: exactly one of the words it writes (or a status code) is that status, any other text is
 * kept as it is. Exact on purpose: folding case or spaces would turn a status Partner Center invents ("success")
 * into another one.
 */
export function statusFromCellText(text: string): string {
  return STATUS_BY_CELL.get(text) ?? text;
}
