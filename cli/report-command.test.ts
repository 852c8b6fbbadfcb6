import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../core/reading/csv-reader';
import { API_FIXTURE, POWERSHELL_FIXTURE } from '../core/insight/fixtures/fixture-records';
import { parseCliArgs } from './cli-args';
import { reportCommand } from './report-command';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lens-report-'));
});

const request = (kind: 'seat-changes' | 'orders' | 'gdap' | 'users' | 'failures', extra: Record<string, string> = {}) => ({
  command: 'report' as const,
  kind,
  files: [API_FIXTURE, POWERSHELL_FIXTURE, API_FIXTURE],
  out: join(dir, `${kind}.csv`),
  lang: 'en' as const,
  delimiter: ',' as const,
  ...extra,
});

async function table(path: string) {
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
  const [header, ...rows] = readCsv(text).rows;
  return { header: header!, rows };
}

describe('lens report', () => {
  it('seat-changes: every quantity change from the API page and the PowerShell export, duplicates read once', async () => {
    const outcome = await reportCommand(request('seat-changes'));
    expect(outcome.exitCode).toBe(0);
    const said = outcome.lines.join('\n');
    expect(said).toContain('Removed 22 duplicates.');
    expect(said).toContain('4 records could not be read');
    expect(said).toContain('Wrote 10 seat changes');
    const csv = await table(request('seat-changes').out);
    expect(csv.header.slice(0, 9)).toEqual(['Customer', 'Customer ID', 'Subscription ID', 'Product', 'Date-Time (UTC)', 'Old quantity', 'New quantity', 'Change', 'Partner user']);
    const removal = csv.rows.find((r) => r[4] === '2026-05-20 14:30:00')!;
    expect(removal.slice(0, 9)).toEqual(['Contoso Italia S.r.l.', 'aaaaaaaa-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'Microsoft 365 Business Premium', '2026-05-20 14:30:00', '15', '12', '-3', 'giulia.bianchi@lumen.example']);
    expect(csv.rows.filter((r) => r[1] === 'cccccccc-0000-4000-8000-000000000003').map((r) => r[7])).toEqual(['-1', '2', '4']);
  });

  it('orders: one row per line with price and promotion, Italian headers and ; when asked', async () => {
    const outcome = await reportCommand(request('orders', { lang: 'it', delimiter: ';' } as never));
    expect(outcome.exitCode).toBe(0);
    const csv = await table(request('orders').out);
    expect(csv.header.slice(0, 10)).toEqual(['Cliente', 'ID cliente', 'ID ordine', 'Prodotto', 'ID offerta', 'Quantità', 'Prezzo unitario', 'ID promozione', 'Data-ora (UTC)', 'Stato']);
    const basic = csv.rows.find((r) => r[2] === 'order-C-1')!;
    expect(basic.slice(0, 10)).toEqual(['Società Italiana Caffè S.p.A.', 'cccccccc-0000-4000-8000-000000000003', 'order-C-1', 'Microsoft 365 Business Basic', 'CFQ7TTC0LH18:0001', '4', '4,8', '39NFJQT1Q5KV:0001', '2026-05-04 08:15:00', 'Riuscita']);
    expect(csv.rows.find((r) => r[2] === 'order-A-2')![9]).toBe('Non riuscita');
  });

  it('narrows to a period and a customer (part of the name, accents ignored)', async () => {
    const outcome = await reportCommand(request('orders', { customer: 'societa', from: '2026-05-01', to: '2026-05-10' } as never));
    expect(outcome.exitCode).toBe(0);
    const csv = await table(request('orders').out);
    expect(csv.rows.map((r) => r[2])).toEqual(['order-C-1']);
  });

  it('gdap: the period’s events with each relationship’s state now; users; failures', async () => {
    expect((await reportCommand(request('gdap', { from: '2026-05-01', to: '2026-05-31' } as never))).exitCode).toBe(0);
    const gdap = await table(request('gdap').out);
    expect(gdap.rows.map((r) => [r[0], r[2], r[5], r[7]])).toEqual([
      ['Società Italiana Caffè S.p.A.', 'GDAP', 'Expired', 'Expired'],
      ['Müller & Söhne GmbH', 'GDAP', 'Terminated', 'Terminated'],
      ['Müller & Söhne GmbH', 'DAP', 'Terminated', 'Terminated'],
    ]);
    expect((await reportCommand(request('users', { from: '2026-05-01', to: '2026-05-31' } as never))).exitCode).toBe(0);
    const users = await table(request('users').out);
    expect(users.header.slice(0, 4)).toEqual(['Partner user', 'Actions', 'Succeeded', 'Failed']);
    expect(users.rows.find((r) => r[0] === 'new.agent@lumen.example')![8]).toBe('Yes');
    expect(users.rows.some((r) => r[0] === 'anna.gallo@lumen.example')).toBe(false);
    expect((await reportCommand(request('failures'))).exitCode).toBe(0);
    const failures = await table(request('failures').out);
    expect(failures.rows.map((r) => r[9])).toEqual(['rec-08', 'ps-05', 'rec-19']);
  });

  it('guards formula-looking text from the records', async () => {
    const page = JSON.parse(await readFile(API_FIXTURE, 'utf8'));
    page.items[0].customerName = '=HYPERLINK("http://x","y")';
    const file = join(dir, 'risky.json');
    await writeFile(file, JSON.stringify(page));
    await reportCommand({ ...request('orders'), files: [file] });
    const text = await readFile(request('orders').out, 'utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('splits a report past the rows per file, each file with its header, and says so', async () => {
    const outcome = await reportCommand(request('seat-changes'), 4);
    expect(outcome.lines.at(-1)).toMatch(/Wrote 10 seat changes to 3 files/);
    const names = (await readdir(dir)).filter((f) => f.startsWith('seat-changes-')).sort();
    expect(names).toEqual(['seat-changes-1.csv', 'seat-changes-2.csv', 'seat-changes-3.csv']);
    for (const n of names) expect((await table(join(dir, n))).header[0]).toBe('Customer');
  });

  it('names a file it cannot read and writes nothing when nothing could be read', async () => {
    const outcome = await reportCommand({ ...request('orders'), files: [join(dir, 'missing.json')] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.join('\n')).toMatch(/missing\.json: cannot read the file \(no such file\)/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('checks its arguments', () => {
    expect(parseCliArgs(['report', 'orders', 'a.json', '--out', 'o.csv', '--from', '2026-05-01'], { LANG: 'it_IT.UTF-8' })).toEqual({
      command: 'report', kind: 'orders', files: ['a.json'], out: 'o.csv', lang: 'it', delimiter: ';', from: '2026-05-01',
    });
    const bad = (args: string[]) => (parseCliArgs(args, {}) as { message?: string }).message;
    expect(bad(['report', 'seats', 'a.json', '--out', 'o.csv'])).toMatch(/seat-changes, orders, gdap, users, failures/);
    expect(bad(['report', 'orders', 'a.json', '--out', 'o.json'])).toMatch(/must end in \.csv/);
    expect(bad(['report', 'orders', '--out', 'o.csv'])).toMatch(/at least one input file/);
    expect(bad(['report', 'orders', 'a.json', '--out', 'o.csv', '--count', '3'])).toMatch(/unknown option --count/);
  });

  it('runs from npm run lens, with --help naming every report', async () => {
    const out = join(dir, 'u.csv');
    const ok = spawnSync('npx', ['tsx', 'cli/lens.ts', 'report', 'users', API_FIXTURE, '--out', out], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Wrote \d+ partner users/);
    const help = spawnSync('npx', ['tsx', 'cli/lens.ts', '--help'], { encoding: 'utf8' });
    for (const kind of ['seat-changes', 'orders', 'gdap', 'users', 'failures']) expect(help.stdout).toContain(kind);
  }, 30_000);
});
