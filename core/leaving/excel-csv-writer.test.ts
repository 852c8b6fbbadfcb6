import fc from 'fast-check';
import { chunksText } from './chunks-text';
import { Utf8Out } from './utf8-out';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import { EXCEL_MAX_CELL_CHARS, excelCell } from './csv-cell';
import {
  excelCsvChunks,
  excelCsvChunksAsync,
  excelCsvHeader,
  excelCsvRow,
  writeExcelCell,
  type CsvChunk,
  type ExcelCsvOptions,
} from './excel-csv-writer';
import { EXPORT_COLUMNS } from './export-columns';
import type { CsvDelimiter, Lang } from '../words/locale';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const NOW = new Date('2026-03-31T12:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The text as a file holds it: a lone surrogate (no UTF-8 form) becomes U+FFFD. */
const wellFormed = (text: string) => new TextDecoder().decode(utf8(text));
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

function record(fields: Partial<ActivityRecord>): ActivityRecord {
  return {
    ...emptyRecord('api'),
    key: 'id:1',
    id: '0b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d',
    customerName: 'Contoso',
    operationType: 'create_customer_user',
    resourceType: 'customer_user',
    operationStatus: 'succeeded',
    operationDate: '2026-03-02T09:15:30.123Z',
    ...fields,
  };
}

function exportText(records: Iterable<ActivityRecord>, options: ExcelCsvOptions): string {
  return chunksText(excelCsvChunks(records, options));
}

/** Rows as a spreadsheet's CSV reader (Papa Parse here) sees them: header first. */
function readBack(text: string, delimiter: CsvDelimiter): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  // Every line ends with CRLF, so the reader's last "row" is the empty rest.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

function cell(rows: string[][], row: number, id: (typeof EXPORT_COLUMNS)[number]['id']): string {
  return rows[row]![EXPORT_COLUMNS.findIndex((c) => c.id === id)]!;
}

describe('the Excel CSV a user downloads', () => {
  it.each<[Lang, CsvDelimiter]>([
    ['en', ','],
    ['it', ';'],
    ['en', ';'],
    ['it', ','],
  ])('has the columns in order with %s headers, split by %j', (lang, delimiter) => {
    const rows = readBack(exportText([record({})], { lang, delimiter }), delimiter);
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header[lang]));
    expect(rows[1]).toHaveLength(EXPORT_COLUMNS.length);
    expect(excelCsvHeader({ lang, delimiter })).toBe(EXPORT_COLUMNS.map((c) => c.header[lang]).join(delimiter));
  });

  it('starts with a BOM, ends every line with CRLF and never writes sep=', () => {
    const text = exportText([record({}), record({ customerName: 'Fabrikam' })], { lang: 'en', delimiter: ',' });
    expect(text.startsWith('\uFEFFDate-Time (UTC),Affected customer,Action,Partner user,')).toBe(true);
    expect(text).not.toMatch(/sep=/i);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')).toHaveLength(4);
  });

  it('writes the Partner Center columns readable: UTC date, action sentence, status, ids', () => {
    const rows = readBack(
      exportText(
        [record({ userPrincipalName: 'anna@partner.example', applicationId: 'app-1', customerId: 'c-1', partnerId: 'p-1', originalCorrelationId: 'corr-1' })],
        { lang: 'it', delimiter: ';' },
      ),
      ';',
    );
    expect(rows[1]!.slice(0, 9)).toEqual([
      '2026-03-02 09:15:30',
      'Contoso',
      'ha creato un utente del cliente',
      'anna@partner.example',
      'c-1',
      'customer_user',
      'create_customer_user',
      'Riuscita',
      'app-1',
    ]);
    expect(cell(rows, 1, 'recordId')).toBe('0b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d');
    expect(cell(rows, 1, 'partnerId')).toBe('p-1');
    expect(cell(rows, 1, 'correlationId')).toBe('corr-1');
  });

  it('keeps raw old/new values and writes the key-value lists as JSON, empty lists as empty cells', () => {
    const rows = readBack(
      exportText(
        [
          record({
            resourceOldValue: '{"quantity":1}',
            resourceNewValue: 'not json, at all',
            customizedData: [{ key: 'PONumber', value: '123456789012345678' }],
            attributes: [{ key: 'objectType', value: 'AuditRecord' }],
          }),
        ],
        { lang: 'en', delimiter: ',' },
      ),
      ',',
    );
    expect(cell(rows, 1, 'oldValue')).toBe('{"quantity":1}');
    expect(cell(rows, 1, 'newValue')).toBe('not json, at all');
    expect(JSON.parse(cell(rows, 1, 'customizedData'))).toEqual([{ key: 'PONumber', value: '123456789012345678' }]);
    expect(JSON.parse(cell(rows, 1, 'attributes'))).toEqual([{ key: 'objectType', value: 'AuditRecord' }]);
    expect(cell(rows, 1, 'extra')).toBe('');
  });

  it.each([
    '=HYPERLINK("http://x","y")',
    '@SUM(1+1)',
    "=cmd|' /C calc'!A0",
    '-2+3',
    '\n=1+1',
    '\t=1',
    '＝1+1',
  ])('writes the customer name %j with a leading quote, quoted, in every text column', (payload) => {
    const r = record({ customerName: payload, userPrincipalName: payload, resourceType: payload, extra: [] });
    const row = excelCsvRow(r, { lang: 'en', delimiter: ',' });
    const escaped = payload.replace(/"/g, '""');
    expect(row).toContain(`,"'${escaped}",`);
    const rows = readBack(exportText([r], { lang: 'en', delimiter: ',' }), ',');
    expect(cell(rows, 1, 'customerName')).toBe("'" + payload);
    expect(cell(rows, 1, 'partnerUser')).toBe("'" + payload);
    expect(cell(rows, 1, 'resourceType')).toBe("'" + payload);
  });

  it('keeps an 18-digit id as text', () => {
    const rows = readBack(exportText([record({ id: '123456789012345678', customerId: '000123' })], { lang: 'en', delimiter: ',' }), ',');
    expect(cell(rows, 1, 'recordId')).toBe("'123456789012345678");
    expect(cell(rows, 1, 'customerId')).toBe("'000123");
  });

  it('exports an order of three products as one row with its products in Details', () => {
    const order = record({
      operationType: 'create_order',
      resourceType: 'order',
      customizedData: [
        { key: 'OrderId', value: 'ord-1' },
        { key: 'ProductName_0', value: 'Microsoft 365 Business Premium' },
        { key: 'Quantity_0', value: '10' },
        { key: 'ProductName_1', value: 'Power BI Pro' },
        { key: 'Quantity_1', value: '2' },
        { key: 'ProductName_2', value: 'Visio Plan 2' },
        { key: 'Quantity_2', value: '1' },
      ],
    });
    const rows = readBack(exportText([order], { lang: 'en', delimiter: ',' }), ',');
    expect(rows).toHaveLength(2);
    const details = cell(rows, 1, 'details');
    for (const product of ['Microsoft 365 Business Premium', 'Power BI Pro', 'Visio Plan 2']) expect(details).toContain(product);
    expect(details).toContain('ord-1');
  });

  it('cuts a cell over 32,767 characters with a marker, leaving the other cells whole', () => {
    const huge = '{"lineItems":[' + '{"offerId":"CFQ7TTC0LH18:0001"},'.repeat(4000) + ']}';
    const rows = readBack(exportText([record({ resourceNewValue: huge })], { lang: 'en', delimiter: ',' }), ',');
    const written = cell(rows, 1, 'newValue');
    expect(written.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(written.startsWith(huge.slice(0, 30_000))).toBe(true);
    expect(written).toMatch(/… \[truncated: [\d,]+ characters; see the JSON export\]$/);
    expect(cell(rows, 1, 'customerName')).toBe('Contoso');
  });
});

describe('any text in any column', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.tuple(fc.constantFrom(...TRIGGERS, "'", "'=", '0', '"', ';', ','), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  );

  it('reads back unchanged but for the guard quote, and no cell starts with a trigger', () => {
    fc.assert(
      fc.property(text, text, text, fc.constantFrom<CsvDelimiter>(',', ';'), (name, user, value, delimiter) => {
        const r = record({ customerName: name, userPrincipalName: user, resourceOldValue: value, extra: [{ key: 'Note', value }] });
        const rows = readBack(exportText([r], { lang: 'en', delimiter }), delimiter);
        expect(rows).toHaveLength(2);
        const back = (written: string, original: string) => expect(written === original || written === "'" + original).toBe(true);
        back(cell(rows, 1, 'customerName'), name);
        back(cell(rows, 1, 'partnerUser'), user);
        back(cell(rows, 1, 'oldValue'), value);
        expect(JSON.parse(cell(rows, 1, 'extra'))).toEqual([{ key: 'Note', value }]);
        for (const c of rows[1]!) expect(TRIGGERS.some((t) => c.startsWith(t))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a big export', () => {
  const records = [...generateSampleRecords({ count: 12, seed: 5, now: NOW })];

  it('splits at maxRowsPerFile into numbered files, each with BOM and header', () => {
    const files = new Map<number, string>();
    for (const chunk of excelCsvChunks(records, { lang: 'en', delimiter: ',', maxRowsPerFile: 5, chunkRows: 3 })) {
      files.set(chunk.file, (files.get(chunk.file) ?? '') + chunksText([chunk]));
    }
    expect([...files.keys()]).toEqual([1, 2, 3]);
    const ids: string[] = [];
    for (const text of files.values()) {
      const rows = readBack(text, ',');
      expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header.en));
      expect(rows).toHaveLength(5);
      for (let i = 1; i < rows.length; i++) ids.push(cell(rows, i, 'recordId'));
    }
    expect(ids).toEqual(records.map((r) => r.id));
  });

  it('starts no empty file when the last one is exactly full', () => {
    const chunks = [...excelCsvChunks(records.slice(0, 8), { lang: 'en', delimiter: ',', maxRowsPerFile: 5 })];
    expect(new Set(chunks.map((c) => c.file))).toEqual(new Set([1, 2]));
  });

  it('reports progress as rows written so far, and chunk rows that add up', () => {
    const chunks: CsvChunk[] = [...excelCsvChunks(records, { lang: 'en', delimiter: ',', maxRowsPerFile: 5, chunkRows: 3 })];
    expect(chunks.every((c) => c.chunkRows <= 3)).toBe(true);
    expect(chunks.map((c) => c.rows)).toEqual([...chunks.map((c) => c.rows)].sort((a, b) => a - b));
    expect(chunks.at(-1)!.rows).toBe(12);
    expect(chunks.reduce((sum, c) => sum + c.chunkRows, 0)).toBe(12);
  });

  it('stops reading records when the caller stops (cancel)', () => {
    let pulled = 0;
    function* endless(): Generator<ActivityRecord> {
      for (;;) {
        pulled++;
        yield record({ id: `r${pulled}` });
      }
    }
    for (const chunk of excelCsvChunks(endless(), { lang: 'en', delimiter: ',', chunkRows: 10 })) {
      if (chunk.rows >= 30) break;
    }
    expect(pulled).toBe(30);
  });

  it('writes just the header when there is nothing to export', () => {
    const chunks = [...excelCsvChunks([], { lang: 'it', delimiter: ';' })];
    expect(chunks).toEqual([{ file: 1, bytes: utf8('\uFEFF' + excelCsvHeader({ lang: 'it', delimiter: ';' }) + '\r\n'), rows: 0, chunkRows: 0 }]);
  });

  it('yields the same text from a store that streams records asynchronously', async () => {
    async function* slowly(): AsyncGenerator<ActivityRecord> {
      for (const r of records) {
        await Promise.resolve();
        yield r;
      }
    }
    const options: ExcelCsvOptions = { lang: 'it', delimiter: ';', maxRowsPerFile: 7, chunkRows: 4 };
    const asyncChunks: CsvChunk[] = [];
    for await (const chunk of excelCsvChunksAsync(slowly(), options)) asyncChunks.push(chunk);
    expect(asyncChunks).toEqual([...excelCsvChunks(records, options)]);
  });

  it('keeps each chunk small, whatever the row count asked for', () => {
    const many = [...generateSampleRecords({ count: 300, seed: 9, now: NOW })];
    const chunks = [...excelCsvChunks(many, { lang: 'en', delimiter: ',', chunkRows: 1000, chunkBytes: 20_000 })];
    expect(chunks.length).toBeGreaterThan(1);
    // A chunk ends on the row that crosses the limit.
    for (const c of chunks) expect(c.bytes.length).toBeLessThan(20_000 + 3 * EXCEL_MAX_CELL_CHARS * EXPORT_COLUMNS.length);
    expect(chunks.slice(0, -1).every((c) => c.bytes.length >= 20_000)).toBe(true);
    // Each chunk ends a row: every chunk is whole UTF-8 text on its own.
    for (const c of chunks) expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(c.bytes).endsWith('\r\n')).toBe(true);
  });
});

describe('the fast path writes exactly what excelCell writes', () => {
  const awkward = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('=1', '+x', '-2', '@SUM(1)', '\t', '\r\n=1', '123456789012345', '0123', "'=1", '"q"', 'a,b', 'a;b', '＝1', '\\', '\u0001', '\ud800'),
    fc.constantFrom('x'.repeat(32_767), 'x'.repeat(32_768), '"'.repeat(16_400), '😀'.repeat(16_400), '=' + 'a,'.repeat(20_000)),
  );

  it('writeExcelCell: the UTF-8 bytes of the same cell, for any text and delimiter, after any bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), awkward, fc.constantFrom(44, 59), fc.constantFrom<'en' | 'it'>('en', 'it'), (before, text, delimiter, lang) => {
        // A small buffer with something in it already: the cell must make it grow without losing what it holds.
        const out = new Utf8Out(8);
        out.text(before);
        writeExcelCell(out, text, delimiter, lang);
        expect(chunksText([out.take()])).toBe(wellFormed(before + excelCell(text, delimiter, lang)));
      }),
      { numRuns: 400 },
    );
  });

  it('customized data, attributes and other columns: the JSON of the list, quoted, for any keys and values', () => {
    const base = [...generateSampleRecords({ count: 1, seed: 1 })][0]!;
    fc.assert(
      fc.property(fc.array(fc.record({ key: awkward, value: awkward }), { maxLength: 4 }), fc.constantFrom<',' | ';'>(',', ';'), (list, delimiter) => {
        const record = { ...base, customizedData: list, attributes: list, extra: list };
        const cell = wellFormed(excelCell(list.length === 0 ? '' : JSON.stringify(list), delimiter.charCodeAt(0), 'en'));
        const row = excelCsvRow(record, { lang: 'en', delimiter });
        expect(row.endsWith([cell, cell, cell].join(delimiter))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
