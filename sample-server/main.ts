// `npm run sample-server`: the sample Partner Center API on loopback, for trying the apps without a tenant.
import { parseArgs } from 'node:util';
import { startSamplePartnerCenter } from './sample-partner-center';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7171' },
    count: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    latency: { type: 'string' },
    faults: { type: 'string' },
  },
});
const num = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${text}"`);
    process.exit(2);
  }
  return n;
};
const server = await startSamplePartnerCenter({
  port: num('port', values.port),
  count: num('count', values.count),
  seed: num('seed', values.seed),
  latency: num('latency', values.latency),
  faults: values.faults,
});
console.log(`Sample Partner Center (sample data) at ${server.url}  —  GET ${server.url}/v1/auditrecords`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
