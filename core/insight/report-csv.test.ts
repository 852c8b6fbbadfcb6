import { describe, expect, it } from 'vitest';
import { readCsv } from '../reading/csv-reader';
import { aggregate } from './insight-aggregator';
import { OrderLineAggregator } from './order-lines';
import { numberCellText, reportCsvChunks } from './report-csv';
import { ordersTable, seatChangesTable, type ReportTable } from './report-table';
import { SeatChangeAggregator } from './seat-changes';
import { apiRecords } from './fixtures/fixture-records';

const text = (table: ReportTable, lang: 'en' | 'it', delimiter: ',' | ';') => [...reportCsvChunks(table, { lang, delimiter })].map((c) => c.text).join('');

describe('reports as Excel CSV', () => {
  const seats = seatChangesTable(aggregate(new SeatChangeAggregator(), apiRecords()), 'en');

  it('writes BOM, CRLF and the seat-change columns in order, a removal as the number -3', () => {
    const csv = text(seats, 'en', ',');
    expect(csv.startsWith('\uFEFFCustomer,Customer ID,Subscription ID,Product,Date-Time (UTC),Old quantity,New quantity,Change,Partner user,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(seats.rows.length + 2);
    expect(csv).toContain(',2026-05-20 14:30:00,15,12,-3,giulia.bianchi@lumen.example,');
  });

  it('localises headers in Italian, with ; and decimal commas', () => {
    const orders = ordersTable(aggregate(new OrderLineAggregator(), apiRecords()), 'it');
    const csv = text(orders, 'it', ';');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFCliente;ID cliente;ID ordine;Prodotto;ID offerta;Quantità;Prezzo unitario;ID promozione;Data-ora (UTC);Stato;ID sottoscrizione;Ciclo di fatturazione;Durata;Prezzo di listino;Valuta;Stato ordine;Utente partner;Azione;ID record',
    );
    const table = readCsv(csv);
    const premium = table.rows.find((r) => r[3] === 'Microsoft 365 Business Premium')!;
    expect(premium.slice(5, 10)).toEqual(['10', '18,7', '39NFJQT1Q5KV:0002:39NFJQT1Q5KP', '2026-05-03 09:12:00', 'Riuscita']);
  });

  it('guards text that looks like a formula, never numbers', () => {
    const table: ReportTable = { columns: ['customer', 'change'], rows: [['=HYPERLINK("http://x","y")', -2], ['-2+3', 4.25], ['@SUM(1+1)', undefined]] };
    const csv = text(table, 'en', ',');
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")",-2\r\n');
    expect(csv).toContain('"\'-2+3",4.25\r\n');
    expect(csv).toContain('"\'@SUM(1+1)",\r\n');
    expect(numberCellText(1.5, 'it', ',')).toBe('"1,5"');
    expect(numberCellText(Number.NaN, 'en', ',')).toBe('');
  });

  it('starts a new file with its header past the row limit', () => {
    const chunks = [...reportCsvChunks(seats, { lang: 'en', delimiter: ',', maxRowsPerFile: 3, chunkRows: 1 })];
    const files = new Map<number, string>();
    for (const c of chunks) files.set(c.file, (files.get(c.file) ?? '') + c.text);
    expect(files.size).toBe(Math.ceil(seats.rows.length / 2));
    for (const f of files.values()) {
      expect(f.startsWith('\uFEFFCustomer,')).toBe(true);
      expect(f.includes('\r\n\r\n')).toBe(false);
    }
  });
});
