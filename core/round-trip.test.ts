import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { humanise, KNOWN_OPERATION_TYPES } from './words/action-text';
import type { ActivityRecord, RecordSource } from './record/activity-record';
import { dedupeRecords } from './record/dedupe';
import { chunksText } from './leaving/chunks-text';
import { excelCsvChunks } from './leaving/excel-csv-writer';
import { jsonChunks } from './leaving/json-writer';
import type { Lang } from './words/locale';
import { recordKey, withKey } from './record/record-key';
import { recordsFromJsonText } from './reading/records-from-json-stream';
import { recordsFromCsv } from './reading/records-from-csv';
import { KNOWN_RESOURCE_TYPES } from './record/resource-type';
import { generateSampleRecords } from '../sample-data/sample-generator';
import { KNOWN_STATUSES, statusText } from './words/status-text';

async function text(chunks: Iterable<string> | AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** What survives our CSV: everything but the source and the milliseconds. */
function asFromCsv(r: ActivityRecord): ActivityRecord {
  return { ...r, source: 'lens-csv', operationDate: `${r.operationDate.slice(0, 19)}.000Z` };
}

const awkward = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")', '@SUM(1+1)', "=cmd|' /C calc'!A0", '-2+3', '+1', '\n=1+1', '\t=1', '＝1+1',
    'a;b,c', 'line 1\r\nline 2', 'say "hi"', "'quoted", '12345678901234567890', ' padded ', 'Società Àlfa',
  ),
);

const samples = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    count: fc.integer({ min: 1, max: 200 }),
    name: awkward,
    dataValue: awkward,
    extraValue: awkward,
  })
  .map(({ seed, count, name, dataValue, extraValue }) => {
    const records = [...generateSampleRecords({ count, seed })];
    const first = records[0]!;
    const changed: Omit<ActivityRecord, 'key'> = {
      ...first,
      customerName: name,
      customizedData: [...first.customizedData, { key: 'Note', value: dataValue }],
      extra: [{ key: 'Region', value: extraValue }],
    };
    records[0] = { ...changed, key: recordKey(changed) };
    return records;
  });

