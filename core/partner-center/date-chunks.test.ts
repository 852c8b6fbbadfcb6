import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateChunks } from './date-chunks';

const DAY = 86_400_000;
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY + 1;

describe('splitting a period into requests Partner Center accepts', () => {
  it('turns 75 days into three chunks, newest first', () => {
    expect(dateChunks('2026-01-01', '2026-03-16')).toEqual([
      { from: '2026-02-15', to: '2026-03-16' },
      { from: '2026-01-16', to: '2026-02-14' },
      { from: '2026-01-01', to: '2026-01-15' },
    ]);
  });

  it('property: chunks cover the period exactly, without gaps or overlaps, each at most 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 }), (start, length) => {
        const from = new Date(Date.UTC(2025, 0, 1) + start * DAY).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2025, 0, 1) + (start + length) * DAY).toISOString().slice(0, 10);
        const chunks = dateChunks(from, to).reverse();
        expect(chunks[0]!.from).toBe(from);
        expect(chunks.at(-1)!.to).toBe(to);
        for (let i = 0; i < chunks.length; i++) {
          expect(days(chunks[i]!.from, chunks[i]!.to)).toBeLessThanOrEqual(30);
          if (i > 0) expect(days(chunks[i - 1]!.to, chunks[i]!.from)).toBe(2);
        }
      }),
    );
  });
});
