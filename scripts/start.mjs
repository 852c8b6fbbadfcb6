// `npm start`: installs what is missing, builds the extension (Chrome + Firefox) and the app, then serves the
// app with the built-in sample Partner Center server as its data source, and prints where everything is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SAMPLE_PORT = process.env.LENS_SAMPLE_PORT ?? '7171';
const APP_PORT = process.env.LENS_APP_PORT ?? '4173';

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${command} ${args.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync('node_modules/.package-lock.json')) step('Installing dependencies', 'npm', ['install', '--no-audit', '--no-fund']);
step('Building the extension for Chrome', 'npx', ['wxt', 'build']);
step('Building the extension for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('Building the app', 'npx', ['vite', 'build', '--config', 'pwa/vite.config.ts']);

const children = [
  spawn('npx', ['tsx', 'sample-server/main.ts', '--port', SAMPLE_PORT], { stdio: 'inherit' }),
  spawn('npx', ['vite', 'preview', '--config', 'pwa/vite.config.ts', '--port', APP_PORT, '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
];

setTimeout(() => {
  console.log(`
Activity Lens is running (sample data: generated, not your Partner Center).
  App (PWA):                 http://127.0.0.1:${APP_PORT}/
  Sample Partner Center API: http://127.0.0.1:${SAMPLE_PORT}/v1/auditrecords
  Chrome extension:          chrome://extensions → Developer mode → Load unpacked → ${process.cwd()}/.output/chrome-mv3
  Firefox extension:         about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json
Press Ctrl+C to stop.`);
}, 2500);

function stop() {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`A server stopped with code ${code}; stopping.`);
      stop();
    }
  });
}
