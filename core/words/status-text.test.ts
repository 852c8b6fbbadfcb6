import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KNOWN_STATUSES, statusFromText, statusText } from './status-text';

describe('statusText', () => {
  it('names the four documented statuses in English and Italian', () => {
    expect(KNOWN_STATUSES.map((s) => statusText(s, 'en'))).toEqual(['Succeeded', 'Failed', 'In progress', 'Declined']);
    expect(KNOWN_STATUSES.map((s) => statusText(s, 'it'))).toEqual(['Riuscita', 'Non riuscita', 'In corso', 'Rifiutata']);
  });

  it('shows a status Microsoft adds later humanised', () => {
    expect(statusText('partially_succeeded', 'it')).toBe('partially succeeded');
  });
});

describe('statusFromText', () => {
  it('reads back each status from its English or Italian word, in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_STATUSES), fc.constantFrom('en' as const, 'it' as const), fc.boolean(), (status, lang, upper) => {
        const word = statusText(status, lang);
        expect(statusFromText(upper ? word.toUpperCase() : ` ${word.toLowerCase()} `)).toBe(status);
      }),
    );
  });

  it('accepts the API values themselves and common variants', () => {
    expect(statusFromText('succeeded')).toBe('succeeded');
    expect(statusFromText('decline')).toBe('decline');
    expect(statusFromText('In_Progress')).toBe('progress');
    expect(statusFromText('Success')).toBe('succeeded');
    expect(statusFromText('Riuscito')).toBe('succeeded');
  });

  it('says undefined for anything else (an order id in an old export\'s Status column)', () => {
    expect(statusFromText('3f2a9c1e-0000-4000-8000-000000000000')).toBeUndefined();
    expect(statusFromText('')).toBeUndefined();
  });
});
