// One entry point for any file a user drops or names: sniffs JSON or CSV so the caller need not know.

import type { ImportResult } from './import-problem';
import { recordsFromJsonText } from './records-from-api-json';
import { recordsFromCsv } from './records-from-csv';

export function recordsFromFile(name: string, text: string): ImportResult {
  const first = firstCharacter(text);
  if (first === '') {
    return { records: [], problems: [{ kind: 'empty', file: name, message: `${name}: the file is empty.` }], format: 'unknown', rowsRead: 0 };
  }
  if (first === '{' || first === '[') return recordsFromJsonText(text, name);
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return recordsFromJsonText(text, name); // says JSON, is not: report why as JSON
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv' || extension === undefined || looksLikeText(text)) {
    return recordsFromCsv(text, name);
  }
  return {
    records: [],
    problems: [{ kind: 'unknown-format', file: name, message: `${name}: not a CSV or JSON activity log.` }],
    format: 'unknown',
    rowsRead: 0,
  };
}

function firstCharacter(text: string): string {
  const match = /[^\s\uFEFF]/.exec(text.slice(0, 4096));
  return match ? match[0] : text.trim().replace(/^\uFEFF/, '').charAt(0);
}

/** Binary files (xlsx, zip, images) carry NUL bytes early on; text does not. */
function looksLikeText(text: string): boolean {
  return !text.slice(0, 4096).includes('\u0000');
}
