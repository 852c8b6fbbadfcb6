// The bytes of a file being written: text goes in as UTF-8, as the file will hold it, so a writer's output is
// encoded once, here, instead of being joined into strings that every sink then encodes again. The CSV writer
// also doubles quotes here, on bytes: on strings V8 pays ~35 ns for every `"` it doubles (a JSON value has
// dozens), on bytes a loop pays about one.
//
// API
//   new Utf8Out(capacity)      an empty buffer that grows as needed (never drops what it holds)
//   ascii(text)                text known to be ASCII (our dates, constants): written by a char loop
//   text(text)                 any text, UTF-8 (lone surrogates become U+FFFD, as TextEncoder and Blob write them)
//   textDoublingQuotes(text)   the same with every `"` written twice (the inside of an RFC 4180 quoted cell)
//   byte(b) / length / take() / rewind(to)

/** Whether a Uint32Array reads bytes 0..3 as the low to high bytes (every platform we run on). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The ASCII characters that end a bare CSV cell: `"`, CR, LF and the delimiter (`,` or `;`). */
const STOP_COMMA = new Uint8Array(128);
const STOP_SEMICOLON = new Uint8Array(128);
for (const c of [34, 10, 13]) STOP_COMMA[c] = STOP_SEMICOLON[c] = 1;
STOP_COMMA[44] = 1;
STOP_SEMICOLON[59] = 1;

/** Below this many UTF-16 units a char loop beats the native encoder's call and its subarray. */
const SHORT_TEXT = 24;

export class Utf8Out {
  private buffer: Uint8Array;
  /** The buffer, for writing four bytes at once. */
  private view: DataView;
  /** Where textDoublingQuotes encodes before it copies, and the same bytes as 32-bit words. */
  private scratch = new Uint8Array(1024);
  private scratchWords = new Uint32Array(this.scratch.buffer);
  private readonly encoder = new TextEncoder();
  /** Bytes held. */
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(64, capacity));
    this.view = new DataView(this.buffer.buffer);
  }

  byte(b: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = b;
  }

  /** `text` holds only U+0000–U+007F. */
  ascii(text: string): void {
    const length = text.length;
    if (this.buffer.length - this.length < length) this.grow(length);
    const buffer = this.buffer;
    let n = this.length;
    for (let i = 0; i < length; i++) buffer[n++] = text.charCodeAt(i);
    this.length = n;
  }

  text(text: string): void {
    const length = text.length;
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 per unit).
    if (this.buffer.length - this.length < length * 3) this.grow(length * 3);
    const buffer = this.buffer;
    const start = this.length;
    if (length < SHORT_TEXT) {
      let n = start;
      let i = 0;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[n++] = c;
      }
      if (i === length) {
        this.length = n;
        return;
      }
    }
    this.length = start + this.encoder.encodeInto(text, buffer.subarray(start)).written;
  }

  /**
   * Writes `text` when it is ASCII and holds no `"`, `delimiter` (a char code), CR or LF, i.e. a bare CSV cell,
   * and returns true; otherwise writes nothing and returns false. One pass that both checks and writes: for the
   * short cells (ids, names, dates) that are most of a row's cells.
   */
  bareAscii(text: string, delimiter: number): boolean {
    const length = text.length;
    if (this.buffer.length - this.length < length) this.grow(length);
    const buffer = this.buffer;
    // A table, not comparisons: hex ids mix digits and letters at random, and branches on them mispredict.
    const stop = delimiter === 44 ? STOP_COMMA : STOP_SEMICOLON;
    let n = this.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 || stop[c] === 1) return false;
      buffer[n++] = c;
    }
    this.length = n;
    return true;
  }

  textDoublingQuotes(text: string): void {
    const most = text.length * 3;
    if (this.scratch.length < most) {
      this.scratch = new Uint8Array(Math.max(most, this.scratch.length * 2) + 3);
      this.scratchWords = new Uint32Array(this.scratch.buffer, 0, this.scratch.length >>> 2);
    }
    const scratch = this.scratch;
    const written = this.encoder.encodeInto(text, scratch).written;
    // At most twice the bytes (every one a quote).
    if (this.buffer.length - this.length < written * 2 + 4) this.grow(written * 2 + 4);
    const buffer = this.buffer;
    let n = this.length;
    let i = 0;
    if (LITTLE_ENDIAN) {
      // Four bytes at a time: a word with no `"` (UTF-8 never has 0x22 inside a character) is copied whole,
      // measured about twice as fast as the byte loop over JSON values, which hold a `"` every ~8 bytes.
      const words = this.scratchWords;
      const view = this.view;
      for (const end = written >>> 2; i < end; i++) {
        const word = words[i]!;
        const x = word ^ 0x22222222;
        if (((x - 0x01010101) & ~x & 0x80808080) === 0) {
          view.setUint32(n, word, true);
          n += 4;
        } else {
          // Which bytes are `"` (exactly: the high bit of each such byte), then each byte and, after a quote,
          // its double, with no branch per byte.
          const quotes = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
          buffer[n] = word & 255;
          buffer[n + 1] = 34;
          n += 1 + ((quotes >>> 7) & 1);
          buffer[n] = (word >>> 8) & 255;
          buffer[n + 1] = 34;
          n += 1 + ((quotes >>> 15) & 1);
          buffer[n] = (word >>> 16) & 255;
          buffer[n + 1] = 34;
          n += 1 + ((quotes >>> 23) & 1);
          buffer[n] = word >>> 24;
          buffer[n + 1] = 34;
          n += 1 + (quotes >>> 31);
        }
      }
      i <<= 2;
    }
    for (; i < written; i++) {
      const b = scratch[i]!;
      buffer[n++] = b;
      if (b === 34) buffer[n++] = 34;
    }
    this.length = n;
  }

  /** Drops what was written after `to` (a length this buffer had). */
  rewind(to: number): void {
    this.length = Math.min(this.length, Math.max(0, to));
  }

  /** The bytes held, as a new array of exactly that size; the buffer is empty again (and keeps its room). */
  take(): Uint8Array<ArrayBuffer> {
    const bytes = this.buffer.slice(0, this.length);
    this.length = 0;
    return bytes;
  }

  private grow(more: number): void {
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
    this.view = new DataView(bigger.buffer);
  }
}
