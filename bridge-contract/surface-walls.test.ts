// The walls between the repository's top-level folders (docs/architecture.md's folders table, "checked by"): the
// extension and the app meet only in this folder's contract (the app never imports the extension's code, the
// extension never imports the app's, and the contract itself depends on core alone); the benches' hooks never reach
// the app; sample data depends on core alone; test support is never part of what ships.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist']);

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(root, folder))) return out;
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

const isTest = (file: string): boolean => /\.test\.tsx?$/.test(file);

/** Every module specifier of `file`, as TypeScript reads them: imports (type ones too), re-exports, import(). */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The repository's top-level folder each relative import of `file` lands in (packages are not folders). */
function foldersImported(file: string): { source: string; folder: string }[] {
  return specifiers(file)
    .filter((source) => source.startsWith('.'))
    .map((source) => ({ source, folder: relative(root, resolve(dirname(file), source)).split(sep)[0]! }));
}

const packageName = (source: string): string =>
  source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]!;

/** The top-level folder each relative import in `code` (the text of `file`) lands in. */
function relativeFolders(file: string, code: string): { source: string; folder: string }[] {
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
    ...relativeFolders(file, code)
      .filter((i) => !folders.has(i.folder))
      .map((i) => `${name} imports ${i.source}`),
    ...specifiers
      .filter((s) => !s.startsWith('.') && !UI_PACKAGES.test(s) && !(test && UI_TEST_PACKAGES.test(s)))
      .map((s) => `${name} imports the package ${s}`),
  ];
}

/** Which top-level folders each folder must never import. */
const FORBIDDEN: Record<string, string[]> = {
  pwa: ['extension', 'bench', 'e2e', 'scripts'],
  extension: ['pwa', 'bench', 'e2e', 'scripts'],
  'bridge-contract': ['extension', 'pwa', 'cli', 'sample-server', 'bench', 'e2e', 'scripts'],
};

/**
 * Folders that may import only the folders and packages named (besides themselves); their tests may also use
 * vitest, Node and the component-testing packages. ui/ has its own, stricter check below (uiBreaches).
 */
const ONLY: Record<string, { folders: string[]; packages: string[]; optional?: boolean }> = {
  'sample-data': { folders: ['core'], packages: [] },
};
const TEST_PACKAGES = ['vitest', 'fast-check', '@testing-library/preact', 'happy-dom'];

/** Product code: what ships or serves (tests in these folders are not product code). */
const PRODUCT = ['core', 'ui', 'extension', 'pwa', 'cli', 'sample-server', 'sample-data', 'bridge-contract'];

describe('the walls between the folders', () => {
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

  for (const [folder, only] of Object.entries(ONLY)) {
    it(`${folder}/ imports only ${[...only.folders, ...only.packages].join(', ') || 'itself'}`, () => {
      const files = sourceFiles(folder);
      if (!only.optional) expect(files.length).toBeGreaterThan(0);
      const breaches = files.flatMap((file) =>
        specifiers(file)
          .filter((source) => {
            if (source.startsWith('.')) {
              const target = relative(root, resolve(dirname(file), source)).split(sep)[0]!;
              return target !== folder && !only.folders.includes(target);
            }
            const name = packageName(source);
            if (only.packages.includes(name)) return false;
            return !(isTest(file) && (source.startsWith('node:') || TEST_PACKAGES.includes(name)));
          })
          .map((source) => `${relative(root, file)} imports ${source}`),
      );
      expect(breaches).toEqual([]);
    });
  }

  it(`test-support/, e2e/ and bench/ are never imported by product code (${PRODUCT.join(', ')})`, () => {
    const files = PRODUCT.flatMap((folder) => sourceFiles(folder)).filter((file) => !isTest(file));
    expect(files.length).toBeGreaterThan(100);
    const breaches = files.flatMap((file) =>
      foldersImported(file)
        .filter((i) => i.folder === 'test-support' || i.folder === 'e2e' || i.folder === 'bench')
        .map((i) => `${relative(root, file)} imports ${i.source}`),
    );
    expect(breaches).toEqual([]);
  });

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
      "import { logText } from '../../core/words/log-text';",
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
