import { describe, expect, it } from 'vitest';
import { blobExportSink, buildExportFiles, ExportCancelled, saveFile } from './panel-export';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { queryRecords } from '../../core/asking/activity-query';

const now = new Date('2026-11-25T08:00:00Z');
const records = queryRecords(generateSampleRecords({ count: 6000, seed: 2, now, days: 30 }), {});

describe('Export log from the side panel', () => {
  it('reports progress up to 100% and names the file after the period', async () => {
    const progress: number[] = [];
    const [file] = await buildExportFiles({ records, format: 'csv', lang: 'en', delimiter: ',', from: '2026-10-25', to: '2026-11-25', onProgress: (f) => progress.push(f) });
    expect(file!.name).toBe('activity-log_2026-10-25_2026-11-25.csv');
    expect(file!.rows).toBe(records.length);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
  });

  it('Cancel stops a big export and saves nothing', async () => {
    const controller = new AbortController();
    const big = [...records, ...records, ...records, ...records];
    const run = buildExportFiles({
      records: big,
      format: 'json',
      lang: 'en',
      delimiter: ',',
      from: '2026-10-25',
      to: '2026-11-25',
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0 && f < 1) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('splits past the rows per file into numbered files, each with its header', async () => {
    const files = await buildExportFiles({ records: records.slice(0, 250), format: 'csv', lang: 'it', delimiter: ';', from: '2026-10-25', to: '2026-11-25', maxRowsPerFile: 101 });
    expect(files.map((f) => [f.name, f.rows])).toEqual([
      ['activity-log_2026-10-25_2026-11-25_part-1-of-3.csv', 100],
      ['activity-log_2026-10-25_2026-11-25_part-2-of-3.csv', 100],
      ['activity-log_2026-10-25_2026-11-25_part-3-of-3.csv', 50],
    ]);
    for (const f of files) expect((await f.blob.text()).replace(/^\uFEFF/, '').startsWith('Data-ora (UTC);')).toBe(true);
  });
});

describe('the side panel’s sink: Blobs, saved through a download link', () => {
  it('saves each file under the name core gives it, through a hidden link, and frees nothing before the download has it', async () => {
    const files = await buildExportFiles({ records: records.slice(0, 3), format: 'csv', lang: 'en', delimiter: ',', from: '2026-10-25', to: '2026-11-25', maxRowsPerFile: 3 });
    const clicked: { download: string; href: string; text: string }[] = [];
    const blobs = new Map<string, Blob>();
    const originals = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    let n = 0;
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, text: '' });
    };
    try {
      for (const f of files) saveFile(document, f);
    } finally {
      URL.createObjectURL = originals.create;
      HTMLAnchorElement.prototype.click = originals.click;
    }
    expect(clicked.map((c) => c.download)).toEqual(['activity-log_2026-10-25_2026-11-25_part-1-of-2.csv', 'activity-log_2026-10-25_2026-11-25_part-2-of-2.csv']);
    const texts = await Promise.all(clicked.map((c) => blobs.get(c.href)!.text()));
    expect(texts.map((t) => t.split('\r\n').length - 2)).toEqual([2, 1]);
    expect(blobs.get(clicked[0]!.href)!.type).toBe('text/csv;charset=utf-8');
    expect(document.querySelectorAll('a').length).toBe(0);
  });

  it('an aborted export leaves no file', async () => {
    const sink = blobExportSink('json');
    const writer = await sink.open(1);
    await writer.write(new TextEncoder().encode('{"activityLens":1'));
    await sink.abort(new Error('x'));
    expect(await sink.finish([])).toEqual([]);
  });
});
