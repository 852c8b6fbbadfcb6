// One CSV cell as Excel must receive it (SPEC §4): guarded against formula injection and number mangling,
// quoted per RFC 4180, cut to Excel's cell limit. The writer calls this once per cell, so it scans each text once.

import type { Lang } from '../words/locale';

/**
 * The number rule of the guard: an all-ASCII-digit text is kept as text (leading `'`) when it has at least
 * this many digits, because Excel shows 12+ digit numbers in E-notation (1.23457E+17) and keeps only 15
 * significant digits; or when it has 2+ digits and starts with 0, because Excel drops the leading zero.
 * Shorter digit texts without a leading zero read back as the same number, so they stay bare.
 */
export const LONG_DIGIT_TEXT_MIN_LENGTH = 12;

/** Excel's limit on the characters of one cell (UTF-16 code units, guard included). */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** The prefix that makes a spreadsheet take the cell as text, never a formula (Calc shows it; our importer drops it). */
const GUARD = "'";
const APOSTROPHE = 39;

// = + - @ tab CR LF start a formula (or a formula-like paste) in Excel, LibreOffice and Google Sheets.
const TRIGGER = new Uint8Array(128);
for (const c of [61, 43, 45, 64, 9, 13, 10]) TRIGGER[c] = 1;

/** Full-width ＝ ＋ － ＠: some spreadsheet builds fold them to their ASCII forms. */
function isFullWidthTrigger(c: number): boolean {
  return c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20;
}

/**
 * Whether `text[from..]` must be written with a leading `'`: it starts with a trigger, or it is a digit
 * text the number rule covers. Leading apostrophes are skipped, so a value that itself begins with `'`
 * before a trigger (`'=1`) is guarded too and unguardCell gives it back unchanged.
 */
function needsGuardFrom(text: string, from: number): boolean {
  const length = text.length;
  let i = from;
  while (i < length && text.charCodeAt(i) === APOSTROPHE) i++;
  if (i === length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (TRIGGER[c] === 1) return true;
  } else {
    return isFullWidthTrigger(c);
  }
  if (c < 48 || c > 57) return false;
  const digits = length - i;
  if (digits < 2 || (c !== 48 && digits < LONG_DIGIT_TEXT_MIN_LENGTH)) return false;
  for (let j = i + 1; j < length; j++) {
    const d = text.charCodeAt(j);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/** The text with a leading `'` when a spreadsheet would evaluate it or read it as a mangled number. */
export function guardCell(text: string): string {
  return needsGuardFrom(text, 0) ? GUARD + text : text;
}

/** Reverses guardCell (for the importer): the leading `'` goes only when guardCell would have put it there. */
export function unguardCell(text: string): string {
  return text.charCodeAt(0) === APOSTROPHE && needsGuardFrom(text, 1) ? text.slice(1) : text;
}

/**
 * RFC 4180 quoting of a cell's text (already guarded): quoted when it holds the delimiter, `"`, CR or LF,
 * or carries a guard, with inner quotes doubled.
 */
export function quoteCell(text: string, delimiter: string): string {
  const guarded = text.charCodeAt(0) === APOSTROPHE && needsGuardFrom(text, 1);
  return guarded ? quoted(text.slice(1), delimiter.charCodeAt(0), true) : quoted(text, delimiter.charCodeAt(0), false);
}

/** `123456` → `123,456` (en) or `123.456` (it), without Intl so it costs nothing and reads the same everywhere. */
function groupedCount(n: number, lang: Lang): string {
  const digits = String(n);
  const separator = lang === 'it' ? '.' : ',';
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** What ends a cut cell, so a reader sees it was cut and where the whole value is. */
export function truncationMarker(originalLength: number, lang: Lang): string {
  return lang === 'it'
    ? ` … [troncato: ${groupedCount(originalLength, lang)} caratteri; vedi l'esportazione JSON]`
    : ` … [truncated: ${groupedCount(originalLength, lang)} characters; see the JSON export]`;
}

/**
 * The cell as written: guardCell's guard, cut to EXCEL_MAX_CELL_CHARS with a marker in `lang` (guard
 * counted), quoted per RFC 4180. `delimiter` is the delimiter's char code. One char-code pass finds the first
 * character that forces quoting; past it only `"` matters, which the native indexOf finds.
 */
export function excelCell(text: string, delimiter: number, lang: Lang): string {
  const length = text.length;
  if (length === 0) return '';
  const guarded = needsGuard(text);
  if (length + (guarded ? 1 : 0) > EXCEL_MAX_CELL_CHARS) return truncatedCell(text, guarded, lang);
  return quoted(text, delimiter, guarded);
}

/** Whether guardCell would prefix `text` (non-empty): the writer's hot loop asks this once per cell. */
export function needsGuard(text: string): boolean {
  const c0 = text.charCodeAt(0);
  // Only these first characters can start a guarded text; the rest skip the full check.
  return (
    (c0 < 128 ? TRIGGER[c0] === 1 || c0 === APOSTROPHE || (c0 >= 48 && c0 <= 57) : isFullWidthTrigger(c0)) &&
    needsGuardFrom(text, 0)
  );
}

/** `text` quoted when it must be (or is `guarded`, which also prefixes the guard). */
function quoted(text: string, delimiter: number, guarded: boolean): string {
  const length = text.length;
  let i = 0;
  let c = 0;
  for (; i < length; i++) {
    c = text.charCodeAt(i);
    if (c <= 59 && (c === 34 || c === delimiter || c === 10 || c === 13)) break;
  }
  if (i === length) return guarded ? '"' + GUARD + text + '"' : text;
  const quoteAt = c === 34 ? i : text.indexOf('"', i + 1);
  const body = quoteAt < 0 ? text : doubleQuotes(text, quoteAt);
  return guarded ? '"' + GUARD + body + '"' : '"' + body + '"';
}

/** `text` with every `"` doubled; `first` is the index of the first one. */
function doubleQuotes(text: string, first: number): string {
  let out = '';
  let start = 0;
  let at = first;
  while (at >= 0) {
    out += text.slice(start, at + 1) + '"';
    start = at + 1;
    at = text.indexOf('"', start);
  }
  return out + text.slice(start);
}

function truncatedCell(text: string, guarded: boolean, lang: Lang): string {
  const marker = truncationMarker(text.length, lang);
  let keep = EXCEL_MAX_CELL_CHARS - marker.length - (guarded ? 1 : 0);
  // Never split a surrogate pair: half a character would be garbage in every program.
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  const cut = text.slice(0, keep) + marker;
  const quoteAt = cut.indexOf('"');
  return '"' + (guarded ? GUARD : '') + (quoteAt < 0 ? cut : doubleQuotes(cut, quoteAt)) + '"';
}
