import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Out } from './utf8-out';

import { chunksText } from './chunks-text';

/** What UTF-8 can hold of a text (a lone surrogate becomes U+FFFD), compared as text: exact, and fast on big ones. */
const wellFormed = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
const read = (bytes: Uint8Array) => chunksText([bytes]);

/** Texts of every kind: ASCII, accents, two-byte and four-byte characters, lone surrogates, runs of quotes. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('"', 'a', ',', 'é', '€', '😀', '\ud800', '\r', '\n'), maxLength: 80 }),
  fc.constantFrom('', '"', '""""', '"'.repeat(4099), '{"a":"b"}'.repeat(500), '😀'.repeat(3000)),
);

describe('Utf8Out', () => {
  it('text: the same bytes as TextEncoder, whatever came before and however small the buffer', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (texts, capacity) => {
        const out = new Utf8Out(capacity);
        for (const t of texts) out.text(t);
        expect(read(out.take())).toBe(wellFormed(texts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('textDoublingQuotes: the bytes of the text with every " twice, at any offset (the word loop is aligned to its own copy)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7 }), anyText, (before, text) => {
        const out = new Utf8Out(16);
        out.text(before);
        out.textDoublingQuotes(text);
        expect(read(out.take())).toBe(wellFormed(before + text.replaceAll('"', '""')));
      }),
      { numRuns: 400 },
    );
  });

  it('bareAscii writes exactly the ASCII texts with no quote, CR, LF or delimiter, and nothing otherwise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), anyText, fc.constantFrom(44, 59), (before, text, delimiter) => {
        const out = new Utf8Out(4);
        out.text(before);
        const bare = !/[^\x00-\x7f]|["\r\n]/.test(text) && !text.includes(String.fromCharCode(delimiter));
        expect(out.bareAscii(text, delimiter)).toBe(bare);
        expect(read(out.take())).toBe(wellFormed(bare ? before + text : before));
      }),
      { numRuns: 400 },
    );
  });

  it('take hands the bytes over and starts empty; rewind drops what came after a length', () => {
    const out = new Utf8Out(4);
    out.ascii('abc');
    out.byte(0x2c);
    const mark = out.length;
    out.text('dé');
    out.rewind(mark);
    const first = out.take();
    expect(new TextDecoder().decode(first)).toBe('abc,');
    out.ascii('x');
    expect(new TextDecoder().decode(out.take())).toBe('x');
    expect(new TextDecoder().decode(first)).toBe('abc,');
  });
});
