// Counts the current view off the main thread (a million records take seconds to read): total, chart, top lists,
// and matches per block for the list's jumps. A newer request cancels the one still running.
import * as Comlink from 'comlink';
import type { ActivityQuery } from '../../core/asking/activity-query';
import { openActivityDb } from '../store/activity-db';
import { storeQueryFor } from '../store/store-query';
import { summarizeView, type ViewSummary } from '../store/view-summary';

let running: AbortController | undefined;

const api = {
  /** Undefined when a newer request replaced this one. */
  async summarize(query: ActivityQuery, top = 5): Promise<ViewSummary | undefined> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    try {
      return await summarizeView(openActivityDb(), storeQueryFor(query), top, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      throw error;
    } finally {
      if (running === controller) running = undefined;
    }
  },
};

export type ViewWorkerApi = typeof api;
Comlink.expose(api);
