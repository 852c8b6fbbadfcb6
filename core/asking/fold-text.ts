// One way to compare names typed by people: "societa" must find "Società", "OSTERREICH" must find "Österreich".

/** Letters NFD does not split into base + mark. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Any character outside ASCII: text without one needs no Unicode folding. */
export const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const EXTRA_FOLD_CHARS = /[øßæœłđðþıħ]/g;
const SPACES = /\s+/g;
const NEEDS_SPACE_FOLD = /\s\s|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^\s|\s$/;

function foldByDecomposition(lower: string): string {
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c);
}

/**
 * The folds of U+0080–U+024F (Latin-1 and Latin Extended: nearly every European name), worked out once, so the
 * common case skips Unicode normalisation of the whole string.
 */
const LATIN_FOLDS: Record<string, string> = {};
for (let code = 0x80; code <= 0x24f; code++) {
  const c = String.fromCharCode(code);
  const folded = foldByDecomposition(c);
  if (folded !== c) LATIN_FOLDS[c] = folded;
}
const BEYOND_LATIN = /[^\x00-\u024f]/;
const LATIN_FOLDABLE = new RegExp(`[${Object.keys(LATIN_FOLDS).join('')}]`, 'g');

/** Lower case, no diacritics; spacing left as it is. Enough to search for words that hold no space. */
export function foldLetters(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const lower = s.toLowerCase();
  if (BEYOND_LATIN.test(lower)) return foldByDecomposition(lower);
  return lower.replace(LATIN_FOLDABLE, (c) => LATIN_FOLDS[c]!);
}

/** Lower case, no diacritics, single spaces, trimmed. */
export function foldText(s: string): string {
  if (s === '') return s;
  const letters = foldLetters(s);
  return NEEDS_SPACE_FOLD.test(letters) ? letters.replace(SPACES, ' ').trim() : letters;
}
