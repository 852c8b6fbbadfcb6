// Date-Time as a person reads it: in their own time zone, with the zone named so "10:15" is never ambiguous; the UTC
// time Partner Center records (and every export keeps) goes in the hover title. Pure formatting, cached per style.
import type { Lang } from '../../core/words/locale';

export type DateTimeStyle = 'short' | 'medium';

export interface DateTimeText {
  /** Local date and time with the zone's short name, e.g. "20/11/26, 11:15 CET". */
  local: string;
  /** "2026-11-20 10:15:00 UTC": the record's own time, as exported. */
  utc: string;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The browser's locale when it speaks the UI language (so an en-GB user gets day/month), else the language's own. */
function localeFor(lang: Lang): string {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith(lang) ? browser : lang === 'it' ? 'it-IT' : 'en-US';
}

function format(lang: Lang, style: DateTimeStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const locale = localeFor(lang);
  const id = `${locale}|${style}|${timeZone ?? ''}`;
  let f = FORMATS.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: style === 'short' ? '2-digit' : 'numeric',
      month: style === 'short' ? '2-digit' : 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      ...(style === 'medium' ? { second: '2-digit' as const } : {}),
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    FORMATS.set(id, f);
  }
  return f;
}

export function utcText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** `timeZone` is for tests and for a user who picked one; by default the system's. */
export function dateTimeText(iso: string, lang: Lang, style: DateTimeStyle = 'short', timeZone?: string): DateTimeText {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { local: iso, utc: iso };
  return { local: format(lang, style, timeZone).format(date), utc: utcText(iso) };
}

/** The IANA name of the zone times are shown in ("Europe/Rome"), for a column's explanation. */
export function shownTimeZone(timeZone?: string): string {
  return timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

const MOMENT_FORMATS = new Map<Lang, Intl.DateTimeFormat>();

/**
 * When something of ours happened (a sign-in, a sync, a pairing), e.g. "Nov 20, 2026, 11:15 AM": the settings'
 * and sync status's times, in the UI language's own locale and the system's zone.
 */
export function momentText(ms: number, lang: Lang): string {
  let f = MOMENT_FORMATS.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
    MOMENT_FORMATS.set(lang, f);
  }
  return f.format(ms);
}
