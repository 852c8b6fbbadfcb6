// The app users download (dist/pwa, built by global-setup as `npm run build:pwa` does) carries none of the benches'
// code: no window.__lensBench, no hook of bench/pwa-bench-app/bench-hooks.ts, no chunk of it. The benches build
// their own page (bench/pwa-bench-app/, into dist/pwa-bench).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PWA_DIR } from '../test-support/serve-pwa';

const HOOKS_FILE = resolve('bench/pwa-bench-app/bench-hooks.ts');

/** The names of the hooks object's members (what a page would call through window.__lensBench). */
function hookNames(): string[] {
  const source = ts.createSourceFile(HOOKS_FILE, readFileSync(HOOKS_FILE, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  source.forEachChild(function visit(node): void {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'hooks' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) if (p.name && ts.isIdentifier(p.name)) names.push(p.name.text);
    }
    node.forEachChild(visit);
  });
  return names;
}

/** Every word the app's own sources use: a hook name that is also one of the app's names says nothing. */
function appWords(): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) for (const w of readFileSync(path, 'utf8').match(/\w+/g) ?? []) words.add(w);
    }
  };
  for (const folder of ['pwa', 'core', 'ui', 'bridge-contract', 'sample-data']) walk(resolve(folder));
  return words;
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|html|webmanifest)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the app as it ships', () => {
  it('carries no bench hook: not window.__lensBench, not one hook, not the hooks chunk', () => {
    const own = appWords();
    const hooks = hookNames();
    expect(hooks.length).toBeGreaterThan(10);
    const markers = ['__lensBench', ...hooks.filter((name) => !own.has(name))];
    expect(markers.length).toBeGreaterThan(10);
    const files = builtFiles(PWA_DIR);
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const named = /bench/i.test(file.slice(PWA_DIR.length)) ? [`${file} is a bench file`] : [];
      return [...named, ...markers.filter((m) => new RegExp(`\\b${m}\\b`).test(text)).map((m) => `${file.slice(PWA_DIR.length + 1)} has ${m}`)];
    });
    expect(found).toEqual([]);
  });
});
