// The sample Partner Center's live mode: new records keep arriving as time passes, so a newcomer sees the
// archive fill itself (sync) within minutes. Arrivals are a pure function of the seed, the start time and the
// clock, so a test with a fake clock gets the same records at the same instants on every run.
import { generateAuditRecords, mulberry32 } from '../sample-data/sample-generator';
import type { AuditRecordJson } from '../core/record/audit-record-json';

/** "A few a minute": busy enough to see, calm enough to look like one partner's day. */
export const DEFAULT_LIVE_RECORDS_PER_MINUTE = 3;

export interface LiveRecordOptions {
  seed: number;
  /** Nothing arrives at or before this instant (the server's start: the generated history ends there). */
  start: Date;
  recordsPerMinute?: number;
}

/** The generator's PRNG as a number in [0, 1) for the gaps between arrivals; the records' own content comes from the generator. */
function unitRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

/**
 * Hands out, oldest first, the records that have arrived by a given instant and were not handed out before.
 * Gaps between arrivals vary (0.2× to 1.8× the mean) so the stream does not tick like a metronome.
 */
export class LiveRecordFeed {
  private readonly random: () => number;
  private readonly meanGapMs: number;
  private readonly seed: number;
  private nextAt: number;
  private index = 0;

  constructor(options: LiveRecordOptions) {
    const perMinute = options.recordsPerMinute ?? DEFAULT_LIVE_RECORDS_PER_MINUTE;
    if (!(perMinute > 0) || !Number.isFinite(perMinute)) throw new Error(`recordsPerMinute must be a positive number, got ${perMinute}`);
    this.meanGapMs = 60_000 / perMinute;
    this.seed = options.seed;
    this.random = unitRandom(options.seed ^ 0x11fe_feed);
    this.nextAt = options.start.getTime() + this.gap();
  }

  /** Records arrived in (last call, at], oldest first: each has an operationDate at or just before its arrival. */
  arrivedBy(at: Date): AuditRecordJson[] {
    const out: AuditRecordJson[] = [];
    const t = at.getTime();
    while (this.nextAt <= t) {
      out.push(this.recordAt(this.nextAt, this.index++));
      this.nextAt += this.gap();
    }
    return out;
  }

  private gap(): number {
    return Math.max(1000, Math.round(this.meanGapMs * (0.2 + 1.6 * this.random())));
  }

  /** One record of the sample's usual shape, stamped within the second before it arrives. */
  private recordAt(arrival: number, index: number): AuditRecordJson {
    const seed = (Math.imul(this.seed ^ 0x5a17, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) | 0;
    const [record] = generateAuditRecords({ count: 1, seed, now: new Date(arrival), days: 1 / 86_400 });
    if (!record) throw new Error('the sample generator made no record');
    // Arrival order is time order: a record is never stamped after it arrived, nor long before.
    const stamped = Date.parse(record.operationDate);
    if (!(stamped <= arrival && stamped > arrival - 1000)) record.operationDate = new Date(arrival).toISOString();
    return record;
  }
}
