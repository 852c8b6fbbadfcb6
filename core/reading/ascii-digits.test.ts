import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDigits } from './ascii-digits';

describe('isDigits', () => {
  it('reads the year of a dashboard date and refuses a letter or a full-width digit', () => {
    expect(isDigits('2026-03-31 10:00:00', 0, 4)).toBe(true);
    expect(isDigits('2026-03-31', 0, 5)).toBe(false);
    expect(isDigits('２０２６')).toBe(false);
    expect(isDigits('12a')).toBe(false);
  });

  it('agrees with /^[0-9]*$/ on any text and range', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(20), fc.nat(20), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        expect(isDigits(text, from, to)).toBe(/^[0-9]*$/.test(text.slice(from, to)));
      }),
    );
  });
});
