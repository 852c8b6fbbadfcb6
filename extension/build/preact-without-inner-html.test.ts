import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPreactDist, withoutInnerHtml } from './preact-without-inner-html';

describe('Preact without its innerHTML assignment (for the add-on stores)', () => {
  it.each(['preact.mjs', 'preact.module.js'])('takes the dangerouslySetInnerHTML assignment out of %s and nothing else', (file) => {
    const path = resolve('node_modules/preact/dist', file);
    expect(isPreactDist(path)).toBe(true);
    const code = readFileSync(path, 'utf8');
    const changed = withoutInnerHtml(code);
    expect(changed, 'Preact changed: update the plugin').toBeDefined();
    expect(changed).not.toMatch(/\.innerHTML=\w/);
    expect(changed).toContain('dangerouslySetInnerHTML is disabled');
    expect(changed!.length - code.length).toBeLessThan(200);
  });

  it('says so when Preact no longer has the assignment it knows', () => {
    expect(withoutInnerHtml('export const x = 1;')).toBeUndefined();
    expect(isPreactDist('/x/node_modules/preact/hooks/dist/hooks.mjs')).toBe(false);
  });
});
