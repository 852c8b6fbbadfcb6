// `lens sample`: realistic generated records in our own export format, to try imports and filters on.

import { generateSampleRecords } from '../core/sample-generator';
import type { SampleRequest } from './cli-args';
import type { CommandOutcome } from './convert-command';
import { writeExportFile } from './export-file';

export async function sampleCommand(request: SampleRequest): Promise<CommandOutcome> {
  const records = [...generateSampleRecords({ count: request.count, seed: request.seed })];
  records.sort((a, b) => (a.operationDate < b.operationDate ? 1 : a.operationDate > b.operationDate ? -1 : 0));
  try {
    const files = await writeExportFile(records, request);
    return { exitCode: 0, lines: [`Wrote ${records.length} sample records (seed ${request.seed}) to ${files.join(', ')}.`] };
  } catch (error) {
    return { exitCode: 1, lines: [`Nothing written: cannot write ${request.out} (${(error as Error).message}).`] };
  }
}