describe('our exports read back as the records that were exported', () => {
  it('CSV in English and Italian, with commas and semicolons, keeps every field to the second', async () => {
    await fc.assert(
      fc.asyncProperty(samples, fc.constantFrom<'en' | 'it'>('en', 'it'), fc.constantFrom<',' | ';'>(',', ';'), async (records, lang, delimiter) => {
        const csv = chunksText(excelCsvChunks(records, { lang, delimiter }));
        const result = recordsFromCsv(csv, 'export.csv');
        expect(result.problems).toEqual([]);
        expect(result.format).toBe('lens-csv');
        expect(result.records).toEqual(records.map(asFromCsv));
      }),
      { numRuns: 40 },
    );
  });

  it('JSON keeps every field, key included', async () => {
    await fc.assert(
      fc.asyncProperty(samples, async (records) => {
        const json = await text(jsonChunks(records) as Iterable<string>);
        const result = recordsFromJsonText(json, 'export.json');
        expect(result.problems).toEqual([]);
        expect(result.records).toEqual(records.map((r) => ({ ...r, source: 'lens-json' })));
      }),
      { numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Any text, not only realistic text: what a record holds comes back byte for byte, and export → import → export
// writes the same bytes again.

/** Text as any source may carry it: every code point, control characters, and the openings the guard is about. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', "'", "''", ' ', '\t', '\r', '\n', '\r\n', '\uFEFF'),
        fc.constantFrom('', '=', '+', '-', '@', '＝', '＋', '－', '＠', '"', ',', ';', '0', "'", '\t', '\n', '\r'),
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom('', ' ', '\t', '\r', '\n', '\r\n', '  ', "'"),
      )
      .map(([a, b, c, d]) => a + b + c + d),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,20}$/) },
);

/** The words our CSV writes for the four documented statuses: a raw status spelled so reads back as that status. */
const STATUS_WORDS = new Set(KNOWN_STATUSES.flatMap((s) => [statusText(s, 'en'), statusText(s, 'it')]));

const keyValueList = fc.array(fc.record({ key: anyText, value: anyText }), { maxLength: 3 });

const anyRecord = fc
  .record({
    id: fc.oneof(fc.constant(''), anyText),
    partnerId: anyText,
    customerId: fc.oneof(fc.uuid(), anyText),
    customerName: anyText,
    userPrincipalName: anyText,
    applicationId: anyText,
    resourceType: fc.oneof(fc.constantFrom(...KNOWN_RESOURCE_TYPES), anyText),
    resourceOldValue: anyText,
    resourceNewValue: fc.oneof(anyText, anyText.map((v) => JSON.stringify({ lineItems: [{ offerName: v, quantity: 2 }] }))),
    operationType: fc.oneof(fc.constant(''), fc.constantFrom(...KNOWN_OPERATION_TYPES), anyText),
    actionText: anyText,
    originalCorrelationId: anyText,
    operationDate: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    operationStatus: fc.oneof(fc.constant(''), fc.constantFrom(...KNOWN_STATUSES), anyText.filter((s) => !STATUS_WORDS.has(s))),
    customizedData: keyValueList,
    attributes: keyValueList,
    extra: keyValueList,
    source: fc.constantFrom<RecordSource>('api', 'api-json', 'dashboard-csv', 'lens-json', 'sample'),
  })
  .map((r) => {
    // Readers give a sentence of their own only to a record without an operation type (and the humanised
    // resource type is what the writer shows when there is neither, so it is no sentence of the record's).
    const actionText = r.operationType === '' && r.actionText !== humanise(r.resourceType) ? r.actionText : '';
    return withKey({ ...r, actionText });
  });

const encoder = new TextEncoder();
/** Hundreds of runs take a second or two alone, many more on a machine shared with other work: no timing asserted. */
const PROPERTY_TIMEOUT = 60_000;
const csvOf = async (records: ActivityRecord[], lang: Lang, delimiter: ',' | ';') =>
  chunksText(excelCsvChunks(records, { lang, delimiter }));

describe('any text, control characters included, survives our CSV', () => {
  it('export → import gives back every field exactly; export again writes the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyRecord, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<Lang>('en', 'it'),
        fc.constantFrom<',' | ';'>(',', ';'),
        async (records, lang, delimiter) => {
          const first = await csvOf(records, lang, delimiter);
          const read = recordsFromCsv(first, 'export.csv');
          expect(read.problems).toEqual([]);
          expect(read.records).toEqual(records.map(asFromCsv));
          const second = await csvOf(read.records, lang, delimiter);
          expect(encoder.encode(second)).toEqual(encoder.encode(first));
        },
      ),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('a record read back dedupes against the one that was exported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecord, { minLength: 1, maxLength: 8 }), async (records) => {
        const back = recordsFromCsv(await csvOf(records, 'en', ','), 'export.csv').records;
        const { records: kept } = dedupeRecords([...records, ...back]);
        expect(kept).toHaveLength(dedupeRecords(records).records.length);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);
});

/** RFC 4180 text of rows, as any correct writer (Excel, the dashboard) produces it, without our guard. */
function plainCsv(rows: string[][], delimiter: string): string {
  const cell = (v: string) => (/[",;\r\n]/.test(v) || v.startsWith('\uFEFF') ? `"${v.replace(/"/g, '""')}"` : v);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

describe('every source keeps text exactly as it came', () => {
  const dashboardRow = fc.record({ customer: anyText, user: anyText, note: anyText, sentence: anyText });

  it.each([
    ['English', ['Date-Time', 'Affected customer', 'Action', 'Partner user', 'Note'], ',', '2025-01-15 10:20:30'],
    ['Italian', ['Data-ora', 'Cliente interessato', 'Azione', 'Utente partner', 'Nota'], ';', '15/01/2025 10:20:30'],
  ] as const)('the dashboard Export log in %s, then our export of it, round trip', async (_, header, delimiter, date) => {
    await fc.assert(
      fc.asyncProperty(fc.array(dashboardRow, { minLength: 1, maxLength: 6 }), async (rows) => {
        const csv = plainCsv([[...header], ...rows.map((r) => [date, r.customer, r.sentence, r.user, r.note])], delimiter);
        const result = recordsFromCsv(csv, 'dashboard.csv');
        expect(result.problems).toEqual([]);
        expect(result.records.map((r) => [r.customerName, r.userPrincipalName])).toEqual(rows.map((r) => [r.customer, r.user]));
        expect(result.records.map((r) => r.extra)).toEqual(rows.map((r) => (r.note === '' ? [] : [{ key: header[4], value: r.note }])));
        // An action sentence we do not know is kept as written.
        result.records.forEach((record, i) => {
          if (record.operationType === '') expect(record.actionText).toBe(rows[i]!.sentence);
        });
        const lang: Lang = delimiter === ';' ? 'it' : 'en';
        const first = await csvOf(result.records, lang, delimiter);
        const again = recordsFromCsv(first, 'export.csv');
        expect(again.records).toEqual(result.records.map(asFromCsv));
        expect(encoder.encode(await csvOf(again.records, lang, delimiter))).toEqual(encoder.encode(first));
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  const auditText = fc.record({
    id: anyText.filter((s) => s !== ''),
    customerName: anyText,
    userPrincipalName: anyText,
    applicationId: anyText,
    partnerId: anyText,
    resourceOldValue: anyText,
    resourceNewValue: anyText,
    originalCorrelationId: anyText,
    note: anyText,
  });

  it('API JSON (camelCase) and PowerShell JSON (PascalCase, AuditRecordId, integer enums) keep every text', async () => {
    await fc.assert(
      fc.asyncProperty(auditText, fc.boolean(), async (t, powerShell) => {
        const raw = powerShell
          ? {
              AuditRecordId: t.id, CustomerName: t.customerName, UserPrincipalName: t.userPrincipalName,
              ApplicationId: t.applicationId, PartnerId: t.partnerId, ResourceOldValue: t.resourceOldValue,
              ResourceNewValue: t.resourceNewValue, OriginalCorrelationId: t.originalCorrelationId,
              OperationDate: '/Date(1700000000000)/', OperationType: 51, ResourceType: 21, OperationStatus: 0,
              CustomizedData: [{ Key: 'Note', Value: t.note }],
            }
          : {
              id: t.id, customerName: t.customerName, userPrincipalName: t.userPrincipalName,
              applicationId: t.applicationId, partnerId: t.partnerId, resourceOldValue: t.resourceOldValue,
              resourceNewValue: t.resourceNewValue, originalCorrelationId: t.originalCorrelationId,
              operationDate: '2023-11-14T22:13:20Z', operationType: 'granular_admin_relationship_terminated',
              resourceType: 'granular_admin_relationship', operationStatus: 'succeeded',
              customizedData: [{ key: 'Note', value: t.note }],
            };
        const result = recordsFromJsonText(JSON.stringify([raw]), 'records.json');
        expect(result.problems).toEqual([]);
        const [record] = result.records;
        expect(record).toMatchObject({
          id: t.id,
          key: `id:${t.id}`,
          customerName: t.customerName,
          userPrincipalName: t.userPrincipalName,
          applicationId: t.applicationId,
          partnerId: t.partnerId,
          resourceOldValue: t.resourceOldValue,
          resourceNewValue: t.resourceNewValue,
          originalCorrelationId: t.originalCorrelationId,
          operationType: 'granular_admin_relationship_terminated',
          resourceType: 'granular_admin_relationship',
          operationStatus: 'succeeded',
          customizedData: [{ key: 'Note', value: t.note }],
        });
        const first = await csvOf(result.records, 'en', ',');
        const again = recordsFromCsv(first, 'export.csv');
        expect(again.records).toEqual(result.records.map(asFromCsv));
        expect(encoder.encode(await csvOf(again.records, 'en', ','))).toEqual(encoder.encode(first));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('a Windows PowerShell 5.1 record keeps its id through our export', () => {
  it('writes AuditRecordId in the Record ID column and dedupes the re-import against the API record', async () => {
    const id = '8869d500-7028-4688-b904-9b2c410caa9b';
    const powerShell = JSON.stringify([
      { AuditRecordId: id, OperationDate: '/Date(1700000000000)/', OperationType: 11, ResourceType: 3, OperationStatus: 0, CustomerName: 'Contoso' },
    ]);
    const api = JSON.stringify({ items: [{ id, operationDate: '2023-11-14T22:13:20Z', operationType: 'create_order', resourceType: 'order', operationStatus: 'succeeded', customerName: 'Contoso' }] });
    const fromPowerShell = recordsFromJsonText(powerShell, 'ps.json').records;
    const csv = await csvOf(fromPowerShell, 'en', ',');
    const [header, row] = csv.slice(1).split('\r\n').map((line) => line.split(','));
    expect(row![header!.indexOf('Record ID')]).toBe(id);
    const all = [...fromPowerShell, ...recordsFromCsv(csv, 'export.csv').records, ...recordsFromJsonText(api, 'api.json').records];
    expect(dedupeRecords(all)).toMatchObject({ duplicates: 2 });
  });
});
