import { describe, expect, it } from 'vitest';
import { chunksText } from '../../core/leaving/chunks-text';
import { writeExportFiles } from '../../core/leaving/export-files';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { downloadsExportSink } from './downloads-export-sink';

const records = [...generateSampleRecords({ count: 5, seed: 8, now: new Date('2026-11-25T08:00:00Z') })];

describe('the toolbar export’s sink: the downloads folder', () => {
  it('hands each whole file to the downloads saver under its final name, in order, and says what it saved', async () => {
    const saved: { name: string; text: string; mimeType: string }[] = [];
    const sink = downloadsExportSink(async (f) => void saved.push({ name: f.name, text: chunksText(f.parts), mimeType: f.mimeType }), 'text/csv');
    const result = await writeExportFiles(records, { format: 'csv', lang: 'en', delimiter: ',', from: '2026-10-26', to: '2026-11-25', maxRowsPerFile: 4 }, sink);
    expect(result).toEqual([
      { name: 'activity-log_2026-10-26_2026-11-25_part-1-of-2.csv', rows: 3 },
      { name: 'activity-log_2026-10-26_2026-11-25_part-2-of-2.csv', rows: 2 },
    ]);
    expect(saved.map((f) => [f.name, f.mimeType, f.text.startsWith('\uFEFFDate-Time (UTC),')])).toEqual([
      ['activity-log_2026-10-26_2026-11-25_part-1-of-2.csv', 'text/csv', true],
      ['activity-log_2026-10-26_2026-11-25_part-2-of-2.csv', 'text/csv', true],
    ]);
  });

  it('downloads nothing when the export fails before its end', async () => {
    const saved: string[] = [];
    const sink = downloadsExportSink(async (f) => void saved.push(f.name), 'text/csv');
    const failing = (async function* () {
      yield records[0]!;
      throw new Error('signed out');
    })();
    await expect(writeExportFiles(failing, { format: 'csv', lang: 'en', delimiter: ',' }, sink)).rejects.toThrow('signed out');
    expect(saved).toEqual([]);
  });
});
