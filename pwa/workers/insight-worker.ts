// Computes the insight views off the main thread: one scan of the archive (scanRecords) through the view's core
// aggregator, a model for the page with its tables cut to what a screen shows, and the full tables as Excel CSV
// (core's report writer) for Export. A new request cancels the one still running.
import * as Comlink from 'comlink';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { reportCsvChunks } from '../../core/insight/report-csv';
import { openActivityDb } from '../store/activity-db';
import { scanRecords } from '../store/record-scan';
import { storeQueryFor } from '../store/store-query';
import { insightComputation, shownModel, type InsightComputation, type InsightModel, type InsightRequest, type SectionId } from './insight-view-model';

export interface InsightProgress {
  scanned: number;
  /** The view over what was read so far: the first result long before the scan ends (the final one follows). */
  partial?: InsightModel;
}

/** The first partial result comes after this long, each next one after twice the previous wait. */
const FIRST_PARTIAL_MS = 700;

export interface InsightExport {
  /** One Blob per file (more than one only past Excel's rows per sheet). */
  files: Blob[];
  rows: number;
}

let running: AbortController | undefined;
let last: { computation: InsightComputation } | undefined;

const api = {
  async compute(request: InsightRequest, onProgress?: (p: InsightProgress) => void): Promise<InsightModel | undefined> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const computation = insightComputation(request);
    let scanned = 0;
    let reported = 0;
    let wait = FIRST_PARTIAL_MS;
    let partialAt = performance.now() + wait;
    try {
      await scanRecords(
        openActivityDb(),
        storeQueryFor(computation.scan),
        (records) => {
          for (const r of records) computation.aggregator.add(r);
          scanned += records.length;
          if (!onProgress) return;
          const now = performance.now();
          if (now >= partialAt) {
            // Building costs a sort of what was read: the waits double so partial results stay a small share.
            onProgress({ scanned, partial: shownModel(computation.build(request.lang), scanned) });
            wait *= 2;
            partialAt = performance.now() + wait;
            reported = scanned;
          } else if (scanned - reported >= 20_000) {
            reported = scanned;
            onProgress({ scanned });
          }
        },
        controller.signal,
      );
    } catch (error) {
      // Cancelled by a newer request: that one answers.
      if ((error as Error)?.name === 'AbortError') return undefined;
      throw error;
    }
    last = { computation };
    return shownModel(computation.build(request.lang), scanned);
  },

  /** The last computed view's section as Excel CSV, every row, in the language and delimiter asked. */
  exportSection(section: SectionId, lang: Lang, delimiter: CsvDelimiter): InsightExport {
    if (!last) throw { kind: 'nothing-to-export', message: 'Nothing to export yet.' };
    const found = last.computation.build(lang).sections.find((s) => s.id === section);
    if (!found) throw { kind: 'nothing-to-export', message: 'Nothing to export yet.' };
    const parts = new Map<number, string[]>();
    for (const chunk of reportCsvChunks(found.table, { lang, delimiter })) {
      let list = parts.get(chunk.file);
      if (!list) parts.set(chunk.file, (list = []));
      list.push(chunk.text);
    }
    return { files: [...parts.values()].map((p) => new Blob(p, { type: 'text/csv;charset=utf-8' })), rows: found.total };
  },
};

export type InsightWorkerApi = typeof api;
Comlink.expose(api);
