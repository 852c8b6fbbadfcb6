// One way to compare names typed by people: "societa" must find "Società", "OSTERREICH" must find "Österreich".

/** Letters NFD does not split into base + mark. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const EXTRA_FOLD_CHARS = /[øßæœłđðþıħ]/g;
const SPACES = /\s+/g;

/** Lower case, no diacritics, single spaces, trimmed. */
export function foldText(s: string): string {
  if (s === '') return s;
  let ascii = true;
  let plain = true;
  let previousSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) {
      ascii = false;
      break;
    }
    const space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (space && (previousSpace || c !== 0x20)) plain = false;
    else if (c >= 0x41 && c <= 0x5a) plain = false;
    previousSpace = space;
  }
  if (ascii) {
    if (plain && !previousSpace) return s;
    return s.toLowerCase().replace(SPACES, ' ').trim();
  }
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(SPACES, ' ')
    .trim();
}
