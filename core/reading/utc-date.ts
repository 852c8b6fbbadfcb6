// Every date a source may write (API ISO, PowerShell, the dashboard's en-US export, European CSVs, our own
// Excel-friendly export) read into the one form records keep: UTC `YYYY-MM-DDTHH:mm:ss.sssZ`.
// Hand-written because Date.parse reads non-ISO text differently per engine and this runs once per row.

export type DayOrder = 'mdy' | 'dmy';

const MS_PER_DAY = 86_400_000;

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(?:([Zz]|UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/;
const NUMERIC_DAY_FIRST_OR_MONTH_FIRST =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?[Tt ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(?:[Zz]|UTC|GMT)?$/;
const MS_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * Reads a date-time into UTC ISO, or undefined when the text is no date or an impossible one (Feb 30).
 * Text without a zone is UTC (Partner Center works in UTC). `order` settles `01/02/2024`; without it,
 * AM/PM text is month-first (en-US), a first number above 12 is a day, `d.M.yyyy` is day-first, and other
 * slashed dates are month-first like the dashboard's en-US export.
 */
export function toIsoUtc(text: string, order?: DayOrder): string | undefined {
  if (isCanonical(text)) return canonicalIfValid(text);
  const t = text.trim();
  if (t.length < 8) return undefined;
  const c0 = t.charCodeAt(0);
  if (c0 === 47 /* / */) {
    const m = MS_DATE.exec(t);
    if (!m) return undefined;
    return fromEpochMs(Number(m[1]));
  }
  let m = ISO_LIKE.exec(t);
  if (m) {
    const offsetMinutes = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? '0')) : 0;
    if (m[9] && (Number(m[10]) > 23 || Number(m[11] ?? '0') > 59)) return undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? '0'), Number(m[5] ?? '0'), Number(m[6] ?? '0'), millis(m[7]), offsetMinutes);
  }
  m = NUMERIC_DAY_FIRST_OR_MONTH_FIRST.exec(t);
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const meridiem = m[9];
  const dayFirst = order ? order === 'dmy' : meridiem ? false : first > 12 ? true : m[2] === '.';
  let hour = Number(m[5] ?? '0');
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem.charCodeAt(0) === 80 || meridiem.charCodeAt(0) === 112;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return build(
    Number(m[4]),
    dayFirst ? second : first,
    dayFirst ? first : second,
    hour,
    Number(m[6] ?? '0'),
    Number(m[7] ?? '0'),
    millis(m[8]),
    0,
  );
}

/** `yyyy-MM-dd HH:mm:ss` (UTC) for a record's ISO date: the form Excel reads as a date-time. '' when unreadable. */
export function toExcelDateTime(iso: string): string {
  const canonical = isCanonical(iso) ? iso : toIsoUtc(iso);
  return canonical === undefined ? '' : canonical.slice(0, 10) + ' ' + canonical.slice(11, 19);
}

/** The UTC calendar day `yyyy-MM-dd` of a record's ISO date; '' when unreadable. */
export function utcDay(iso: string): string {
  const canonical = isCanonical(iso) ? iso : toIsoUtc(iso);
  return canonical === undefined ? '' : canonical.slice(0, 10);
}

function isCanonical(iso: string): boolean {
  return iso.length === 24 && iso.charCodeAt(10) === 84 && iso.charCodeAt(23) === 90 && iso.charCodeAt(4) === 45 && iso.charCodeAt(19) === 46;
}

const CANONICAL_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

function num2(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** The API's own form, checked by character codes: most records take this path. */
function canonicalIfValid(iso: string): string | undefined {
  for (const at of CANONICAL_DIGITS) {
    const c = iso.charCodeAt(at);
    if (c < 48 || c > 57) return undefined;
  }
  if (iso.charCodeAt(7) !== 45 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return undefined;
  const year = num2(iso, 0) * 100 + num2(iso, 2);
  const month = num2(iso, 5);
  const day = num2(iso, 8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (num2(iso, 11) > 23 || num2(iso, 14) > 59 || num2(iso, 17) > 59) return undefined;
  return iso;
}

function millis(fraction: string | undefined): number {
  if (!fraction) return 0;
  return Number((fraction + '00').slice(0, 3));
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetMinutes === 0) return format(year, month, day, hour, minute, second, ms);
  const epoch = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
  return fromEpochMs(epoch);
}

function fromEpochMs(epoch: number): string | undefined {
  if (!Number.isFinite(epoch)) return undefined;
  const days = Math.floor(epoch / MS_PER_DAY);
  let rest = epoch - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) return undefined;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return format(year, month, day, hour, minute, second, rest - second * 1000);
}

// Howard Hinnant's civil-calendar algorithms: exact for every proleptic Gregorian year, unlike Date.UTC
// which maps years 0-99 to 1900-1999.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function format(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): string {
  const y = year < 10 ? '000' + year : year < 100 ? '00' + year : year < 1000 ? '0' + year : '' + year;
  const msText = ms < 10 ? '00' + ms : ms < 100 ? '0' + ms : '' + ms;
  return `${y}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${msText}Z`;
}
