import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArchiveKeySet } from './archive-key-set';

const hex = fc.constantFrom(...'0123456789abcdef');
const guid = fc
  .tuple(...[8, 4, 4, 4, 12].map((n) => fc.array(hex, { minLength: n, maxLength: n }).map((a) => a.join(''))))
  .map((parts) => parts.join('-'));
/** Keys as imports make them, and near misses that must not be taken for one another. */
const key = fc.oneof(
  guid.map((g) => `id:${g}`),
  guid.map((g) => `id:${g.toUpperCase()}`),
  guid.map((g) => `id:${g.replace(/-/g, '')}`),
  guid.map((g) => `id:${g}x`),
  guid.map((g) => `h:${g}`),
  fc.string().map((s) => `id:${s}`),
  fc.string(),
);

describe('ArchiveKeySet', () => {
  it('answers has() and size exactly as a Set of the same keys', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.array(key, { maxLength: 100 }), (added, asked) => {
        const ours = new ArchiveKeySet();
        const plain = new Set<string>();
        for (const k of added) {
          ours.add(k);
          plain.add(k);
        }
        expect(ours.size).toBe(plain.size);
        for (const k of [...added, ...asked]) expect(ours.has(k)).toBe(plain.has(k));
      }),
    );
  });

  it('keeps every key through many growths, the all-zero GUID and case apart', () => {
    const ours = new ArchiveKeySet();
    const keys: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const h = i.toString(16).padStart(8, '0');
      keys.push(`id:${h}-0000-4000-8000-${h}0000`);
    }
    for (const k of keys) ours.add(k);
    ours.add('id:00000000-0000-0000-0000-000000000000');
    expect(ours.size).toBe(50_001);
    expect(keys.every((k) => ours.has(k))).toBe(true);
    expect(ours.has('id:00000000-0000-0000-0000-000000000000')).toBe(true);
    expect(ours.has('id:00000000-0000-0000-0000-000000000001')).toBe(false);
    expect(keys[0xab]).toMatch(/ab/);
    expect(ours.has(keys[0xab]!.toUpperCase().replace('ID:', 'id:'))).toBe(false);
    ours.add(keys[7]!);
    expect(ours.size).toBe(50_001);
  });
});
