// Readers check dates and product indexes digit by digit: one test for "only 0-9 here", without a regex per call.

/** Whether text[from, to) is all ASCII digits 0-9 (true for an empty range). */
export function isDigits(text: string, from = 0, to: number = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
