// The toolbar button's one-click export: the default view (the most recent month; only the active customer's
// when a customer page is active) fetched and written as Excel CSV straight to the downloads folder, with the
// badge showing progress and a notification saying what was saved or what to do. Browser APIs come in as deps;
// the files come from core's one export pipeline into the downloads sink (downloads-export-sink.ts).
import { defaultPeriod, newestFirst } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { writeExportFiles } from '../../core/leaving/export-files';
import { activityProblem, type ActivityProblem, type ActivitySource } from '../data-source/activity-source';
import { downloadsExportSink, type SaveTextFile, type SavedFile } from './downloads-export-sink';
import { toolbarExportText } from './toolbar-export-text';

export type { SavedFile };

export type ToolbarExportResult =
  | { status: 'saved'; files: SavedFile[]; sample: boolean }
  | { status: 'nothing' }
  | { status: 'problem'; problem: ActivityProblem };

export interface ToolbarExportDeps {
  openSource: () => Promise<ActivitySource>;
  now: () => Date;
  lang: Lang;
  delimiter: CsvDelimiter;
  /** The customer of the active tab, when it is a customer page. */
  customerId?: string;
  /** Writes one file to the downloads folder; resolves once the download has started. */
  saveTextFile: SaveTextFile;
  setBadge: (text: string) => void;
  notify: (notification: { title: string; message: string }) => void;
  signal?: AbortSignal;
  maxRowsPerFile?: number;
}

/** "42", "1.2k", "15k": what fits on a badge. */
export function badgeCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1)}k`;
  return `${Math.round(n / 1000)}k`;
}

export async function runToolbarExport(deps: ToolbarExportDeps): Promise<ToolbarExportResult> {
  const text = toolbarExportText(deps.lang);
  const period = defaultPeriod(deps.now());
  deps.setBadge('…');
  try {
    const source = await deps.openSource();
    const records: ActivityRecord[] = [];
    for await (const page of source.pages({
      ...period,
      query: deps.customerId ? { customerId: deps.customerId } : undefined,
      signal: deps.signal,
    })) {
      for (const r of page.records) records.push(r);
      deps.setBadge(badgeCount(records.length));
    }
    const customer = deps.customerId ? records.find((r) => r.customerName)?.customerName ?? deps.customerId : undefined;
    if (records.length === 0) {
      deps.setBadge('');
      deps.notify({ title: text.nothingTitle, message: text.nothingMessage(customer) });
      return { status: 'nothing' };
    }
    records.sort(newestFirst);
    deps.setBadge('CSV');
    const saved = await writeExportFiles(
      records,
      { format: 'csv', lang: deps.lang, delimiter: deps.delimiter, ...period, maxRowsPerFile: deps.maxRowsPerFile },
      downloadsExportSink(deps.saveTextFile, 'text/csv'),
    );
    deps.setBadge('✓');
    const rows = saved.reduce((n, f) => n + f.rows, 0);
    deps.notify({
      title: text.doneTitle(source.isSample),
      message: saved.length === 1 ? text.doneMessage(saved[0]!.name, rows, customer) : text.splitMessage(saved.length, rows),
    });
    return { status: 'saved', files: saved, sample: source.isSample };
  } catch (error) {
    const problem = activityProblem(error);
    deps.setBadge('!');
    deps.notify({ title: text.problemTitle, message: text.problemMessage(problem.kind, problem.message) });
    return { status: 'problem', problem };
  }
}
