import { resolve } from 'node:path';
import { servePwa } from '/work/wt-shell/e2e/support/serve-pwa';
import { launchBrowser } from '/work/wt-shell/e2e/support/browser';
const app = await servePwa(resolve('/work/wt-shell/dist/pwa'));
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('filechooser', () => undefined);
await page.goto(app.url);
await page.getByLabel('Import logs').setInputFiles([resolve('/work/wt-shell/e2e/fixtures/pwa-dashboard-en.csv')]);
await page.waitForTimeout(2000);
await page.goto(app.url);
const seq: string[] = [];
for (let i = 0; i < 40; i++) {
  await page.keyboard.press('Tab');
  seq.push(await page.evaluate(() => { const e = document.activeElement as HTMLElement; return `${e.tagName}:${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 40)}:${(e as HTMLInputElement).name ?? ''}`; }));
}
console.log(seq.join('\n'));
await page.screenshot({ path: '/tmp/dbg/kb.png' });
await browser.close(); await app.close();
