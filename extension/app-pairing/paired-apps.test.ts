import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPairableOrigin, isPairedOrigin, MAX_REFUSED, pairApp, revokeApp, withRefusal } from './paired-apps';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
beforeEach(() => fakeBrowser.reset());

describe('paired apps', () => {
  it('pairs an exact origin: another port, scheme or host is another app', async () => {
    await pairApp('http://127.0.0.1:4173');
    expect(await isPairedOrigin('http://127.0.0.1:4173')).toBe(true);
    for (const other of ['http://127.0.0.1:4174', 'https://127.0.0.1:4173', 'http://localhost:4173']) expect(await isPairedOrigin(other)).toBe(false);
    await revokeApp('http://127.0.0.1:4173');
    expect(await isPairedOrigin('http://127.0.0.1:4173')).toBe(false);
  });

  it('accepts only real origins, never a URL with a path, an opaque origin or another scheme', async () => {
    for (const bad of ['null', 'http://x.example/app', 'file:///c:/x', 'chrome-extension://abc', '', 'https://x.example/']) expect(isPairableOrigin(bad)).toBe(false);
    await expect(pairApp('null')).rejects.toThrow();
  });

  it('keeps refusals bounded, one line per origin with its count, newest first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 200 }), (ports) => {
        let list = withRefusal([], 'https://first.example', 0);
        ports.forEach((p, i) => (list = withRefusal(list, `http://127.0.0.1:${p}`, i + 1)));
        expect(list.length).toBeLessThanOrEqual(MAX_REFUSED);
        expect(new Set(list.map((r) => r.origin)).size).toBe(list.length);
        if (ports.length > 0) expect(list[0]!.origin).toBe(`http://127.0.0.1:${ports.at(-1)}`);
      }),
    );
  });
});
