import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offsetToShow } from './nav-scroll';

describe('bringing the current page’s item into the navigation strip', () => {
  it('leaves the strip alone when the item is already in sight', () => {
    expect(offsetToShow({ start: 100, size: 80 }, { scroll: 50, size: 390, content: 1000 })).toBeUndefined();
  });

  it('scrolls right to an item past the right edge, with a margin to show there is more', () => {
    expect(offsetToShow({ start: 600, size: 100 }, { scroll: 0, size: 390, content: 1000 })).toBe(600 + 100 + 24 - 390);
  });

  it('scrolls back left to an item hidden on the left, never before the start', () => {
    expect(offsetToShow({ start: 10, size: 90 }, { scroll: 300, size: 390, content: 1000 })).toBe(0);
    expect(offsetToShow({ start: 200, size: 90 }, { scroll: 300, size: 390, content: 1000 })).toBe(176);
  });

  it('never scrolls past the end, and any item it moves to is then in sight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 600 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 0, max: 3000 }), (size, extra, itemSize, at) => {
        const content = size + extra;
        const start = Math.min(at, content - itemSize);
        fc.pre(start >= 0 && itemSize <= size);
        const scroll = Math.min(extra, at % (extra + 1));
        const next = offsetToShow({ start, size: itemSize }, { scroll, size, content });
        const shown = next ?? scroll;
        expect(shown).toBeGreaterThanOrEqual(0);
        expect(shown).toBeLessThanOrEqual(extra);
        expect(start).toBeGreaterThanOrEqual(shown);
        expect(start + itemSize).toBeLessThanOrEqual(shown + size);
      }),
    );
  });
});
