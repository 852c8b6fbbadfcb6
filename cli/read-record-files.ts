// Reads the files a command names (any mix of dashboard CSVs, API/PowerShell JSON and our exports) into records
// and problems, saying per file what it found: shared by `convert` and `report` so both read alike.
import { readFile } from 'node:fs/promises';
import type { ActivityRecord } from '../core/activity-record';
import type { ImportProblem } from '../core/import-problem';
import { recordsFromFile } from '../core/records-from-file';

/** How many problems are listed before "and N more". */
export const PROBLEMS_SHOWN = 10;

export interface ReadFiles {
  records: ActivityRecord[];
  problems: ImportProblem[];
  /** One line per file, then the totals and the first problems. */
  lines: string[];
}

export async function readRecordFiles(files: readonly string[]): Promise<ReadFiles> {
  const lines: string[] = [];
  const records: ActivityRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      problems.push({ kind: 'unreadable-file', file, message: `${file}: cannot read the file (${reason}).` });
      continue;
    }
    const result = recordsFromFile(file, text);
    for (const r of result.records) records.push(r);
    for (const p of result.problems) problems.push(p);
    lines.push(`${file}: ${result.records.length} records (${formatName(result.format)}).`);
  }
  const skipped = problems.filter((p) => p.row !== undefined).length;
  lines.push(`Read ${records.length} records from ${files.length} file${files.length === 1 ? '' : 's'}.`);
  if (problems.length > 0) {
    lines.push(`Skipped ${skipped} row${skipped === 1 ? '' : 's'}; ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems.slice(0, PROBLEMS_SHOWN)) lines.push(`  ${p.message}`);
    if (problems.length > PROBLEMS_SHOWN) lines.push(`  … and ${problems.length - PROBLEMS_SHOWN} more.`);
  }
  return { records, problems, lines };
}

function formatName(format: string): string {
  switch (format) {
    case 'dashboard-csv':
      return 'dashboard Export log CSV';
    case 'lens-csv':
      return 'Activity Lens CSV export';
    case 'api-json':
      return 'API / PowerShell JSON';
    case 'lens-json':
      return 'Activity Lens JSON export';
    default:
      return 'not read';
  }
}
