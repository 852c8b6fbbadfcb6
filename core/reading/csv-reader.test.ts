import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowReader, readCsv } from './csv-reader';

/** RFC 4180 writer for the tests: quotes what needs it, and a lone empty cell so the row is not blank. */
function writeCsv(rows: string[][], delimiter: ',' | ';', newline: '\r\n' | '\n'): string {
  return rows
    .map((row) =>
      row
        .map((cell) =>
          /["\r\n,;]/.test(cell) || (row.length === 1 && cell === '') ? `"${cell.replaceAll('"', '""')}"` : cell,
        )
        .join(delimiter),
    )
    .join(newline);
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '"', '""', ',', ';', '\r\n', '\n', '\r', 'a"b', '=1+1', 'é€😀'),
  fc.array(fc.constantFrom('a', '"', ',', ';', '\r', '\n', ' '), { maxLength: 8 }).map((a) => a.join('')),
);
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

function readInChunks(text: string, cuts: number[], delimiter?: ',' | ';'): string[][] {
  const reader = new CsvRowReader(delimiter ? { delimiter } : {});
  const rows: string[][] = [];
  let from = 0;
  for (const cut of cuts) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...reader.push(text.slice(from)));
  rows.push(...reader.finish());
  return rows;
}

describe('readCsv', () => {
  it('reads back any table written RFC 4180 style, with either delimiter and either line end', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), fc.boolean(), (rows, delimiter, newline, trailing) => {
        const text = writeCsv(rows, delimiter, newline) + (trailing ? newline : '');
        expect(readCsv(text, { delimiter }).rows).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same rows whichever position a streamed file is split at', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), (rows, delimiter, newline) => {
        const text = '\uFEFF' + writeCsv(rows, delimiter, newline) + newline;
        const whole = readCsv(text, { delimiter }).rows;
        expect(whole).toEqual(rows);
        for (let cut = 0; cut <= text.length; cut++) expect(readInChunks(text, [cut], delimiter)).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it('reads the same when a file arrives a few characters at a time', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(40), { maxLength: 10 }), (rows, cutList) => {
        const text = writeCsv(rows, ';', '\r\n');
        const cuts = [...new Set(cutList.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        expect(readInChunks(text, cuts, ';')).toEqual(rows);
      }),
    );
  });

  it("detects an Italian Excel file's semicolons from the header and strips the BOM", () => {
    const text = '\uFEFFData-ora;Cliente interessato;Azione\r\n2025-01-02 03:04:05;"Rossi, S.p.A.";ha creato un ordine\r\n';
    expect(readCsv(text)).toEqual({
      delimiter: ';',
      rows: [
        ['Data-ora', 'Cliente interessato', 'Azione'],
        ['2025-01-02 03:04:05', 'Rossi, S.p.A.', 'ha creato un ordine'],
      ],
    });
  });

  it('ignores a semicolon inside a quoted header cell when detecting the delimiter', () => {
    expect(readCsv('"a;b;c",d\n1,2\n').delimiter).toBe(',');
  });

  it('detects the delimiter even when the header line is split across chunks', () => {
    const text = 'Date;Customer;Action\n2025-01-01;Contoso;created\n';
    expect(readInChunks(text, [3, 9, 20])).toEqual(readCsv(text).rows);
    expect(readCsv(text).rows[1]).toEqual(['2025-01-01', 'Contoso', 'created']);
  });

  it('skips blank lines, accepts old Mac CR line ends, and keeps a trailing empty cell', () => {
    expect(readCsv('a,b\r\r\n\n1,\r2,3').rows).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('keeps text after a closing quote and an unterminated quote instead of losing it', () => {
    expect(readCsv('"ab"c,d\n"open,end').rows).toEqual([
      ['abc', 'd'],
      ['open,end'],
    ]);
  });
});
