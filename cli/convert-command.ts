// `lens convert`: many saved logs in (any mix of CSV and JSON), one clean export out, and a plain account
// of what was read, skipped, deduplicated and written.

import type { ActivityRecord } from '../core/activity-record';
import { compileQuery } from '../core/activity-query';
import { dedupeRecords } from '../core/dedupe';
import type { ConvertRequest } from './cli-args';
import { writeExportFile } from './export-file';
import { readRecordFiles } from './read-record-files';

export interface CommandOutcome {
  exitCode: number;
  lines: string[];
}

export async function convertCommand(request: ConvertRequest, rowsPerFile?: number): Promise<CommandOutcome> {
  const { records, problems, lines } = await readRecordFiles(request.files);
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
