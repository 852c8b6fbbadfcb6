import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLetters, foldText } from './fold-text';

describe('foldText', () => {
  it('lets a user type "societa" and find "Società", in any case', () => {
    expect(foldText('Società Agricola')).toBe('societa agricola');
    expect(foldText('SOCIETÀ')).toBe(foldText('società'));
    expect(foldText('Österreich Ålesund Çağ')).toBe('osterreich alesund cag');
  });

  it('folds the letters Unicode does not decompose', () => {
    expect(foldText('Søren Straße Æther Łódź Đorđe')).toBe('soren strasse aether lodz dorde');
  });

  it('collapses runs of spaces, tabs and newlines and trims the ends', () => {
    expect(foldText('  Contoso \t  Ltd\n')).toBe('contoso ltd');
    expect(foldText('Fabrikam\u00a0 Inc')).toBe('fabrikam inc');
  });

  it('gives the same result on the ASCII fast path as the general rule', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(foldText(s)).toBe(s.toLowerCase().replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('is stable: folding twice changes nothing, and a folded word is found in the folded text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const folded = foldText(a);
        expect(foldText(folded)).toBe(folded);
        expect(foldText(`${b} ${a} ${b}`)).toContain(folded);
      }),
    );
  });
});

describe('foldLetters', () => {
  /** The rule spelled out: lower case, Unicode decomposition, marks dropped, a few letters rewritten. */
  const byRule = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
      .replace(/[øßæœłđðþıħ]/g, (c) => ({ ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' })[c]!);

  it('folds European names by its precomputed table exactly as the rule does', () => {
    const latin = fc.string({ unit: fc.integer({ min: 0x20, max: 0x24f }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(latin, (s) => {
      expect(foldLetters(s)).toBe(byRule(s));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(foldLetters(s)).toBe(byRule(s));
    }));
  });

  it('leaves spacing alone', () => {
    expect(foldLetters('  Città  di\tPisa ')).toBe('  citta  di\tpisa ');
  });
});
