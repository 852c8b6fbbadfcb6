import { describe, expect, it } from 'vitest';
import { localeFromEnvironment, parseCliArgs } from './cli-args';

describe('lens arguments', () => {
  it('converts several files to an Italian CSV when the shell locale is Italian', () => {
    expect(parseCliArgs(['convert', 'a.csv', 'b.json', '--out', 'all.csv'], { LANG: 'it_IT.UTF-8' })).toEqual({
      command: 'convert',
      files: ['a.csv', 'b.json'],
      out: 'all.csv',
      lang: 'it',
      delimiter: ';',
    });
  });

  it('lets the user override language and delimiter and pick a period and a customer', () => {
    expect(
      parseCliArgs(
        ['convert', 'a.csv', '--out=x.csv', '--lang', 'en', '--delimiter', ';', '--from', '2025-01-01', '--to', '2025-01-31', '--customer', 'Rossi'],
        { LC_ALL: 'it_IT' },
      ),
    ).toMatchObject({ lang: 'en', delimiter: ';', from: '2025-01-01', to: '2025-01-31', customer: 'Rossi' });
  });

  it.each([
    [['--lang', 'it'], { LANG: 'en_US.UTF-8' }, 'it', ';'],
    [['--lang', 'it'], {}, 'it', ';'],
    [['--lang=en'], { LC_ALL: 'it_IT.UTF-8' }, 'en', ','],
    [['--lang', 'it', '--delimiter', ','], { LANG: 'it_IT.UTF-8' }, 'it', ','],
    [['--delimiter', ';'], { LANG: 'en_US.UTF-8' }, 'en', ';'],
    [[], { LANG: 'de_DE.UTF-8' }, 'en', ';'],
    [[], { LC_ALL: 'it_IT.UTF-8', LANG: 'en_US.UTF-8' }, 'it', ';'],
    [[], {}, 'en', ','],
  ] as const)('with %j and locale %j writes %s with %j', (options, env, lang, delimiter) => {
    for (const command of [['convert', 'a.csv'], ['sample', '--count', '1']]) {
      expect(parseCliArgs([...command, '--out', 'x.csv', ...options], env)).toMatchObject({ lang, delimiter });
    }
  });

  it('prefers LC_ALL over LANG and treats the C locale as English', () => {
    expect(localeFromEnvironment({ LC_ALL: 'it_IT.UTF-8', LANG: 'en_US.UTF-8' })).toBe('it_IT');
    expect(localeFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it.each([
    [['convert', '--out', 'x.csv'], 'at least one input file'],
    [['convert', 'a.csv'], '--out'],
    [['convert', 'a.csv', '--out', 'x.xlsx'], '.csv or .json'],
    [['convert', 'a.csv', '--out', 'x.csv', '--from', '2025-02-30'], 'YYYY-MM-DD'],
    [['convert', 'a.csv', '--out', 'x.csv', '--from', '2025-03-01', '--to', '2025-02-01'], 'after'],
    [['convert', 'a.csv', '--out', 'x.csv', '--delimiter', '|'], ', or ;'],
    [['convert', 'a.csv', '--out', 'x.csv', '--count', '3'], 'unknown option --count'],
    [['sample', '--out', 'x.json'], '--count'],
    [['sample', '--out', 'x.json', '--count', '5', '--seed', 'abc'], '--seed'],
    [['frobnicate'], 'unknown command'],
  ])('rejects %j with a usage message about %s', (argv, text) => {
    const request = parseCliArgs(argv, {});
    expect(request.command).toBe('usage-error');
    expect(request.command === 'usage-error' && request.message).toContain(text);
  });

  it('shows help for --help or no arguments', () => {
    expect(parseCliArgs(['--help'], {})).toEqual({ command: 'help' });
    expect(parseCliArgs([], {})).toEqual({ command: 'help' });
  });

  it('reads a sample request with a default seed', () => {
    expect(parseCliArgs(['sample', '--count', '50', '--out', 's.csv'], { LANG: 'en_GB' })).toEqual({
      command: 'sample', count: 50, seed: 1, out: 's.csv', lang: 'en', delimiter: ',',
    });
  });
});
