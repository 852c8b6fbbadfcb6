import { describe, expect, it } from 'vitest';
import { EXPORT_FILE_KEEP_MS, exportFileName, newExportId, staleExportFiles } from './export-temp-files';

describe('export temp files', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');

  it('deletes what older exports left, not a file a download or another tab may still read', () => {
    const old = exportFileName(newExportId(now - 3_600_000, 0.1), 0);
    const recent = exportFileName(newExportId(now - 60_000, 0.2), 0);
    const stale = staleExportFiles(
      [
        { name: old, lastModified: now - 3_600_000 },
        { name: recent, lastModified: now - 60_000 },
        { name: 'export-1.tmp', lastModified: now - EXPORT_FILE_KEEP_MS - 1 },
        { name: 'notes.txt', lastModified: 0 },
        { name: 'export-2.csv', lastModified: 0 },
      ],
      now,
    );
    expect(stale).toEqual([old, 'export-1.tmp']);
  });

  it('names every export apart, so two tabs exporting at once never write one file', () => {
    expect(newExportId(now, 0.1)).not.toBe(newExportId(now, 0.2));
    expect(exportFileName('a', 0)).not.toBe(exportFileName('a', 1));
    expect(exportFileName('a', 1)).toMatch(/^export-a-2\.tmp$/);
  });
});
