// Records parked for the app under one-time tokens: "Open in Activity Lens app" parks the view, the app pulls it
// once through the bridge. Kept in the background's memory: they are the user's data and only need to live
// until the app tab has loaded.

export interface ParkedView {
  records: import('../../core/record/activity-record').ActivityRecord[];
  label: string;
}

/** The app normally pulls within seconds; a token older than this is refused. */
export const HANDOFF_TTL_MS = 10 * 60_000;
/** Parked views kept at once; older ones are dropped first. */
const MAX_PARKED = 3;

export class HandoffStore {
  #parked = new Map<string, ParkedView & { expires: number }>();

  constructor(
    private readonly newToken: () => string = () => crypto.randomUUID(),
    private readonly now: () => number = () => Date.now(),
  ) {}

  park(view: ParkedView): string {
    this.#sweep();
    while (this.#parked.size >= MAX_PARKED) this.#parked.delete(this.#parked.keys().next().value!);
    const token = this.newToken();
    this.#parked.set(token, { ...view, expires: this.now() + HANDOFF_TTL_MS });
    return token;
  }

  /** The parked view, removed: a token works once. */
  take(token: string): ParkedView | undefined {
    this.#sweep();
    const view = this.#parked.get(token);
    this.#parked.delete(token);
    return view ? { records: view.records, label: view.label } : undefined;
  }

  #sweep(): void {
    const now = this.now();
    for (const [token, view] of this.#parked) if (view.expires <= now) this.#parked.delete(token);
  }
}
