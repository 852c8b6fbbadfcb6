// Partner Center's operationStatus words (succeeded, failed, progress, decline) as people read them, and back.
import type { Lang } from './locale';
import { foldText } from './fold-text';
import { humanise } from './action-text';

const STATUS_TEXT: Record<string, Record<Lang, string>> = {
  succeeded: { en: 'Succeeded', it: 'Riuscita' },
  failed: { en: 'Failed', it: 'Non riuscita' },
  progress: { en: 'In progress', it: 'In corso' },
  decline: { en: 'Declined', it: 'Rifiutata' },
};

export const KNOWN_STATUSES: readonly string[] = Object.keys(STATUS_TEXT);

/** The readable status; an unknown status is humanised, never dropped. */
export function statusText(status: string, lang: Lang): string {
  const known = STATUS_TEXT[status];
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
