// Partner Center answers at most 30 days per request (SPEC §2): a user's period becomes consecutive ≤30-day chunks.

export interface DateChunk {
  /** yyyy-MM-dd, inclusive, UTC. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const day = (text: string): number => Date.parse(`${text}T00:00:00.000Z`);
const text = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Newest chunk first, so the most recent activity arrives first. */
export function dateChunks(from: string, to: string, maxDays = 30): DateChunk[] {
  const start = day(from);
  const end = day(to);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return [];
  const chunks: DateChunk[] = [];
  for (let hi = end; hi >= start; hi -= maxDays * DAY_MS) {
    const lo = Math.max(start, hi - (maxDays - 1) * DAY_MS);
    chunks.push({ from: text(lo), to: text(hi) });
  }
  return chunks;
}
