import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from './fold-text';

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
