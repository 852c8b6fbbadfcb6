import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, backoffDelay, retryAfterMs } from './retry-policy';

describe('waiting before a retry', () => {
  it('reads Retry-After as seconds or as an HTTP date, and caps it', () => {
    const now = Date.parse('2026-11-25T08:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Wed, 25 Nov 2026 08:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('3600', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, never beyond the cap', () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(2, () => 1)).toBe(2000);
    expect(backoffDelay(10, () => 1)).toBe(8000);
    expect(backoffDelay(3, () => 0.5)).toBe(2000);
  });
});
