import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../core/record/activity-record';
import { recordsFromFile } from '../core/reading/records-from-file';
import { generateSampleRecords } from '../sample-data/sample-generator';
import { writeExportFile } from './export-file';

const records = [...generateSampleRecords({ count: 7, seed: 3, now: new Date('2026-05-31T12:00:00Z') })];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lens-export-'));
});

describe('the CLI’s sink: Node files, renamed into place only when whole', () => {
  it('writes one file at --out itself, streamed from records that arrive asynchronously', async () => {
    const out = join(dir, 'may.json');
    async function* slowly(): AsyncGenerator<ActivityRecord> {
      for (const r of records) yield r;
    }
    expect(await writeExportFile(slowly(), { out, lang: 'en', delimiter: ',' })).toEqual([out]);
    const back = recordsFromFile(out, await readFile(out, 'utf8'));
    expect(back.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(await readdir(dir)).toEqual(['may.json']);
  });

  it('names the parts past the row limit as core does, beside --out', async () => {
    const out = join(dir, 'may.csv');
    const paths = await writeExportFile(records, { out, lang: 'it', delimiter: ';' }, 3);
    expect(paths).toEqual([1, 2, 3].map((n) => join(dir, `may_part-${n}-of-3.csv`)));
    const rows = await Promise.all(paths.map(async (p) => (await readFile(p, 'utf8')).split('\r\n').length - 2));
    expect(rows).toEqual([3, 3, 1]);
    expect((await readFile(paths[2]!, 'utf8')).startsWith('\uFEFFData-ora (UTC);')).toBe(true);
  });

  it('leaves neither a file nor a temp file when the records fail midway', async () => {
    const out = join(dir, 'may.csv');
    async function* failing(): AsyncGenerator<ActivityRecord> {
      yield* records;
      throw new Error('run file vanished');
    }
    await expect(writeExportFile(failing(), { out, lang: 'en', delimiter: ',' }, 2)).rejects.toThrow('run file vanished');
    expect(existsSync(out)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails without leaving a temp file when the folder cannot be written', async () => {
    const out = join(dir, 'missing', 'may.csv');
    await expect(writeExportFile(records, { out, lang: 'en', delimiter: ',' })).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
