// `lens convert` writes newest first, like the dashboard, whatever the input size: records are sorted in runs
// that fit a memory budget, each run spilled to a temp file (one JSON record per line), and the runs merged
// on the way out. Inputs that fit the budget never touch the disk.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityRecord } from '../core/record/activity-record';
import { newestFirst } from '../core/asking/activity-query';

/**
 * Characters of records held before a run is spilled: about 25k sample records, ~100 MB of heap. The `lens`
 * script caps the heap (package.json: --max-old-space-size), and the run plus the dedupe keys (~80-110 bytes
 * each) must fit inside that cap with room for the collector.
 */
const RUN_CHARS = 32_000_000;
/** Bytes read at a time from each run during the merge. */
const RUN_READ_BYTES = 128 * 1024;
/** Lines per write to a run file: a few hundred KB each. */
const LINES_PER_WRITE = 500;


/** A rough size of a record in characters: its long texts plus the short fields. */
function approximateChars(r: ActivityRecord): number {
  let chars = 400 + r.resourceOldValue.length + r.resourceNewValue.length + r.customerName.length + r.userPrincipalName.length;
  for (const kv of r.customizedData) chars += kv.key.length + kv.value.length + 16;
  for (const kv of r.extra) chars += kv.key.length + kv.value.length + 16;
  return chars;
}

export class NewestFirstSort {
  private run: ActivityRecord[] = [];
  private runChars = 0;
  private readonly runFiles: string[] = [];
  private dir: string | undefined;
  private total = 0;

  /** `runBudget`: characters of records held before a run is spilled (tests spill tiny runs). */
  constructor(private readonly runBudget = RUN_CHARS) {}

  /** Records added so far. */
  get count(): number {
    return this.total;
  }

  /** Whether runs went to disk (for tests and the bench). */
  get spilled(): number {
    return this.runFiles.length;
  }

  async add(record: ActivityRecord): Promise<void> {
    this.run.push(record);
    this.total++;
    this.runChars += approximateChars(record);
    if (this.runChars >= this.runBudget) await this.spill();
  }

  /** Every record added, newest first. Call once; dispose() afterwards removes the temp files. */
  async *sorted(): AsyncGenerator<ActivityRecord> {
    this.run.sort(newestFirst);
    if (this.runFiles.length === 0) {
      const run = this.run;
      this.run = [];
      yield* run;
      return;
    }
    await this.spill();
    yield* mergeRuns(this.runFiles.map((file) => new RunReader(file)));
  }

  async dispose(): Promise<void> {
    this.run = [];
    if (this.dir !== undefined) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private async spill(): Promise<void> {
    if (this.run.length === 0) return;
    this.dir ??= await mkdtemp(join(tmpdir(), 'lens-sort-'));
    const file = join(this.dir, `run-${this.runFiles.length + 1}.ndjson`);
    const run = this.run.sort(newestFirst);
    this.run = [];
    this.runChars = 0;
    const stream = createWriteStream(file, { encoding: 'utf8' });
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    for (let i = 0; i < run.length; i += LINES_PER_WRITE) {
      let text = '';
      const end = Math.min(run.length, i + LINES_PER_WRITE);
      // JSON.stringify escapes every newline inside a text, so one record is one line.
      for (let j = i; j < end; j++) text += JSON.stringify(run[j]) + '\n';
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
    this.runFiles.push(file);
  }
}

/** One spilled run read back a chunk at a time. */
class RunReader {
  head: ActivityRecord | undefined;
  private readonly chunks: AsyncIterator<string>;
  private buffered: ActivityRecord[] = [];
  private at = 0;
  private rest = '';
  private ended = false;

  constructor(file: string) {
    // Small reads: a merge holds one buffer (and its parsed records) per run, dozens of runs for a big input.
    this.chunks = (createReadStream(file, { encoding: 'utf8', highWaterMark: RUN_READ_BYTES }) as AsyncIterable<string>)[Symbol.asyncIterator]();
  }

  /** Moves head to the next record (undefined at the end). */
  async advance(): Promise<void> {
    while (this.at === this.buffered.length && !this.ended) await this.fill();
    this.head = this.at < this.buffered.length ? this.buffered[this.at++] : undefined;
  }

  private async fill(): Promise<void> {
    const next = await this.chunks.next();
    this.buffered = [];
    this.at = 0;
    if (next.done) {
      this.ended = true;
      if (this.rest !== '') this.buffered.push(JSON.parse(this.rest) as ActivityRecord);
      this.rest = '';
      return;
    }
    const text = this.rest + next.value;
    let start = 0;
    let end = text.indexOf('\n');
    while (end >= 0) {
      this.buffered.push(JSON.parse(text.slice(start, end)) as ActivityRecord);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    this.rest = text.slice(start);
  }
}

/** k-way merge of sorted runs through a binary heap of their heads. */
async function* mergeRuns(readers: RunReader[]): AsyncGenerator<ActivityRecord> {
  const heap: RunReader[] = [];
  for (const reader of readers) {
    await reader.advance();
    if (reader.head !== undefined) heap.push(reader);
  }
  const before = (a: RunReader, b: RunReader) => newestFirst(a.head!, b.head!) < 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
      if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
      if (best === i) return;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  };
  for (let i = Math.floor(heap.length / 2) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const top = heap[0]!;
    yield top.head!;
    await top.advance();
    if (top.head === undefined) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length > 0) down(0);
  }
}

