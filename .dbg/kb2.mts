import { resolve } from 'node:path';
import { servePwa } from '/work/wt-shell/e2e/support/serve-pwa';
import { launchBrowser } from '/work/wt-shell/e2e/support/browser';
const app = await servePwa(resolve('/work/wt-shell/dist/pwa'));
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(app.url);
await page.getByLabel('Import logs').setInputFiles([resolve('/work/wt-shell/e2e/fixtures/pwa-dashboard-en.csv')]);
await page.waitForTimeout(2000);
await page.goto(app.url);
await page.waitForTimeout(1000);
await page.evaluate(() => {
  const d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  Object.defineProperty(HTMLInputElement.prototype, 'value', { get() { return d.get!.call(this); }, set(v) { if (this.name === 'customer') console.log('set value', JSON.stringify(v), new Error().stack!.split('\n').slice(2, 5).join(' | ')); d.set!.call(this, v); } });
  document.addEventListener('input', (e) => console.log('input event', (e.target as HTMLInputElement).value), true);
});
await page.locator('input[name=customer]').focus();
await page.keyboard.type('contoso'); console.log('value', await page.locator('input[name=customer]').inputValue());
await page.keyboard.press('Enter');
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(500);
  console.log(page.url(), await page.locator('.row-count').innerText());
}
await page.screenshot({ path: '/tmp/dbg/kb2.png' });
await browser.close(); await app.close();
