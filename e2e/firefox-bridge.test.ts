// Firefox, measured: the built Firefox extension (MV2, no externally_connectable) in Debian's Firefox ESR, driven
// over WebDriver BiDi. The same bridge as Chrome: a page on another localhost port gets nothing and is listed as
// refused; the app opened from Options is paired and its archive fills from the extension's sync with no click.
// The Firefox build comes from e2e/global-setup.ts.
// Skips, saying why, where Firefox ESR is not installed (apt-get install -y firefox-esr).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxAvailable, launchFirefox, type BidiFirefox } from '../test-support/firefox-bidi';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';
import { serveHostilePage, type HostilePage } from '../test-support/hostile-page';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';

const DAY = 86_400_000;
const available = firefoxAvailable();
if (!available) console.warn('Firefox tests skipped: /usr/bin/firefox-esr is missing (apt-get install -y firefox-esr).');

let firefox: BidiFirefox;
let server: SamplePartnerCenter;
let app: ServedPwa;
let hostile: HostilePage;

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 300));
    last = await read();
  }
  return last;
}

/** Sets a Preact-controlled input the way typing does. */
const typeInto = (selector: string, value: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`;
const clickButton = (name: string) =>
  `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)}); b.click(); return !!b; })()`;

describe.skipIf(!available)('Firefox: the same bridge, the same pairing', () => {
  beforeAll(async () => {
    server = await startSamplePartnerCenter({ port: 0, count: 400, seed: 21 });
    app = await servePwa();
    hostile = await serveHostilePage();
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    await app?.close();
    await hostile?.close();
    await server?.close();
  });

  it('refuses a page on another localhost port and lists it in Options', async () => {
    const evil = await firefox.open(hostile.url);
    const answers = await firefox.evaluate<{ type: string; records?: unknown[] }[]>(evil, `window.__tryBridge(${JSON.stringify(firefox.extensionOrigin)}, 'guessed-token')`);
    expect(answers.map((a) => a.type)).toEqual(['refused', 'error']);
    const options = await firefox.open(`${firefox.extensionOrigin}/options.html`);
    await poll(() => firefox.evaluate<string>(options, `document.body.innerText`), (t) => t.includes(hostile.origin));
  });

  it('pairs the app opened from Options, which then fills from the extension with no click', async () => {
    const options = await firefox.open(`${firefox.extensionOrigin}/options.html`);
    await poll(() => firefox.evaluate<boolean>(options, `!!document.querySelector('#sample-url') && !!document.querySelector('#app-address')`), Boolean);
    await firefox.evaluate(options, typeInto('#sample-url', server.url));
    await firefox.evaluate(options, clickButton('Save'));
    await poll(() => firefox.evaluate<string>(options, `document.body.innerText`), (t) => t.includes('Settings saved.'));
    await firefox.evaluate(options, typeInto('#app-address', app.url));
    await firefox.evaluate(options, clickButton('Open and pair the app'));
    const appTab = await poll(async () => (await firefox.contexts()).find((c) => c.url.startsWith(app.url)), Boolean);
    const oldest = new Date(Math.floor(server.now.getTime() / DAY) * DAY - 89 * DAY).toISOString();
    const expected = server.records.filter((r) => r.operationDate >= oldest).length;
    const count = await poll(
      () => firefox.evaluate<string>(appTab!.context, `document.querySelector('output[aria-label="Records in the archive"]')?.textContent ?? ''`),
      (t) => Number(t.replace(/\D+/g, '')) >= expected,
      60_000,
    );
    expect(Number(count.replace(/\D+/g, ''))).toBe(expected);
    // The header's sync state (the app shell shows the archive's count and its sync there).
    const status = await firefox.evaluate<string>(appTab!.context, `document.querySelector('.archive-state .sync')?.textContent ?? ''`);
    expect(status).toContain('Kept up to date by the extension');
  });
});
