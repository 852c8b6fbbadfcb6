// The names exported files get (SPEC §4: activity-log_{from}_{to}.csv), numbered when Excel's row limit
// splits an export, so every surface names the same export the same way.

import type { ActivityRecord } from '../record/activity-record';
import { utcDay } from '../reading/utc-date';

export interface ExportFileNameOptions {
  /** First day of the period, `yyyy-MM-dd` (an ISO date-time is cut to its day); '' when unknown. */
  from: string;
  /** Last day of the period, as `from`. */
  to: string;
  ext: 'csv' | 'json';
  /** 1-based part number, used when parts > 1. */
  part?: number;
  parts?: number;
}

/** A day for a file name: the `yyyy-MM-dd` of a date, else the text with only safe file-name characters. */
function dayPart(text: string): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  return t.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * `activity-log_2024-05-01_2024-05-31.csv`, `activity-log_2024-05-01_2024-05-31_part-2-of-3.csv`.
 * An unknown side of the period reads `from_…` / `until_…`; with neither, just `activity-log.csv`.
 */
export function exportFileName(options: ExportFileNameOptions): string {
  const from = dayPart(options.from);
  const to = dayPart(options.to);
  let name = 'activity-log';
  if (from !== '' && to !== '') name += `_${from}_${to}`;
  else if (from !== '') name += `_from_${from}`;
  else if (to !== '') name += `_until_${to}`;
  return partFileName(`${name}.${options.ext}`, options.part ?? 1, options.parts ?? 1);
}

/**
 * The name of part `part` of `parts` of a split export: `_part-2-of-3` before the extension (`log.csv` →
 * `log_part-2-of-3.csv`); the name itself when there is only one. Every surface, the CLI's `--out` included, numbers
 * parts this way.
 */
export function partFileName(name: string, part: number, parts: number): string {
  if (parts <= 1) return name;
  const dot = name.lastIndexOf('.');
  const suffix = `_part-${part}-of-${parts}`;
  return dot > 0 ? name.slice(0, dot) + suffix + name.slice(dot) : name + suffix;
}

/** The first and last UTC day of the records, for naming an export whose period was not chosen; undefined when empty. */
export function periodOf(records: Iterable<Pick<ActivityRecord, 'operationDate'>>): { from: string; to: string } | undefined {
  let from = '';
  let to = '';
  for (const r of records) {
    const day = utcDay(r.operationDate);
    if (day === '') continue;
    if (from === '' || day < from) from = day;
    if (to === '' || day > to) to = day;
  }
  return from === '' ? undefined : { from, to };
}
