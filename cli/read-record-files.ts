// Reads the files a command names (any mix of dashboard CSVs, API/PowerShell JSON and our exports) into records
// and problems, saying per file what it found, the way `convert` says it. Each file is read as a stream
// (read-record-file.ts), so no file has to fit in one string; the records themselves are kept for the report.
import type { ActivityRecord } from '../core/record/activity-record';
import type { ImportProblem } from '../core/reading/import-problem';
import { readRecordFile } from './read-record-file';

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
    let fromFile = 0;
    const outcome = await readRecordFile(file, (batch) => {
      for (const r of batch.records) records.push(r);
      for (const p of batch.problems) problems.push(p);
      fromFile += batch.records.length;
    });
    if ('problem' in outcome) problems.push(outcome.problem);
    else lines.push(`${file}: ${fromFile} records (${formatName(outcome.format)}).`);
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

/** How a file's format is named in the command's lines. */
export function formatName(format: string): string {
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
