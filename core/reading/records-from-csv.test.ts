import { describe, expect, it } from 'vitest';
import { createCsvRecordParser, recordsFromCsv } from './records-from-csv';
import { statusCellText } from '../words/status-text';

const englishExport =
  '\uFEFFPartner user,Date-Time,Action,Additional information,Affected customer,Status,Region\r\n' +
  'anna@partner.example,2025-01-15 10:20:30,created a referral,"Products:\r\nOffice 365 E3 x 5\r\nTeams x 2","Contoso, Ltd.",Succeeded,EU\r\n' +
  'bob@partner.example,2025-01-16 08:00:00,created a referral,,Fabrikam,,\r\n';

const italianExport =
  'Azione;Cliente interessato;Data-ora;Stato;Utente partner;Informazioni aggiuntive;Nota\n' +
  'ha creato una segnalazione;Società Àlfa S.r.l.;15/01/2025 10:20:30;ORD-12345;maria@partner.example;"Prodotti;\nOffice 365";interna\n';

describe('importing the dashboard Export log', () => {
  it('reads an English export with a BOM, CRLF, shuffled columns and a multi-line detail', () => {
    const result = recordsFromCsv(englishExport, 'activity.csv');
    expect(result.format).toBe('dashboard-csv');
    expect(result.problems).toEqual([]);
    expect(result.rowsRead).toBe(2);
    const [first, second] = result.records;
    expect(first).toMatchObject({
      source: 'dashboard-csv',
      id: '',
      operationDate: '2025-01-15T10:20:30.000Z',
      customerName: 'Contoso, Ltd.',
      userPrincipalName: 'anna@partner.example',
      operationType: 'create_referral',
      actionText: '',
      operationStatus: 'succeeded',
    });
    expect(first!.extra).toEqual([
      { key: 'Additional information', value: 'Products:\r\nOffice 365 E3 x 5\r\nTeams x 2' },
      { key: 'Region', value: 'EU' },
    ]);
    expect(first!.key).toMatch(/^h:/);
    expect(second!.key).not.toBe(first!.key);
  });

  it('reads an Italian export with semicolons and day-first dates, keeping an order id found under Stato', () => {
    const result = recordsFromCsv(italianExport, 'log-attivita.csv');
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      operationDate: '2025-01-15T10:20:30.000Z',
      customerName: 'Società Àlfa S.r.l.',
      operationType: 'create_referral',
      operationStatus: '',
    });
    expect(result.records[0]!.extra).toEqual([
      { key: 'Status', value: 'ORD-12345' },
      { key: 'Informazioni aggiuntive', value: 'Prodotti;\nOffice 365' },
      { key: 'Nota', value: 'interna' },
    ]);
  });

  it('keeps an action sentence it does not recognise as the action text', () => {
    const text = 'Date-Time,Affected customer,Action\n2025-02-01 00:00:00,Contoso,did something brand new\n';
    expect(recordsFromCsv(text, 'a.csv').records[0]).toMatchObject({ operationType: '', actionText: 'did something brand new' });
  });

  it('keeps every cell byte for byte: a customer called "\\n=1+1" stays that, edge spaces and tabs too', () => {
    const text =
      'Date-Time,Affected customer,Action,Partner user,Customer ID,Note\r\n' +
      '2025-02-01 00:00:00,"\n=1+1"," created an order ","\tanna@partner.example ",6F61FE62-9749-44F4-80EF-E3D504910577,"  "\r\n' +
      '2025-02-01 00:00:00," Contoso\r\n",did something new ,bob, not-a-guid ,x\r\n';
    const [first, second] = recordsFromCsv(text, 'dashboard.csv').records;
    expect(first).toMatchObject({
      customerName: '\n=1+1',
      operationType: 'create_order',
      userPrincipalName: '\tanna@partner.example ',
      customerId: '6f61fe62-9749-44f4-80ef-e3d504910577',
      extra: [{ key: 'Note', value: '  ' }],
    });
    expect(second).toMatchObject({ customerName: ' Contoso\r\n', actionText: 'did something new ', customerId: ' not-a-guid ' });
  });

  it('keeps a record id column (Id, Record ID, AuditRecordId) as the id, so the row dedupes against the API record', () => {
    for (const header of ['Id', 'Record ID', 'AuditRecordId', 'ID record']) {
      const text = `Date-Time,Affected customer,Action,${header}\r\n2025-02-01 00:00:00,Contoso,created an order,8869d500-7028\r\n`;
      expect(recordsFromCsv(text, 'a.csv').records[0], header).toMatchObject({ id: '8869d500-7028', key: 'id:8869d500-7028', extra: [] });
    }
  });

  it('reads back in our own export exactly the status it wrote, known or not', () => {
    for (const [status, lang] of [['succeeded', 'en'], ['decline', 'it'], ['partially_succeeded', 'en'], ['success', 'it'], [' odd ', 'en']] as const) {
      const header = lang === 'it' ? 'Data-ora (UTC);Operation type;Stato;ID record' : 'Date-Time (UTC),Operation type,Status,Record ID';
      const cell = statusCellText(status, lang);
      const d = lang === 'it' ? ';' : ',';
      const text = `${header}\r\n2025-02-01 00:00:00${d}create_order${d}${cell}${d}r1\r\n`;
      expect(recordsFromCsv(text, 'export.csv').records[0]!.operationStatus, status).toBe(status);
    }
  });

  it('gives the same key to the same row read from two files, whatever the column order', () => {
    const a = recordsFromCsv('Date-Time,Affected customer,Action\n2025-02-01 00:00:00,Contoso,did x\n', 'a.csv');
    const b = recordsFromCsv('Action;Date-Time;Affected customer\r\ndid x;2025-02-01 00:00:00;Contoso\r\n', 'b.csv');
    expect(b.records[0]!.key).toBe(a.records[0]!.key);
  });

  it('imports the other rows when one has a bad date, and says which file and row', () => {
    const text = 'Date-Time,Affected customer,Action\n2025-02-01 00:00:00,A,x\nnot a date,B,y\n2025-02-03 00:00:00,C,z\n';
    const result = recordsFromCsv(text, 'march.csv');
    expect(result.records.map((r) => r.customerName)).toEqual(['A', 'C']);
    expect(result.rowsRead).toBe(3);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'bad-date', file: 'march.csv', row: 2 });
    expect(result.problems[0]!.message).toContain('march.csv');
    expect(result.problems[0]!.message).toContain('row 2');
    expect(result.problems[0]!.message).toContain('not a date');
  });

  it('names the file and the columns it found when the date column is missing', () => {
    const result = recordsFromCsv('Name,Amount\nx,1\n', 'invoice.csv');
    expect(result.records).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'missing-column', file: 'invoice.csv' });
    expect(result.problems[0]!.message).toContain('"Name", "Amount"');
  });

  it('reports an empty file', () => {
    expect(recordsFromCsv('\uFEFF', 'empty.csv').problems[0]).toMatchObject({ kind: 'empty', file: 'empty.csv' });
  });

  it('streams the same records as a whole-file read, whatever the chunk size', () => {
    for (const size of [1, 3, 7, 64]) {
      const text = englishExport;
      const expected = recordsFromCsv(text, 'x.csv').records;
      expect(expected).toHaveLength(2);
      const parser = createCsvRecordParser('x.csv');
      const records = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)).records);
      records.push(...parser.finish().records);
      expect(records).toEqual(expected);
      expect(parser.format).toBe('dashboard-csv');
    }
  });
});
