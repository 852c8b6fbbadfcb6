// `lens convert`: many saved logs in (any mix of CSV and JSON), one clean export out, and a plain account
// of what was read, skipped, deduplicated and written.

import { readFile } from 'node:fs/promises';
import type { ActivityRecord } from '../core/activity-record';
import { compileQuery } from '../core/activity-query';
import { dedupeRecords } from '../core/dedupe';
import type { ImportProblem } from '../core/import-problem';
import { recordsFromFile } from '../core/records-from-file';
import type { ConvertRequest } from './cli-args';
import { writeExportFile } from './export-file';

/** How many problems are listed before "and N more". */
const PROBLEMS_SHOWN = 10;

export interface CommandOutcome {
  exitCode: number;
  lines: string[];
}

export async function convertCommand(request: ConvertRequest, rowsPerFile?: number): Promise<CommandOutcome> {
  const lines: string[] = [];
  const records: ActivityRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const file of request.files) {
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
  lines.push(`Read ${records.length} records from ${request.files.length} file${request.files.length === 1 ? '' : 's'}.`);
  if (problems.length > 0) {
    lines.push(`Skipped ${skipped} row${skipped === 1 ? '' : 's'}; ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems.slice(0, PROBLEMS_SHOWN)) lines.push(`  ${p.message}`);
    if (problems.length > PROBLEMS_SHOWN) lines.push(`  … and ${problems.length - PROBLEMS_SHOWN} more.`);
  }
  if (records.length === 0 && problems.length > 0) {
    lines.push(`Nothing written: no records could be read.`);
    return { exitCode: 1, lines };
  }

  const { records: unique, duplicates } = dedupeRecords(records);
  lines.push(`Removed ${duplicates} duplicate${duplicates === 1 ? '' : 's'}.`);
  const filtered = filterRecords(unique, request);
  if (filtered.length !== unique.length) lines.push(`Left out ${unique.length - filtered.length} outside the period or customer asked for.`);
  filtered.sort(newestFirst);

  let written: string[];
  try {
    written = await writeExportFile(filtered, request, rowsPerFile);
  } catch (error) {
    lines.push(`Nothing written: cannot write ${request.out} (${(error as Error).message}).`);
    return { exitCode: 1, lines };
  }
  if (written.length > 1) {
    lines.push(`Wrote ${filtered.length} records to ${written.length} files (Excel opens at most 1,048,576 rows per sheet): ${written.join(', ')}.`);
  } else {
    lines.push(`Wrote ${filtered.length} records to ${written[0]}.`);
  }
  return { exitCode: 0, lines };
}

function filterRecords(records: ActivityRecord[], request: ConvertRequest): ActivityRecord[] {
  if (!request.from && !request.to && !request.customer) return records;
  const matches = compileQuery({
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.customer ? { customer: request.customer } : {}),
  });
  return records.filter((r) => matches(r));
}

function newestFirst(a: ActivityRecord, b: ActivityRecord): number {
  if (a.operationDate !== b.operationDate) return a.operationDate < b.operationDate ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
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
