// `lens report`: one insight (seat changes, orders, GDAP, partner users, failures) from saved logs, as Excel CSV,
// through the same core readers and aggregators as the app's views, so the CLI and the screen agree.
import { compileQuery } from '../core/asking/activity-query';
import type { ActivityRecord } from '../core/record/activity-record';
import { dedupeRecords } from '../core/record/dedupe';
import { aggregate } from '../core/insight/insight-aggregator';
import { unreadableText } from '../core/insight/insight-text';
import { FailureAggregator } from '../core/insight/operation-failures';
import { OrderLineAggregator } from '../core/insight/order-lines';
import { PartnerUserAggregator } from '../core/insight/partner-user-activity';
import { RelationshipAggregator } from '../core/insight/relationship-lifecycle';
import { reportCsvChunks } from '../core/insight/report-csv';
import { failuresTable, ordersTable, partnerUsersTable, relationshipsTable, seatChangesTable, type ReportTable } from '../core/insight/report-table';
import { SeatChangeAggregator } from '../core/insight/seat-changes';
import type { ReportRequest } from './cli-args';
import type { CommandOutcome } from './convert-command';
import { numbered, writeAtomically } from './export-file';
import { readRecordFiles } from './read-record-files';

interface Built {
  table: ReportTable;
  unreadable: number;
  /** What the rows are, for the closing line ("12 seat changes"). */
  noun: string;
}

function build(request: ReportRequest, records: ActivityRecord[]): Built {
  const { lang } = request;
  const period = { ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}) };
  const customerOnly = compileQuery(request.customer ? { customer: request.customer } : {});
  const inQuery = compileQuery({ ...period, ...(request.customer ? { customer: request.customer } : {}) });
  const matching = records.filter((r) => inQuery(r));
  switch (request.kind) {
    case 'seat-changes': {
      const result = aggregate(new SeatChangeAggregator(), matching);
      return { table: seatChangesTable(result, lang), unreadable: result.unreadable, noun: 'seat changes' };
    }
    case 'orders': {
      const result = aggregate(new OrderLineAggregator(), matching);
      return { table: ordersTable(result, lang), unreadable: result.unreadable, noun: 'order lines' };
    }
    case 'gdap': {
      // States need the history before the period: everything of the customer is read, the period's events listed.
      const result = aggregate(new RelationshipAggregator(period), records.filter((r) => customerOnly(r)));
      return { table: relationshipsTable(result, lang, period), unreadable: result.unreadable, noun: 'relationship events' };
    }
    case 'users': {
      const result = aggregate(new PartnerUserAggregator(period), records.filter((r) => customerOnly(r)));
      return { table: partnerUsersTable(result, lang), unreadable: 0, noun: 'partner users' };
    }
    case 'failures': {
      const result = aggregate(new FailureAggregator(), matching);
      return { table: failuresTable(result, lang), unreadable: 0, noun: 'failed or declined operations' };
    }
  }
}

export async function reportCommand(request: ReportRequest, rowsPerFile?: number): Promise<CommandOutcome> {
  const { records, problems, lines } = await readRecordFiles(request.files);
  if (records.length === 0 && problems.length > 0) {
    lines.push('Nothing written: no records could be read.');
    return { exitCode: 1, lines };
  }
  const { records: unique, duplicates } = dedupeRecords(records);
  lines.push(`Removed ${duplicates} duplicate${duplicates === 1 ? '' : 's'}.`);
  const { table, unreadable, noun } = build(request, unique);
  if (unreadable > 0) lines.push(`${unreadableText(unreadable, 'en')} (their old/new values are empty, not JSON or of an unknown shape); they are left out of the report.`);

  // Files are numbered only when the report passes Excel's rows per sheet.
  const parts = new Map<number, string[]>();
  for (const chunk of reportCsvChunks(table, { lang: request.lang, delimiter: request.delimiter, ...(rowsPerFile ? { maxRowsPerFile: rowsPerFile + 1 } : {}) })) {
    let list = parts.get(chunk.file);
    if (!list) parts.set(chunk.file, (list = []));
    list.push(chunk.text);
  }
  const files = [...parts.entries()].map(([n, chunks]) => ({ path: parts.size === 1 ? request.out : numbered(request.out, n), chunks }));
  try {
    await writeAtomically(files);
  } catch (error) {
    lines.push(`Nothing written: cannot write ${request.out} (${(error as Error).message}).`);
    return { exitCode: 1, lines };
  }
  const where = files.length === 1 ? files[0]!.path : `${files.length} files (Excel opens at most 1,048,576 rows per sheet): ${files.map((f) => f.path).join(', ')}`;
  lines.push(`Wrote ${table.rows.length} ${noun} to ${where}.`);
  return { exitCode: 0, lines };
}
