// Excel's view of our CSV (SPEC §5): LibreOffice Calc opens the export as a spreadsheet would, and we read what
// it made of each cell. Optional: skips with a clear message where soffice is not installed.
import { chunksText } from './chunks-text';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter as pathDelimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../record/activity-record';
import { guardCell } from './csv-cell';
import { excelCsvChunks } from './excel-csv-writer';
import { EXPORT_COLUMNS, type ExportColumnId } from './export-columns';
import type { CsvDelimiter, Lang } from '../words/locale';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const SKIP_MESSAGE = 'LibreOffice (soffice) not installed: apt-get install -y libreoffice-calc-nogui to run the Excel-fidelity test';

function onPath(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(pathDelimiter)) {
    const candidate = join(dir, command);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const soffice = onPath('soffice');

interface SheetCell {
  type: string;
  text: string;
  formula?: string;
  dateValue?: string;
}

function decode(xml: string): string {
  return xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The cells of a flat ODF spreadsheet (.fods), row by row, as Calc evaluated them. */
function sheetRows(fods: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const row of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const cell of row[1]!.matchAll(/<table:table-cell((?:\s+[\w:-]+="[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attributes = new Map([...cell[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      const paragraphs = [...(cell[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>|<text:p\/>/g)].map((p) => decode(p[1] ?? ''));
      const parsed: SheetCell = { type: attributes.get('office:value-type') ?? 'empty', text: paragraphs.join('\n') };
      const formula = attributes.get('table:formula');
      if (formula !== undefined) parsed.formula = decode(formula);
      const dateValue = attributes.get('office:date-value');
      if (dateValue !== undefined) parsed.dateValue = dateValue;
      const repeat = Number(attributes.get('table:number-columns-repeated') ?? 1);
      for (let i = 0; i < Math.min(repeat, EXPORT_COLUMNS.length); i++) cells.push(parsed);
    }
    rows.push(cells);
  }
  return rows;
}

const work = soffice ? mkdtempSync(join(tmpdir(), 'lens-fidelity-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Opens the CSV files in Calc the way Excel opens a CSV (detects dates and numbers, evaluates formulas) and
 * returns what it made of each, by name. One soffice run per locale: starting it is the slow part.
 */
function openInCalc(files: Record<string, string>, delimiter: CsvDelimiter, lang: Lang): Record<string, SheetCell[][]> {
  const paths = Object.entries(files).map(([name, csv]) => {
    const path = join(work, `${name}.csv`);
    writeFileSync(path, csv, 'utf8');
    return path;
  });
  // Tokens: separator, text delimiter, UTF-8, first line, column formats, locale, quoted-as-text=false,
  // detect special numbers=true (dates), …, evaluate formulas=true: a spreadsheet at its most eager.
  const filter = `CSV:${delimiter.charCodeAt(0)},34,76,1,,${lang === 'it' ? 1040 : 1033},false,true,,,false,,true`;
  const result = spawnSync(
    soffice!,
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', work, ...paths],
    { encoding: 'utf8', timeout: 150_000 },
  );
  const sheets: Record<string, SheetCell[][]> = {};
  for (const name of Object.keys(files)) {
    const out = join(work, `${name}.fods`);
    if (!existsSync(out)) throw new Error(`soffice made no ${name}.fods: ${result.stderr || result.stdout}`);
    sheets[name] = sheetRows(readFileSync(out, 'utf8'));
  }
  return sheets;
}

const PAYLOADS = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', "=cmd|' /C calc'!A0", '-2+3', '+1', '\n=1+1', '\t=1', '＝1+1'];

function fidelityRecords(): ActivityRecord[] {
  const records = [...generateSampleRecords({ count: 42, seed: 2026, now: new Date('2026-03-31T12:00:00Z') })];
  PAYLOADS.forEach((payload, i) => {
    const r = records[i]!;
    records[i] = { ...r, customerName: payload, userPrincipalName: i % 2 === 0 ? payload : r.userPrincipalName };
  });
  records[8] = { ...records[8]!, customerName: 'Società Àlfa\nSede di Zürich "Nord"', id: '123456789012345678' };
  records[9] = { ...records[9]!, customerName: 'Ørsted; Ålesund, Łódź', customerId: '000123' };
  return records;
}

function column(id: ExportColumnId): number {
  return EXPORT_COLUMNS.findIndex((c) => c.id === id);
}

function exportCsv(records: ActivityRecord[], lang: Lang, delimiter: CsvDelimiter): string {
  return chunksText(excelCsvChunks(records, { lang, delimiter }));
}

if (!soffice) {
  it.skip(SKIP_MESSAGE, () => {});
} else {
  describe('a spreadsheet opening our export (LibreOffice Calc standing in for Excel)', () => {
    const records = fidelityRecords();
    let sheets: Record<string, SheetCell[][]> = {};
    beforeAll(() => {
      sheets = {
        ...openInCalc({ control: '\uFEFFa,b\r\n=1+1,123456789012345678\r\n', en: exportCsv(records, 'en', ',') }, ',', 'en'),
        ...openInCalc({ it: exportCsv(records, 'it', ';') }, ';', 'it'),
      };
    }, 300_000);

    it('is able to tell: an unguarded formula runs and a bare 18-digit id is mangled', () => {
      const rows = sheets['control']!;
      expect(rows[1]![0]!.formula).toBe('of:=1+1');
      expect(rows[1]![1]!.type).toBe('float');
    });

    it.each<Lang>(['en', 'it'])('shows every cell as written (%s): no formula run, accents and newlines kept, dates as dates', (lang) => {
      const rows = sheets[lang]!;
      expect(rows).toHaveLength(records.length + 1);
      expect(rows[0]!.map((c) => c.text)).toEqual(EXPORT_COLUMNS.map((c) => c.header[lang]));
      for (const row of rows) for (const cell of row) expect(cell.formula).toBeUndefined();
      records.forEach((r, i) => {
        const row = rows[i + 1]!;
        const date = row[column('dateTime')]!;
        expect(date.type).toBe('date');
        expect(date.dateValue).toBe(r.operationDate.slice(0, 19));
        const texts: [ExportColumnId, string][] = [
          ['customerName', r.customerName],
          ['partnerUser', r.userPrincipalName],
          ['customerId', r.customerId],
          ['recordId', r.id],
          ['newValue', r.resourceNewValue],
        ];
        for (const [id, value] of texts) {
          const cell = row[column(id)]!;
          expect(cell.text, `${id} of record ${i}`).toBe(guardCell(value));
          if (value !== '') expect(cell.type, `${id} of record ${i}`).toBe('string');
        }
      });
      expect(rows[9]![column('customerName')]!.text).toBe('Società Àlfa\nSede di Zürich "Nord"');
      expect(rows[9]![column('recordId')]!.text).toBe("'123456789012345678");
      expect(rows[10]![column('customerId')]!.text).toBe("'000123");
    });
  });
}
