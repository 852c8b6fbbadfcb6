// `npm run sample-server`: the sample Partner Center API on loopback, for trying the apps without a tenant.
import { parseArgs } from 'node:util';
import { startSamplePartnerCenter } from './sample-partner-center';
import { DEFAULT_LIVE_RECORDS_PER_MINUTE } from './live-records';
import { SAMPLE_SERVER_PORT } from '../core/partner-center/sample-server-address';

const HELP = `Sample Partner Center: GET /v1/auditrecords on 127.0.0.1, generated sample data (never real data).

Usage: npm run sample-server -- [--port N] [--count N] [--seed N] [--live [--live-rate N]] [--latency MS] [--faults SPEC]
  --port N        port to listen on (default ${SAMPLE_SERVER_PORT}; 0 picks a free one)
  --count N       records to generate over the last 90 days (default 20000)
  --seed N        generator seed: the same seed gives the same customers and records
  --live          new records keep arriving as time passes (npm start turns this on)
  --live-rate N   live records per minute (default ${DEFAULT_LIVE_RECORDS_PER_MINUTE})
  --latency MS    added delay per request
  --faults SPEC   random faults per request, e.g. "429:0.1,500:0.05" (statuses 429, 500, 503, 401, 403)
Any non-empty bearer token is accepted; requests without one get 401.`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      port: { type: 'string', default: String(SAMPLE_SERVER_PORT) },
      count: { type: 'string', default: '20000' },
      seed: { type: 'string' },
      live: { type: 'boolean' },
      'live-rate': { type: 'string' },
      latency: { type: 'string' },
      faults: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const num = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${text}"`);
    process.exit(2);
  }
  return n;
};
const liveRate = num('live-rate', values['live-rate']) ?? DEFAULT_LIVE_RECORDS_PER_MINUTE;
if (liveRate < 1) {
  console.error(`--live-rate must be at least 1 record a minute, got ${liveRate}`);
  process.exit(2);
}
const server = await startSamplePartnerCenter({
  port: num('port', values.port),
  count: num('count', values.count),
  seed: num('seed', values.seed),
  latency: num('latency', values.latency),
  faults: values.faults,
  live: values.live ? { recordsPerMinute: liveRate } : false,
});
console.log(`Sample Partner Center (sample data) at ${server.url}  —  GET ${server.url}/v1/auditrecords`);
if (server.live) console.log(`Live: new sample records arrive as time passes (about ${liveRate} a minute).`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
