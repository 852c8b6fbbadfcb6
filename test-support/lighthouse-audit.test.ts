import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, summarize, type LighthouseResult } from './lighthouse-audit';

const run = (preset: 'mobile' | 'desktop', performance: number, tbtMs: number, load: number): LighthouseResult => ({
  preset,
  screen: 'sample',
  scores: { performance, accessibility: 100, 'best-practices': 100 },
  metrics: { fcpMs: 1500, lcpMs: 1800, tbtMs, cls: 0, siMs: 1500 },
  load,
  reportPath: '/tmp/x.json',
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([93, 99, 97])).toBe(97);
    expect(median([96, 94])).toBe(95);
  });

  it('lies between the smallest and the largest value, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (values) => {
        const m = median(values);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe('summarize', () => {
  it('takes each preset and screen on its own: median scores (rounded down) and metrics, every run kept', () => {
    const [mobile, desktop] = summarize([run('mobile', 93, 300, 9), run('desktop', 100, 0, 8), run('mobile', 97, 120, 4), run('mobile', 96, 150, 6), run('desktop', 99, 10, 8)]);
    expect(mobile!.preset).toBe('mobile');
    expect(mobile!.scores.performance).toBe(96);
    expect(mobile!.runs.performance).toEqual([93, 97, 96]);
    expect(mobile!.metrics.tbtMs).toBe(150);
    expect(mobile!.loads).toEqual([9, 4, 6]);
    expect(desktop!.scores.performance).toBe(99);
  });
});
