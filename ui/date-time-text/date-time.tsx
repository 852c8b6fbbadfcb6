// One record time on screen: local with its zone named, UTC on hover and spoken after it, the ISO instant in
// <time datetime> for machines (and for tests that check the order).
import type { Lang } from '../../core/words/locale';
import { dateTimeText, type DateTimeStyle } from './date-time-text';

export function DateTime({ iso, lang, style = 'short', timeZone }: { iso: string; lang: Lang; style?: DateTimeStyle; timeZone?: string }) {
  const t = dateTimeText(iso, lang, style, timeZone);
  return (
    <time dateTime={iso} title={t.utc}>
      {t.local}
      <span class="visually-hidden"> ({t.utc})</span>
    </time>
  );
}
