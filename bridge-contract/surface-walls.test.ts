// The extension and the app meet only in this folder's contract: the app never imports the extension's code, the
// extension never imports the app's, and the contract itself depends on core alone.
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
function foldersImported(file: string): { source: string; folder: string }[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((source) => source.startsWith('.'))
    .map((source) => ({ source, folder: relative(root, resolve(dirname(file), source)).split(sep)[0]! }));
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

  it('sees an import that crosses, type-only and dynamic ones too', () => {
    const file = join(root, 'pwa', 'example.ts');
    const seen = ts
      .preProcessFile("import type { A } from '../extension/a';\nconst b = import('../extension/b');", true, true)
      .importedFiles.map((f) => relative(root, resolve(dirname(file), f.fileName)).split(sep)[0]);
    expect(seen).toEqual(['extension', 'extension']);
  });
});
