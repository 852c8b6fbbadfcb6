import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_MAX_CELL_CHARS,
  LONG_DIGIT_TEXT_MIN_LENGTH,
  excelCell,
  guardCell,
  quoteCell,
  truncationMarker,
  unguardCell,
} from './csv-cell';

const PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  '@SUM(1+1)',
  "=cmd|' /C calc'!A0",
  '-2+3',
  '+1',
  '\n=1+1',
  '\r=1+1',
  '\t=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
];

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

/** Text that starts like the risky cases more often than plain fc.string would. */
const cellText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  // Any code point, control characters included (NUL, tab, CR, LF, U+FEFF, full-width signs…).
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc
    .tuple(fc.constantFrom("'", "''", '', '0', '1'), fc.constantFrom(...TRIGGERS, '', '"', ',', ';', '0', '9'), fc.string({ maxLength: 20 }))
    .map(([a, b, c]) => a + b + c),
  fc.stringMatching(/^\d{1,20}$/),
);

/** How Papa Parse (standing in for a spreadsheet's CSV reader) reads one line back. */
function parseLine(line: string, delimiter: string): string[] {
  const result = Papa.parse<string[]>(line, { delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data[0] ?? [''];
}

describe('a cell a spreadsheet would run as a formula', () => {
  it.each(PAYLOADS)('%j is written with a leading quote, quoted', (payload) => {
    expect(guardCell(payload)).toBe("'" + payload);
    const written = excelCell(payload, 44, 'en');
    expect(written.startsWith(`"'`)).toBe(true);
    expect(parseLine(written, ',')).toEqual(["'" + payload]);
  });

  it('leaves ordinary text, an apostrophe word and empty cells alone', () => {
    for (const text of ['Contoso', "'tis", 'a=b', ' =1', '', "'", 'Società Àlfa', '3f2a-guid']) {
      expect(guardCell(text)).toBe(text);
      expect(unguardCell(text)).toBe(text);
    }
  });

  it('guards text that starts with apostrophes before a trigger, so the importer gives it back whole', () => {
    expect(guardCell("'=1")).toBe("''=1");
    expect(unguardCell("''=1")).toBe("'=1");
  });
});

describe('a long number written as text', () => {
  it(`keeps ids of ${LONG_DIGIT_TEXT_MIN_LENGTH}+ digits and zero-led digits as text; short numbers stay numbers`, () => {
    expect(guardCell('123456789012345678')).toBe("'123456789012345678");
    expect(guardCell('1'.repeat(LONG_DIGIT_TEXT_MIN_LENGTH))).toBe("'" + '1'.repeat(LONG_DIGIT_TEXT_MIN_LENGTH));
    expect(guardCell('1'.repeat(LONG_DIGIT_TEXT_MIN_LENGTH - 1))).toBe('1'.repeat(LONG_DIGIT_TEXT_MIN_LENGTH - 1));
    expect(guardCell('0123')).toBe("'0123");
    expect(guardCell('0')).toBe('0');
    expect(guardCell('42')).toBe('42');
    expect(guardCell('123456789012345678a')).toBe('123456789012345678a');
    expect(excelCell('123456789012345678', 59, 'it')).toBe(`"'123456789012345678"`);
  });
});

describe('RFC 4180 quoting', () => {
  it('quotes the delimiter in use, quotes, CR and LF; doubles inner quotes', () => {
    expect(quoteCell('a,b', ',')).toBe('"a,b"');
    expect(quoteCell('a,b', ';')).toBe('a,b');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteCell('line 1\r\nline 2', ',')).toBe('"line 1\r\nline 2"');
    expect(quoteCell('plain', ',')).toBe('plain');
    expect(quoteCell('', ',')).toBe('');
  });

  it('quotes a guarded cell even when nothing else asks for it', () => {
    expect(quoteCell(guardCell('-2+3'), ',')).toBe(`"'-2+3"`);
  });
});

describe('any text survives the cell and a CSV reader', () => {
  it('reads back as written, but for the guard quote, and never starts with a trigger', () => {
    fc.assert(
      fc.property(cellText, fc.constantFrom(',', ';'), (text, delimiter) => {
        const written = excelCell(text, delimiter.charCodeAt(0), 'en');
        const [read] = parseLine(written, delimiter);
        expect(unguardCell(read!)).toBe(text);
        expect(read === text || read === "'" + text).toBe(true);
        expect(TRIGGERS.some((t) => read!.startsWith(t))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes an apostrophe off only when the rest would have been guarded: a text's own apostrophes stay", () => {
    fc.assert(
      fc.property(fc.constantFrom('', "'", "''", "'''"), cellText, (apostrophes, rest) => {
        const text = apostrophes + rest;
        const read = unguardCell(text);
        // Either the text is left alone, or it is exactly what guardCell writes for the shorter text.
        expect(read === text || guardCell(read) === text).toBe(true);
        // So a text written without a guard ('abc, '' or 'it's) is never shortened on the way back in,
        if (guardCell(text) === text) expect(unguardCell(text)).toBe(text);
        // and one written with a guard ('=1 → ''=1) loses exactly that guard.
        expect(unguardCell(guardCell(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('unguardCell undoes guardCell for any text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a value past Excel's 32,767-character cell", () => {
  it('is cut with a visible marker naming the full length, the guard counted', () => {
    const long = '=' + 'x'.repeat(100_000);
    const [read] = parseLine(excelCell(long, 44, 'en'), ',');
    expect(read!.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(read!.startsWith("'=xxx")).toBe(true);
    expect(read!.endsWith(truncationMarker(100_001, 'en'))).toBe(true);
    expect(read).toContain('[truncated: 100,001 characters; see the JSON export]');
  });

  it('says so in Italian, with quotes inside still doubled', () => {
    const long = '"a";'.repeat(20_000);
    const [read] = parseLine(excelCell(long, 59, 'it'), ';');
    expect(read!.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(read).toContain("[troncato: 80.000 caratteri; vedi l'esportazione JSON]");
    expect(long.startsWith(read!.slice(0, 1000))).toBe(true);
  });

  it('never cuts a character in half', () => {
    const emoji = '😀'.repeat(20_000);
    const [read] = parseLine(excelCell(emoji, 44, 'en'), ',');
    const kept = read!.slice(0, read!.indexOf(' … ['));
    expect(kept.length % 2).toBe(0);
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });

  it('is left whole at exactly the limit', () => {
    const exact = 'y'.repeat(EXCEL_MAX_CELL_CHARS);
    expect(excelCell(exact, 44, 'en')).toBe(exact);
    expect(excelCell('-' + 'y'.repeat(EXCEL_MAX_CELL_CHARS - 1), 44, 'en')).toContain('[truncated');
  });
});
