// Date-Time as the panel shows it: the user's local time in the UI language, with the UTC time Partner Center
// records (and exports) on hover.
import type { Lang } from '../../core/words/locale';

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang): Intl.DateTimeFormat {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  const locale = browser.toLowerCase().startsWith(lang) ? browser : lang === 'it' ? 'it-IT' : 'en-US';
  let f = FORMATS.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    FORMATS.set(locale, f);
  }
  return f;
}

export function dateTimeText(iso: string, lang: Lang): { local: string; utc: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { local: iso, utc: iso };
  return { local: format(lang).format(date), utc: `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` };
}
