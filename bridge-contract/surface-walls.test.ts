// The extension and the app meet only in this folder's contract: the app never imports the extension's code, the
// extension never imports the app's, and the contract itself depends on core alone. The shared UI (ui/) both surfaces
// render stands below them: it may use core/ and its own packages (preact, @tanstack/virtual-core), never a surface.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist']);

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(join(root, folder));
  return out;
}

/** The repository's top-level folder each relative import of `file` lands in (packages are not folders). */
function foldersImported(file: string, code = readFileSync(file, 'utf8')): { source: string; folder: string }[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((source) => source.startsWith('.'))
    .map((source) => ({ source, folder: relative(root, resolve(dirname(file), source)).split(sep)[0]! }));
}

/** What ui/ may reach: itself and core/ (its tests also the sample data and test packages); packages: preact and the virtualiser. */
const UI_FOLDERS = new Set(['ui', 'core']);
const UI_TEST_FOLDERS = new Set(['ui', 'core', 'sample-data']);
const UI_PACKAGES = /^(preact|preact\/hooks|preact\/compat|@tanstack\/virtual-core)$/;
const UI_TEST_PACKAGES = /^(vitest|@testing-library\/preact|axe-core|fast-check)$/;

function uiBreaches(file: string, code = readFileSync(file, 'utf8')): string[] {
  // Tests and their support (`*.test-support.ts`: axe over a component) may use the test packages.
  const test = /\.test(-support)?\.tsx?$/.test(file);
  const folders = test ? UI_TEST_FOLDERS : UI_FOLDERS;
  const name = relative(root, file);
  const specifiers = ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
  return [
    ...foldersImported(file, code)
      .filter((i) => !folders.has(i.folder))
      .map((i) => `${name} imports ${i.source}`),
    ...specifiers
      .filter((s) => !s.startsWith('.') && !UI_PACKAGES.test(s) && !(test && UI_TEST_PACKAGES.test(s)))
      .map((s) => `${name} imports the package ${s}`),
  ];
}

/** Which top-level folders each folder must never import. */
const FORBIDDEN: Record<string, string[]> = {
  pwa: ['extension'],
  extension: ['pwa'],
  'bridge-contract': ['extension', 'pwa', 'cli', 'sample-server', 'bench', 'e2e', 'scripts'],
};

describe('the walls between the app and the extension', () => {
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${folder}/ imports nothing from ${forbidden.join(', ')}`, () => {
      const files = sourceFiles(folder);
      expect(files.length).toBeGreaterThan(0);
      const breaches = files.flatMap((file) =>
        foldersImported(file)
          .filter((i) => forbidden.includes(i.folder))
          .map((i) => `${relative(root, file)} imports ${i.source}`),
      );
      expect(breaches).toEqual([]);
    });
  }

  it('ui/ imports only itself, core/ and preact with the virtualiser', () => {
    const files = sourceFiles('ui');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => uiBreaches(f))).toEqual([]);
  });

  it('fails when ui/ reaches into a surface or a package of its own choosing', () => {
    const file = join(root, 'ui', 'log-table', 'example.tsx');
    const code = [
      "import { saveFile } from '../../extension/panel/panel-export';",
      "import type { AppText } from '../../pwa/app-text';",
      "const bridge = import('../../bridge-contract/app-bridge-protocol');",
      "import { openDB } from 'dexie';",
      "import { labels } from '../../core/words/labels';",
      "import { useState } from 'preact/hooks';",
    ].join('\n');
    expect(uiBreaches(file, code)).toEqual([
      'ui/log-table/example.tsx imports ../../extension/panel/panel-export',
      'ui/log-table/example.tsx imports ../../pwa/app-text',
      'ui/log-table/example.tsx imports ../../bridge-contract/app-bridge-protocol',
      'ui/log-table/example.tsx imports the package dexie',
    ]);
  });

  it('sees an import that crosses, type-only and dynamic ones too', () => {
    const file = join(root, 'pwa', 'example.ts');
    const seen = ts
      .preProcessFile("import type { A } from '../extension/a';\nconst b = import('../extension/b');", true, true)
      .importedFiles.map((f) => relative(root, resolve(dirname(file), f.fileName)).split(sep)[0]);
    expect(seen).toEqual(['extension', 'extension']);
  });
});
