// Entry point of `npm run lens`: parses the arguments and hands them to one command.

import { parseCliArgs, USAGE } from './cli-args';
import { convertCommand } from './convert-command';
import { reportCommand } from './report-command';
import { sampleCommand } from './sample-command';

const request = parseCliArgs(process.argv.slice(2), process.env);
switch (request.command) {
  case 'help':
    console.log(USAGE);
    break;
  case 'usage-error':
    console.error(`lens: ${request.message}\n\n${USAGE}`);
    process.exitCode = 2;
    break;
  default: {
    const outcome =
      request.command === 'convert' ? await convertCommand(request) : request.command === 'report' ? await reportCommand(request) : await sampleCommand(request);
    for (const line of outcome.lines) console.log(line);
    process.exitCode = outcome.exitCode;
  }
}
