// The Firefox build as addons.mozilla.org receives it: Mozilla's own linter (web-ext lint, run offline) must
// find nothing, so a submission is not held up by an error, a warning or a missing data-collection statement.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve('.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the Firefox add-on package', () => {
  it('passes web-ext lint with 0 errors, 0 warnings and 0 notices', () => {
    expect(existsSync(join(FIREFOX_DIR, 'manifest.json')), 'build it with: npx wxt build -b firefox').toBe(true);
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      // No update check: the linter itself needs no network, and neither may the test.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      timeout: 90_000,
    });
    const report = JSON.parse(run.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: LintMessage[];
      warnings: LintMessage[];
      notices: LintMessage[];
    };
    const found = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(found).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });

  it('states that it collects and transmits no data, as Mozilla requires of new add-ons', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
