// `lens convert`: many saved logs in (any mix of CSV and JSON), one clean export out, and a plain account
// of what was read, skipped, deduplicated and written.

import type { ActivityRecord } from '../core/record/activity-record';
import { compileQuery } from '../core/asking/activity-query';
import { RecordDeduper } from '../core/record/dedupe';
import type { ImportProblem } from '../core/reading/import-problem';
import type { ConvertRequest } from './cli-args';
import { writeExportFile } from './export-file';
import { NewestFirstSort } from './newest-first-sort';
import { readRecordFile } from './read-record-file';
import { formatName, PROBLEMS_SHOWN } from './read-record-files';

export interface CommandOutcome {
  exitCode: number;
  lines: string[];
}

/**
 * Streams every file through dedupe (an exact Set of keys, first occurrence kept) and the period/customer
 * filter into a sort that spills to disk past its memory budget, then streams the merge out: memory stays
 * well under 1 GB whatever the input size (see bench cli-json-1.5GB-rss).
 */
export async function convertCommand(request: ConvertRequest, rowsPerFile?: number, sort = new NewestFirstSort()): Promise<CommandOutcome> {
  const lines: string[] = [];
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  let skipped = 0;
  let read = 0;
  let duplicates = 0;
  let outside = 0;
  const deduper = new RecordDeduper();
  const matches = filterOf(request);
  const note = (p: ImportProblem) => {
    problemCount++;
    if (p.row !== undefined) skipped++;
    if (problems.length < PROBLEMS_SHOWN) problems.push(p);
  };
  try {
    for (const file of request.files) {
      let fromFile = 0;
      const outcome = await readRecordFile(file, async (batch) => {
        for (const p of batch.problems) note(p);
        fromFile += batch.records.length;
        for (const r of batch.records) {
          if (!deduper.add(r)) duplicates++;
          else if (matches !== undefined && !matches(r)) outside++;
          else await sort.add(r);
        }
      });
      read += fromFile;
      if ('problem' in outcome) note(outcome.problem);
      else lines.push(`${file}: ${fromFile} records (${formatName(outcome.format)}).`);
    }
    lines.push(`Read ${read} records from ${request.files.length} file${request.files.length === 1 ? '' : 's'}.`);
    if (problemCount > 0) {
      lines.push(`Skipped ${skipped} row${skipped === 1 ? '' : 's'}; ${problemCount} problem${problemCount === 1 ? '' : 's'}:`);
      for (const p of problems) lines.push(`  ${p.message}`);
      if (problemCount > PROBLEMS_SHOWN) lines.push(`  … and ${problemCount - PROBLEMS_SHOWN} more.`);
    }
    if (read === 0 && problemCount > 0) {
      lines.push(`Nothing written: no records could be read.`);
      return { exitCode: 1, lines };
    }
    lines.push(`Removed ${duplicates} duplicate${duplicates === 1 ? '' : 's'}.`);
    if (outside > 0) lines.push(`Left out ${outside} outside the period or customer asked for.`);

    const count = sort.count;
    let written: string[];
    try {
      written = await writeExportFile(sort.sorted(), request, rowsPerFile);
    } catch (error) {
      lines.push(`Nothing written: cannot write ${request.out} (${(error as Error).message}).`);
      return { exitCode: 1, lines };
    }
    if (written.length > 1) {
      lines.push(`Wrote ${count} records to ${written.length} files (Excel opens at most 1,048,576 rows per sheet): ${written.join(', ')}.`);
    } else {
      lines.push(`Wrote ${count} records to ${written[0]}.`);
    }
    return { exitCode: 0, lines };
  } finally {
    await sort.dispose();
  }
}

function filterOf(request: ConvertRequest): ((r: ActivityRecord) => boolean) | undefined {
  if (!request.from && !request.to && !request.customer) return undefined;
  return compileQuery({
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.customer ? { customer: request.customer } : {}),
  });
}
