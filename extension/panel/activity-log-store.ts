// The side panel's records for one period: fetches them page by page through the activity source, keeps what
// arrived, and says which designed state the panel is in (loading with progress, ready, or a problem).
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Period } from '../../core/asking/activity-query';
import type { ActivitySource, ActivityProblem } from '../data-source/activity-source';
import { activityProblem } from '../data-source/activity-source';

export type LoadState =
  | { status: 'loading'; received: number; chunksDone: number; chunks: number }
  | { status: 'ready' }
  | { status: 'problem'; problem: ActivityProblem };

export interface ActivityLogState {
  period: Period;
  /** Every record fetched for the period, deduplicated, in arrival order. */
  records: readonly ActivityRecord[];
  load: LoadState;
  /** Undefined until the data source is known. */
  isSample?: boolean;
  /** Partner Center moved the start to the oldest day it keeps. */
  notice?: string;
}

export class ActivityLogStore {
  #state: ActivityLogState;
  #listeners = new Set<(s: ActivityLogState) => void>();
  #controller?: AbortController;
  #generation = 0;

  constructor(
    private readonly openSource: () => Promise<ActivitySource>,
    period: Period,
  ) {
    this.#state = { period, records: [], load: { status: 'loading', received: 0, chunksDone: 0, chunks: 1 } };
  }

  get state(): ActivityLogState {
    return this.#state;
  }

  subscribe(listener: (s: ActivityLogState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<ActivityLogState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** Loads a period, replacing whatever was loading. Resolves when it settled (ready, problem or superseded). */
  async load(period: Period = this.#state.period): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const generation = ++this.#generation;
    const current = (): boolean => generation === this.#generation;
    this.#set({ period, records: [], notice: undefined, load: { status: 'loading', received: 0, chunksDone: 0, chunks: 1 } });
    let records: ActivityRecord[] = [];
    try {
      const source = await this.openSource();
      if (!current()) return;
      this.#set({ isSample: source.isSample });
      for await (const page of source.pages({
        from: period.from,
        to: period.to,
        signal: controller.signal,
        onProgress: (p) => {
          if (current()) this.#set({ load: { status: 'loading', received: p.records, chunksDone: p.chunksDone, chunks: p.chunks } });
        },
      })) {
        if (!current()) return;
        if (page.records.length > 0) {
          // A new array each page so views memoised on `records` see the change.
          records = records.concat(page.records);
          this.#set({ records, notice: page.clampNotice });
        } else if (page.clampNotice && !this.#state.notice) {
          this.#set({ notice: page.clampNotice });
        }
      }
      if (current()) this.#set({ load: { status: 'ready' } });
    } catch (error) {
      if (!current()) return;
      this.#set({ load: { status: 'problem', problem: activityProblem(error) } });
    }
  }

  /** Stops the current fetch and keeps what already arrived. */
  cancel(): void {
    if (this.#state.load.status !== 'loading') return;
    this.#generation++;
    this.#controller?.abort();
    this.#set({ load: { status: 'problem', problem: { kind: 'cancelled', message: 'Cancelled.' } } });
  }

  dispose(): void {
    this.#generation++;
    this.#controller?.abort();
    this.#listeners.clear();
  }
}
