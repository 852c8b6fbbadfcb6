// Command-line arguments as data: the commands get a checked, typed request or a usage error to print.

import { csvDelimiterForLocale, langFromLocale, type CsvDelimiter, type Lang } from '../core/words/locale';
import { REPORT_KINDS, type ReportKind } from '../core/insight/report-table';

export const USAGE = `Activity Lens command line

Usage:
  npm run lens -- convert <files…> --out <file.csv|file.json> [--lang en|it] [--delimiter , | ;]
                  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--customer TEXT]
      Reads any mix of dashboard Export log CSVs, API/PowerShell JSON and Activity Lens exports,
      removes duplicates, keeps the records in the period (all when no period is given) and writes
      one export, newest first.
  npm run lens -- sample --count N --out <file.csv|file.json> [--seed N] [--lang en|it] [--delimiter , | ;]
      Writes generated sample records (realistic, not real data).
  npm run lens -- report <seat-changes|orders|gdap|users|failures> <files…> --out <file.csv>
                  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--customer TEXT] [--lang en|it] [--delimiter , | ;]
      Reads the same files as convert (duplicates removed) and writes one insight as Excel CSV:
        seat-changes  every subscription quantity change old → new (updates, upgrades, conversions, orders)
        orders        every order line: product, offer, quantity, unit price, promotion, subscription, status
        gdap          GDAP/DAP relationship and access-assignment events, with each one's state now
        users         per partner user: actions, failures, customers touched, first/last activity, new or not
        failures      failed and declined operations
      The period (--from/--to) and --customer (part of the name, or the customer ID) narrow the report;
      gdap and users also read the records before the period to know states and who is new.
  npm run lens -- --help

Delimiter: --delimiter when given; else the language's when --lang is given (it: ';', en: ',');
else the locale's in LC_ALL / LANG (Italian and other decimal-comma locales: ';', otherwise ',').
Language: --lang when given, else the locale's (Italian for it_*, English otherwise).`;

export interface OutputOptions {
  out: string;
  lang: Lang;
  delimiter: CsvDelimiter;
}

export interface ConvertRequest extends OutputOptions {
  command: 'convert';
  files: string[];
  from?: string;
  to?: string;
  customer?: string;
}

export interface SampleRequest extends OutputOptions {
  command: 'sample';
  count: number;
  seed: number;
}

export interface ReportRequest extends OutputOptions {
  command: 'report';
  kind: ReportKind;
  files: string[];
  from?: string;
  to?: string;
  customer?: string;
}

export type CliRequest = ConvertRequest | SampleRequest | ReportRequest | { command: 'help' } | { command: 'usage-error'; message: string };

const VALUE_OPTIONS = new Set(['--out', '--lang', '--delimiter', '--from', '--to', '--customer', '--count', '--seed']);
const ALLOWED: Record<'convert' | 'sample' | 'report', Set<string>> = {
  convert: new Set(['--out', '--lang', '--delimiter', '--from', '--to', '--customer']),
  report: new Set(['--out', '--lang', '--delimiter', '--from', '--to', '--customer']),
  sample: new Set(['--out', '--lang', '--delimiter', '--count', '--seed']),
};

/** The locale Excel on this machine would use, from the usual environment variables. */
export function localeFromEnvironment(env: Record<string, string | undefined>): string {
  const raw = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || 'en';
  const locale = raw.split('.')[0]!.split('@')[0]!;
  return locale === 'C' || locale === 'POSIX' ? 'en' : locale;
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliRequest {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'convert' && command !== 'sample' && command !== 'report') return usageError(`unknown command "${command}"`);
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!name.startsWith('--') || name === '--') {
      positional.push(arg);
      continue;
    }
    if (!VALUE_OPTIONS.has(name) || !ALLOWED[command].has(name)) return usageError(`unknown option ${name} for ${command}`);
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) return usageError(`${name} needs a value`);
    values.set(name, value);
  }
  const out = values.get('--out');
  if (!out) return usageError('--out <file.csv|file.json> is required');
  if (!/\.(csv|json)$/i.test(out)) return usageError(`--out must end in .csv or .json (got "${out}")`);
  if (command === 'report' && !/\.csv$/i.test(out)) return usageError(`a report is written as Excel CSV: --out must end in .csv (got "${out}")`);
  const locale = localeFromEnvironment(env);
  const lang = values.get('--lang') ?? langFromLocale(locale);
  if (lang !== 'en' && lang !== 'it') return usageError(`--lang must be en or it (got "${lang}")`);
  // An explicit language decides the delimiter too (Excel in Italian expects ';'); the shell's locale only
  // decides what nobody asked for.
  const delimiter = values.get('--delimiter') ?? csvDelimiterForLocale(values.has('--lang') ? lang : locale);
  if (delimiter !== ',' && delimiter !== ';') return usageError(`--delimiter must be , or ; (got "${delimiter}")`);
  const output: OutputOptions = { out, lang, delimiter };

  if (command === 'sample') {
    if (positional.length > 0) return usageError(`sample takes no files (got ${positional.join(' ')})`);
    const count = wholeNumber(values.get('--count'));
    if (count === undefined || count < 1) return usageError('--count N (a whole number ≥ 1) is required');
    const seedText = values.get('--seed');
    const seed = seedText === undefined ? 1 : wholeNumber(seedText);
    if (seed === undefined) return usageError(`--seed must be a whole number (got "${seedText}")`);
    return { command, ...output, count, seed };
  }

  let kind: ReportKind | undefined;
  if (command === 'report') {
    const named = positional.shift();
    if (named === undefined || !(REPORT_KINDS as readonly string[]).includes(named)) {
      return usageError(`report needs one of ${REPORT_KINDS.join(', ')} first (got ${named === undefined ? 'nothing' : `"${named}"`})`);
    }
    kind = named as ReportKind;
  }
  if (positional.length === 0) return usageError(`${command} needs at least one input file`);
  const from = values.get('--from');
  const to = values.get('--to');
  for (const [name, day] of [['--from', from], ['--to', to]] as const) {
    if (day !== undefined && !isDay(day)) return usageError(`${name} must be a date as YYYY-MM-DD (got "${day}")`);
  }
  if (from && to && from > to) return usageError(`--from ${from} is after --to ${to}`);
  const customer = values.get('--customer');
  const filters = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(customer ? { customer } : {}) };
  if (command === 'report') return { command, kind: kind!, ...output, files: positional, ...filters };
  return {
    command,
    ...output,
    files: positional,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(customer ? { customer } : {}),
  };
}

function usageError(message: string): CliRequest {
  return { command: 'usage-error', message };
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

function isDay(text: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
