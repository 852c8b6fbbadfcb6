// How long to wait before retrying a throttled or failed Partner Center call: bounded, jittered, cancellable.

export const MAX_RETRY_AFTER_MS = 60_000;

/** Exponential backoff with full jitter: attempt 0 → up to base, doubling, never over cap. */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, capMs = 8_000): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** Retry-After as seconds or an HTTP date, capped; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
