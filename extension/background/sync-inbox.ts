// What the automatic sync fetched and the app has not taken yet, kept durably in the extension's own IndexedDB:
// it survives the service worker stopping and the browser restarting, holds more than storage.local's 10 MB
// without the unlimitedStorage permission, and is removed only after the app acked the delivery. Bounded: a
// delivery that lies wholly before Partner Center's 90 days is dropped (the days-at-risk notice warns first).
import Dexie, { type Table } from 'dexie';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import { oldestFetchable } from '../../core/archive/sync-plan';
import { APP_BRIDGE_BATCH } from '../../bridge-contract/app-bridge-protocol';

export interface WaitingDelivery {
  id: string;
  label: string;
  /** Epoch ms; deliveries go to the app oldest first. */
  createdAt: number;
  /** What the delivery covers (complete fetch spans), recorded by the app as coverage once imported. */
  spans: CoverageSpan[];
  count: number;
}

interface DeliveryChunk {
  deliveryId: string;
  index: number;
  records: ActivityRecord[];
}

class InboxDb extends Dexie {
  deliveries!: Table<WaitingDelivery, string>;
  chunks!: Table<DeliveryChunk, [string, number]>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ deliveries: 'id, createdAt', chunks: '[deliveryId+index]' });
  }
}

export const SYNC_INBOX_DB = 'activity-lens-sync-inbox';

export class SyncInbox {
  readonly #db: InboxDb;

  constructor(name = SYNC_INBOX_DB, private readonly newId: () => string = () => crypto.randomUUID()) {
    this.#db = new InboxDb(name);
  }

  /** Keeps one delivery whole (records and spans in one transaction) and returns it. */
  async add(delivery: { label: string; spans: CoverageSpan[] }, records: readonly ActivityRecord[], now = Date.now()): Promise<WaitingDelivery> {
    const row: WaitingDelivery = { id: this.newId(), label: delivery.label, createdAt: now, spans: delivery.spans, count: records.length };
    await this.#db.transaction('rw', this.#db.deliveries, this.#db.chunks, async () => {
      await this.#db.deliveries.add(row);
      const chunks: DeliveryChunk[] = [];
      for (let i = 0; i < records.length; i += APP_BRIDGE_BATCH) chunks.push({ deliveryId: row.id, index: chunks.length, records: records.slice(i, i + APP_BRIDGE_BATCH) });
      if (chunks.length > 0) await this.#db.chunks.bulkAdd(chunks);
    });
    return row;
  }

  /** Waiting deliveries, oldest first. */
  list(): Promise<WaitingDelivery[]> {
    return this.#db.deliveries.orderBy('createdAt').toArray();
  }

  async get(id: string): Promise<WaitingDelivery | undefined> {
    return this.#db.deliveries.get(id);
  }

  /** A delivery's records in the batches they are sent in. */
  async *records(id: string): AsyncGenerator<ActivityRecord[]> {
    const count = await this.#db.chunks.where('[deliveryId+index]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
    for (let index = 0; index < count; index++) {
      const chunk = await this.#db.chunks.get([id, index]);
      if (chunk) yield chunk.records;
    }
  }

  /** The app acked it: gone, records and all. */
  async remove(id: string): Promise<void> {
    await this.#db.transaction('rw', this.#db.deliveries, this.#db.chunks, async () => {
      await this.#db.chunks.where('[deliveryId+index]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
      await this.#db.deliveries.delete(id);
    });
  }

  /** Drops deliveries wholly older than Partner Center's 90 days; returns how many records went with them. */
  async sweep(now: Date): Promise<number> {
    const oldest = oldestFetchable(now);
    let dropped = 0;
    for (const d of await this.list()) {
      const end = Math.max(...d.spans.map((s) => Date.parse(s.to)).filter(Number.isFinite), d.createdAt);
      if (end < oldest) {
        dropped += d.count;
        await this.remove(d.id);
      }
    }
    return dropped;
  }

  /** Every waiting delivery's spans: what the extension keeps for the app though the archive lacks it yet. */
  async waitingSpans(): Promise<CoverageSpan[]> {
    return (await this.list()).flatMap((d) => d.spans);
  }

  close(): void {
    this.#db.close();
  }
}
