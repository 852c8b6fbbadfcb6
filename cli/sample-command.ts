// `lens sample`: realistic generated records in our own export format, to try imports and filters on.
// Any count: the records go through the same spilling newest-first sort as `lens convert`.

import { generateSampleRecords } from '../sample-data/sample-generator';
import type { SampleRequest } from './cli-args';
import type { CommandOutcome } from './convert-command';
import { writeExportFile } from './export-file';
import { NewestFirstSort } from './newest-first-sort';

export async function sampleCommand(request: SampleRequest): Promise<CommandOutcome> {
  const sort = new NewestFirstSort();
  try {
    for (const record of generateSampleRecords({ count: request.count, seed: request.seed })) await sort.add(record);
    const files = await writeExportFile(sort.sorted(), request);
    return { exitCode: 0, lines: [`Wrote ${sort.count} sample records (seed ${request.seed}) to ${files.join(', ')}.`] };
  } catch (error) {
    return { exitCode: 1, lines: [`Nothing written: cannot write ${request.out} (${(error as Error).message}).`] };
  } finally {
    await sort.dispose();
  }
}
