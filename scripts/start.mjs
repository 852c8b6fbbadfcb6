// `npm start`: installs what is missing, builds the extension (Chrome + Firefox) and the app, then serves the
// app with the built-in sample Partner Center server as its data source, and prints where everything is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { portInUse, waitForPort } from './local-port.mjs';

/** Where the extension opens the app unless its Options say otherwise (extension/app-pairing/app-link.ts). */
const DEFAULT_APP_PORT = '4173';
const APP_PORT = process.env.LENS_APP_PORT ?? DEFAULT_APP_PORT;

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${command} ${args.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync('node_modules/.package-lock.json')) step('Installing dependencies', 'npm', ['install', '--no-audit', '--no-fund']);

/** Where the app and the extension look for the sample server unless told otherwise: defined once, in core (read through tsx, installed above). */
const { tsImport } = await import('tsx/esm/api');
const { SAMPLE_SERVER_PORT } = await tsImport('../core/partner-center/sample-server-address.ts', import.meta.url);
const SAMPLE_PORT = process.env.LENS_SAMPLE_PORT ?? String(SAMPLE_SERVER_PORT);

for (const [port, name, variable] of [
  [APP_PORT, 'the app', 'LENS_APP_PORT'],
  [SAMPLE_PORT, 'the sample Partner Center server', 'LENS_SAMPLE_PORT'],
]) {
  if (await portInUse(Number(port))) {
    console.error(
      `✖ Port ${port} (for ${name}) is already in use on 127.0.0.1 — is Activity Lens already running in another terminal?\n` +
        `  Stop it, or pick free ports, e.g.: LENS_APP_PORT=${Number(APP_PORT) + 10} LENS_SAMPLE_PORT=${Number(SAMPLE_PORT) + 10} npm start (${variable} was ${port}).`,
    );
    process.exit(1);
  }
}

step('Building the extension for Chrome', 'npx', ['wxt', 'build']);
step('Building the extension for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('Building the app', 'npx', ['vite', 'build', '--config', 'pwa/vite.config.ts']);

// Each server gets its own process group so stopping reaches the server itself, not only the npx in front of it.
const children = [
  // Live: new sample records keep arriving, so the archive's sync and alerts can be seen working within minutes.
  spawn('npx', ['tsx', 'sample-server/main.ts', '--port', SAMPLE_PORT, '--live'], { stdio: 'inherit', detached: true }),
  spawn('npx', ['vite', 'preview', '--config', 'pwa/vite.config.ts', '--port', APP_PORT, '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  }),
];

function stop(code = 0) {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
process.on('SIGHUP', () => stop());
// `kill <npm's pid>` ends npm without passing the signal on: once we are orphaned, stop the servers too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();
for (const child of children) {
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`A server stopped with code ${code}; stopping.`);
      stop(code);
    }
  });
}

// The app looks for the sample server at its default address; another port travels in the app's URL.
const appUrl = `http://127.0.0.1:${APP_PORT}/${SAMPLE_PORT === String(SAMPLE_SERVER_PORT) ? '' : `?sample=${encodeURIComponent(`http://127.0.0.1:${SAMPLE_PORT}`)}`}`;
const [appUp, sampleUp] = await Promise.all([waitForPort(Number(APP_PORT)), waitForPort(Number(SAMPLE_PORT))]);
if (!appUp || !sampleUp) {
  console.error(`✖ ${appUp ? 'The sample server' : 'The app server'} did not start within a minute; see the messages above.`);
  stop(1);
}
console.log(`
Activity Lens is running (sample data: generated, not your Partner Center).
  App (PWA):                 ${appUrl}
  Sample Partner Center API: http://127.0.0.1:${SAMPLE_PORT}/v1/auditrecords (live: new sample records keep arriving)
  Chrome extension:          chrome://extensions → Developer mode → Load unpacked → ${process.cwd()}/.output/chrome-mv3
  Firefox extension:         about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json
  Then, in the extension's side panel, "Open in Activity Lens app" pairs the app and keeps its archive up to date.${
    APP_PORT === '4173' ? '' : `\n  This app port is not the extension's default: set Options → App address to http://127.0.0.1:${APP_PORT}/ first.`
  }
Press Ctrl+C to stop.`);
if (APP_PORT !== DEFAULT_APP_PORT) {
  console.log(`The extension opens the app at http://127.0.0.1:${DEFAULT_APP_PORT} unless told otherwise: Options → App address → http://127.0.0.1:${APP_PORT}.`);
}

