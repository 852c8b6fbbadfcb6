// The public entry must not fall behind the modules: every export of every core module is re-exported,
// with its line of documentation, and core never reaches into the surfaces that use it: its modules import only
// core and core's declared packages, and core compiles alone on core/tsconfig.json (no DOM, no Node types).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import * as core from './index';

const dir = __dirname;
/** Core's own folders of modules (core/insight/…); fixtures are test data, not modules. */
const FOLDERS = ['', 'record', 'reading', 'words', 'asking', 'leaving', 'partner-center', 'archive', 'insight'];
const tsFiles = (test: boolean): string[] =>
  FOLDERS.flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f.endsWith('.test.ts') === test)
      .map((f) => (folder === '' ? f : `${folder}/${f}`)),
  );
const modules = tsFiles(false).filter((f) => f !== 'index.ts');
/**
 * The packages core may use (each must be one of package.json's dependencies). Anything else (dexie, preact, wxt,
 * a path alias, a surface's folder) is outside the wall.
 */
const CORE_PACKAGES = ['@streamparser/json', 'papaparse'];
/**
 * Tests (and their fixtures) run in Node under vitest: they may also use Node, these packages and the sample server
 * (the stand-in for Partner Center's API the client is tested against), never a surface (extension, app, CLI).
 */
const TEST_PACKAGES = ['vitest', 'fast-check', 'typescript'];
const TEST_FOLDERS = ['sample-server', 'sample-data'];
const packageName = (source: string): string =>
  source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]!;

/** Every module specifier in a file, as TypeScript reads them: imports (type ones too), re-exports, import(), require(). */
function importSources(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Why `source`, imported by core's `file`, breaks the wall; undefined when it may. */
function wallBreach(file: string, source: string, test: boolean): string | undefined {
  if (source.startsWith('.')) {
    const target = resolve(dirname(join(dir, file)), source);
    const inside = relative(dir, target);
    if (!inside.startsWith('..')) return undefined;
    const folder = relative(join(dir, '..'), target).split(sep)[0]!;
    return test && TEST_FOLDERS.includes(folder) ? undefined : 'reaches outside core/';
  }
  if (test && (source.startsWith('node:') || TEST_PACKAGES.includes(packageName(source)))) return undefined;
  if (source.startsWith('node:')) return 'uses Node';
  return CORE_PACKAGES.includes(packageName(source)) ? undefined : `is not one of core's packages (${CORE_PACKAGES.join(', ')})`;
}
const EXPORT = /^export (?:async )?(?:function\*?|const|class|interface|type|enum) ([A-Za-z0-9_]+)/gm;

describe('core/index.ts', () => {
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');

  it.each(modules)('re-exports every export of %s, each with a line saying what it is', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const names = [...text.matchAll(EXPORT)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const line = index.split('\n').find((l) => new RegExp(`\\{ ${name} \\} from './${file.replace(/\.ts$/, '')}'`).test(l));
      expect(line, `${name} from ${file}`).toBeDefined();
      expect(line!.split('//')[1]?.trim().length ?? 0, `${name} is documented`).toBeGreaterThan(10);
    }
  });

  it('exports working values, not just names', () => {
    expect(typeof core.excelCsvChunks).toBe('function');
    expect(core.foldText('  Società  Ä ')).toBe('societa a');
    expect(core.EXCEL_MAX_ROWS).toBe(1_048_576);
  });

  it.each(tsFiles(false))(
    '%s imports only core and its packages (nothing from the extension, the PWA, Node or any other package)',
    (file) => {
      for (const source of importSources(readFileSync(join(dir, file), 'utf8'))) {
        expect(wallBreach(file, source, false), `${file} imports ${source}`).toBeUndefined();
      }
    },
  );

  // Tests may read files and spawn tools with Node, and use vitest and fast-check; they still never import a surface.
  it.each([...tsFiles(true), 'insight/fixtures/fixture-records.ts'])('%s (a test) imports only core, Node and test packages', (file) => {
    for (const source of importSources(readFileSync(join(dir, file), 'utf8'))) {
      expect(wallBreach(file, source, true), `${file} imports ${source}`).toBeUndefined();
    }
  });

  it("core's packages are dependencies the app ships, not dev tools", () => {
    const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of CORE_PACKAGES) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });

  it('the wall check sees every kind of import and every way out', () => {
    expect(
      importSources(
        "import a from './a';\nimport type { B } from \"../pwa/b\";\nexport * from 'dexie';\nimport 'side-effect';\nconst c = await import('node:fs');\nconst d = require('wxt');",
      ),
    ).toEqual(['./a', '../pwa/b', 'dexie', 'side-effect', 'node:fs', 'wxt']);
    expect(wallBreach('record/dedupe.ts', './record-key', false)).toBeUndefined();
    expect(wallBreach('insight/seat-changes.ts', '../record/activity-record', false)).toBeUndefined();
    expect(wallBreach('insight/seat-changes.ts', '../../pwa/store/activity-db', false)).toBe('reaches outside core/');
    expect(wallBreach('record/dedupe.ts', '../../bridge-contract/app-bridge-protocol', false)).toBe('reaches outside core/');
    expect(wallBreach('record/dedupe.ts', 'dexie', false)).toMatch(/not one of core's packages/);
    expect(wallBreach('record/dedupe.ts', 'node:fs', false)).toBe('uses Node');
    expect(wallBreach('record/dedupe.test.ts', 'node:fs', true)).toBeUndefined();
    expect(wallBreach('record/dedupe.test.ts', 'preact', true)).toMatch(/not one of core's packages/);
    expect(wallBreach('partner-center/partner-center-client.test.ts', '../../sample-server/sample-partner-center', true)).toBeUndefined();
    expect(wallBreach('partner-center/partner-center-client.ts', '../../sample-server/sample-partner-center', false)).toBe('reaches outside core/');
    expect(wallBreach('record/dedupe.test.ts', '../../pwa/store/activity-db', true)).toBe('reaches outside core/');
    expect(wallBreach('reading/records-from-csv.ts', 'papaparse', false)).toBeUndefined();
    expect(wallBreach('archive/alert-rules.test.ts', '../../sample-data/sample-generator', true)).toBeUndefined();
    expect(wallBreach('archive/alert-rules.ts', '../../sample-data/sample-generator', false)).toBe('reaches outside core/');
  });

  it('compiles on its own tsconfig, without the DOM or Node types', () => {
    const tsc = join(dir, '..', 'node_modules', 'typescript', 'bin', 'tsc');
    let out = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir, '--noEmit'], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toBe('');
  }, 120_000);
});
