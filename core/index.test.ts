// The public entry must not fall behind the modules: every export of every core module is re-exported,
// with its line of documentation, and core never reaches into the surfaces that use it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from './index';

const dir = __dirname;
/** Core's own folders of modules (core/insight/…); fixtures are test data, not modules. */
const FOLDERS = ['', 'insight'];
const modules = FOLDERS.flatMap((folder) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    .map((f) => (folder === '' ? f : `${folder}/${f}`)),
);
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

  it.each(modules)('%s imports nothing from the extension, the PWA, Node or the DOM', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const sources = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const source of sources) {
      expect(source, `${file} imports ${source}`).not.toMatch(/^(node:|fs$|path$)/);
      // A module in a core folder may reach the core above it, never beyond.
      const depth = file.split('/').length - 1;
      const ups = source.match(/^(\.\.\/)*/)![0].length / 3;
      expect(ups, `${file} imports ${source}`).toBeLessThanOrEqual(depth);
    }
  });
});
