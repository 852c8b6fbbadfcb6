// One naming scheme for word tables, wherever they live: a surface's words in English and Italian are the file
// <name>-text.ts exporting `<name>Text(lang): <Name>Text` (logText, panelText, appText, optionsText, …), so a newcomer
// finds every table by one pattern and no `labels`/`strings`/`messages` twin grows beside them.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const FOLDERS = ['core', 'ui', 'extension', 'pwa'];
const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist']);
/** A function from a language alone to a table of words. */
const TABLE = /^export function (\w+)\(lang: Lang\): (\w+)/gm;

function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name)) out.push(path);
    }
  };
  for (const folder of FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder));
  return out;
}

const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const pascal = (kebab: string) => camel(kebab).replace(/^\w/, (c) => c.toUpperCase());

describe('word tables', () => {
  it('are each <name>-text.ts exporting <name>Text(lang): <Name>Text', () => {
    const tables = sources().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(TABLE)].map((m) => ({ file, fn: m[1]!, type: m[2]! })));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    const off = tables
      .filter(({ file, fn, type }) => {
        const name = basename(file).replace(/\.tsx?$/, '');
        return !name.endsWith('-text') || fn !== camel(name) || type !== pascal(name);
      })
      .map(({ file, fn, type }) => `${relative(root, file)}: ${fn}(lang): ${type}`);
    expect(off).toEqual([]);
  });

  it('have no twin under another name (labels, strings, messages)', () => {
    const named = sources()
      .map((file) => relative(root, file))
      // extension/messaging/ holds the runtime messages between the extension's pages, not words.
      .filter((file) => /(^|[/-])(labels|strings|messages|i18n)\.tsx?$/.test(file) && !file.startsWith('extension/messaging/'));
    expect(named).toEqual([]);
  });
});
