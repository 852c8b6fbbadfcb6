// Debian's Firefox ESR driven over WebDriver BiDi (Firefox's own remote protocol; playwright-core needs a patched
// Firefox we do not download): a fresh profile, headless, the built Firefox extension installed as a temporary
// add-on with a fixed internal UUID (so tests know its moz-extension:// origin), pages navigated and evaluated.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX_EXTENSION_ID = 'activity-lens@activity-lens.invalid';
/** The extension's internal UUID in the test profile: its origin is moz-extension://<this>. */
export const FIREFOX_EXTENSION_UUID = '7b3c1e2a-4d5f-4a6b-8c7d-9e0f1a2b3c4d';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX_PATH);
}

export interface BidiFirefox {
  extensionOrigin: string;
  send(method: string, params: Record<string, unknown>): Promise<any>;
  /** Opens a new tab at url (waits for load); returns its context id. */
  open(url: string): Promise<string>;
  /** Evaluates an expression (promises awaited) in a tab; returns the plain value. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  contexts(): Promise<{ context: string; url: string }[]>;
  close(): Promise<void>;
}

function plain(value: any): unknown {
  if (!value || typeof value !== 'object') return value;
  switch (value.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'undefined':
    case 'null':
      return undefined;
    case 'array':
      return (value.value ?? []).map(plain);
    case 'object':
      return Object.fromEntries((value.value ?? []).map(([k, v]: [unknown, unknown]) => [typeof k === 'string' ? k : plain(k), plain(v)]));
    default:
      return value.value;
  }
}

export async function launchFirefox(): Promise<BidiFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'lens-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("browser.aboutwelcome.enabled", false);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(FIREFOX_PATH, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const address = await new Promise<string>((resolveUrl, reject) => {
    const onData = (d: Buffer): void => {
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(d));
      if (m) resolveUrl(m[1]!);
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    setTimeout(() => reject(new Error('Firefox did not start its WebDriver BiDi server within 60 s.')), 60_000);
  });
  const ws = new WebSocket(`${address}/session`);
  await new Promise((r) => ws.once('open', r));
  let nextId = 0;
  const pending = new Map<number, (m: any) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (typeof m.id === 'number') pending.get(m.id)?.(m);
  });
  const send = (method: string, params: Record<string, unknown>): Promise<any> =>
    new Promise((resolveReply, reject) => {
      const id = ++nextId;
      pending.set(id, (m) => {
        pending.delete(id);
        if (m.type === 'error') reject(new Error(`${method}: ${m.error} ${m.message}`));
        else resolveReply(m.result);
      });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await send('script.evaluate', { target: { context }, expression, awaitPromise: true, resultOwnership: 'none' });
    if (r.type === 'exception') throw new Error(`In the page: ${r.exceptionDetails?.text ?? 'exception'}`);
    return plain(r.result) as T;
  };
  return {
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    send,
    evaluate,
    async open(url) {
      const { context } = await send('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async contexts() {
      const tree = await send('browsingContext.getTree', {});
      return tree.contexts.map((c: { context: string; url: string }) => ({ context: c.context, url: c.url }));
    },
    async close() {
      try {
        await send('browser.close', {});
      } catch {
        // already closing
      }
      ws.close();
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
