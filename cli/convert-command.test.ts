import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordsFromFile } from '../core/reading/records-from-file';
import { convertCommand } from './convert-command';
import { NewestFirstSort } from './newest-first-sort';
import { sampleCommand } from './sample-command';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lens-cli-'));
});

const dashboardCsv =
  '\uFEFFDate-Time,Affected customer,Action,Partner user\r\n' +
  '2025-01-10 09:00:00,Contoso,did x,anna@p.example\r\n' +
  'not a date,Fabrikam,did y,anna@p.example\r\n' +
  '2025-01-20 09:00:00,Rossi S.p.A.,did z,bob@p.example\r\n';

describe('lens convert', () => {
  it('merges a dashboard CSV with our JSON export, drops duplicates and bad rows, newest first', async () => {
    await writeFile(join(dir, 'dashboard.csv'), dashboardCsv);
    const sample = join(dir, 'sample.json');
    expect((await sampleCommand({ command: 'sample', count: 20, seed: 4, out: sample, lang: 'en', delimiter: ',' })).exitCode).toBe(0);
    const out = join(dir, 'all.csv');
    const outcome = await convertCommand({
      command: 'convert',
      files: [join(dir, 'dashboard.csv'), sample, sample],
      out,
      lang: 'it',
      delimiter: ';',
    });
    expect(outcome.exitCode).toBe(0);
    const report = outcome.lines.join('\n');
    expect(report).toContain('Read 42 records from 3 files.');
    expect(report).toMatch(/dashboard\.csv, row 2: "not a date" is not a date/);
    expect(report).toContain('Removed 20 duplicates.');
    expect(report).toContain(`Wrote 22 records to ${out}.`);
    const back = recordsFromFile(out, await readFile(out, 'utf8'));
    expect(back.problems).toEqual([]);
    expect(back.records).toHaveLength(22);
    const dates = back.records.map((r) => r.operationDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('keeps only the period and customer asked for', async () => {
    await writeFile(join(dir, 'dashboard.csv'), dashboardCsv);
    const out = join(dir, 'january.json');
    const outcome = await convertCommand({
      command: 'convert', files: [join(dir, 'dashboard.csv')], out, lang: 'en', delimiter: ',', from: '2025-01-15', to: '2025-01-31', customer: 'rossi',
    });
    expect(outcome.exitCode).toBe(0);
    const back = recordsFromFile(out, await readFile(out, 'utf8'));
    expect(back.records.map((r) => r.customerName)).toEqual(['Rossi S.p.A.']);
  });

  it('splits a CSV past the row limit into numbered files and says so', async () => {
    const sample = join(dir, 'sample.json');
    await sampleCommand({ command: 'sample', count: 5, seed: 9, out: sample, lang: 'en', delimiter: ',' });
    const outcome = await convertCommand({ command: 'convert', files: [sample], out: join(dir, 'log.csv'), lang: 'en', delimiter: ',' }, 2);
    expect(outcome.lines.join('\n')).toContain('to 3 files');
    // Parts are named as core names them (the side panel, the toolbar and the app do the same).
    expect((await readdir(dir)).filter((f) => f.startsWith('log_')).sort()).toEqual(['log_part-1-of-3.csv', 'log_part-2-of-3.csv', 'log_part-3-of-3.csv']);
    expect(existsSync(join(dir, 'log.csv'))).toBe(false);
  });

  it('converts files larger than one read chunk the same whether the sort fits in memory or spills to disk', async () => {
    const json = join(dir, 'big.json');
    const csv = join(dir, 'big.csv');
    await sampleCommand({ command: 'sample', count: 4000, seed: 12, out: json, lang: 'en', delimiter: ',' });
    await sampleCommand({ command: 'sample', count: 4000, seed: 12, out: csv, lang: 'it', delimiter: ';' });
    expect(statSync(json).size).toBeGreaterThan(2 * (1 << 20));
    expect(statSync(csv).size).toBeGreaterThan(2 * (1 << 20));
    const inMemory = join(dir, 'in-memory.csv');
    const spilled = join(dir, 'spilled.csv');
    const request = { command: 'convert' as const, files: [json, csv], lang: 'en' as const, delimiter: ',' as const };
    const one = await convertCommand({ ...request, out: inMemory });
    const sort = new NewestFirstSort(300_000);
    const two = await convertCommand({ ...request, out: spilled }, undefined, sort);
    expect(sort.spilled).toBeGreaterThan(5);
    for (const outcome of [one, two]) {
      expect(outcome.exitCode).toBe(0);
      expect(outcome.lines).toContain('Read 8000 records from 2 files.');
      expect(outcome.lines).toContain('Removed 4000 duplicates.');
    }
    const text = await readFile(spilled, 'utf8');
    expect(text).toBe(await readFile(inMemory, 'utf8'));
    const back = recordsFromFile(spilled, text);
    expect(back.problems).toEqual([]);
    expect(back.records).toHaveLength(4000);
    const dates = back.records.map((r) => r.operationDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  }, 60_000);

  it('reads a big JSON export back to the record, and names the file and record of a bad one', async () => {
    const json = join(dir, 'export.json');
    await sampleCommand({ command: 'sample', count: 3000, seed: 3, out: json, lang: 'en', delimiter: ',' });
    const text = await readFile(json, 'utf8');
    // Record 2,500 gets a date that is not one; everything else must come through.
    const lines = text.split('\n');
    lines[2500] = lines[2500]!.replace(/"operationDate":"[^"]+"/, '"operationDate":"someday"');
    await writeFile(json, lines.join('\n'));
    const out = join(dir, 'back.json');
    const outcome = await convertCommand({ command: 'convert', files: [json], out, lang: 'en', delimiter: ',' });
    expect(outcome.lines).toContain(`${json}: 2999 records (Activity Lens JSON export).`);
    expect(outcome.lines.join('\n')).toContain(`${json}, record 2500: "someday" is not a date; skipped.`);
    const back = recordsFromFile(out, await readFile(out, 'utf8'));
    expect(back.records).toHaveLength(2999);
  }, 60_000);

  it('writes nothing and fails when no file could be read', async () => {
    await writeFile(join(dir, 'other.csv'), 'Name,Amount\nx,1\n');
    const out = join(dir, 'out.csv');
    const outcome = await convertCommand({ command: 'convert', files: [join(dir, 'other.csv'), join(dir, 'missing.csv')], out, lang: 'en', delimiter: ',' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.join('\n')).toContain('missing.csv: cannot read the file (no such file)');
    expect(outcome.lines.join('\n')).toContain('other.csv: not an activity log CSV');
    expect(existsSync(out)).toBe(false);
  });

  it('runs from the command line, with exit code 2 and the usage for a mistake', async () => {
    const out = join(dir, 's.csv');
    const ok = spawnSync('npx', ['tsx', 'cli/lens.ts', 'sample', '--count', '3', '--out', out], { encoding: 'utf8', env: { ...process.env, LANG: 'it_IT.UTF-8' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Wrote 3 sample records');
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFData-ora (UTC);')).toBe(true);
    // --lang it without --delimiter writes Italian with ';', whatever the shell's locale.
    const italian = join(dir, 'it.csv');
    const converted = spawnSync('npx', ['tsx', 'cli/lens.ts', 'convert', out, '--out', italian, '--lang', 'it'], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
    expect(converted.status, converted.stderr).toBe(0);
    const italianCsv = await readFile(italian, 'utf8');
    expect(italianCsv.startsWith('\uFEFFData-ora (UTC);Cliente interessato;Azione;Utente partner;')).toBe(true);
    const help = spawnSync('npx', ['tsx', 'cli/lens.ts', '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain("when --lang is given (it: ';', en: ',')");
    const bad = spawnSync('npx', ['tsx', 'cli/lens.ts', 'convert', '--out', out], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage:');
  }, 30_000);
});
