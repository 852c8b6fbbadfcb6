// The archive's dedupe keys held in memory by an import (batch-writer.ts): a million keys as a Set of strings
// took ~100 MB of the import worker's heap (a 39-character string plus the Set's entry each), the largest thing
// a 1.5 GB file's import keeps. Nearly every key is `id:` and a lowercase GUID (Partner Center's record ids), so
// those are kept as their 128 bits in one open-addressing table of 32-bit words (16 bytes a key, ~24 with the
// table's spare room); any other key (a content hash `h:…`, an id that is not a lowercase GUID) stays a string in
// a plain Set. Exact either way: a packed key is its GUID bit for bit, and only that exact text is packed.

const EMPTY_CAPACITY = 1 << 10;
/** Grow once the table is this full (linear probing stays short below it). */
const MAX_LOAD = 0.6;
/** Character offsets of the GUID's dashes in `id:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, and of its 32 hex digits. */
const DASHES = [11, 16, 21, 26] as const;
const GUID_KEY_LENGTH = 39;
const DIGITS = Int32Array.from({ length: GUID_KEY_LENGTH }, (_, i) => i)
  .filter((i) => i >= 3 && !(DASHES as readonly number[]).includes(i));
/** A lowercase hex digit's value by character code, -1 for anything else (uppercase too: kept as text). */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = i;

/** The 4 words of a key that is `id:` and a lowercase GUID, into `out`; false for any other key. */
function packGuidKey(key: string, out: Uint32Array): boolean {
  if (key.length !== GUID_KEY_LENGTH || key.charCodeAt(0) !== 105 /* i */ || key.charCodeAt(1) !== 100 /* d */ || key.charCodeAt(2) !== 58 /* : */) return false;
  if (key.charCodeAt(11) !== 45 || key.charCodeAt(16) !== 45 || key.charCodeAt(21) !== 45 || key.charCodeAt(26) !== 45) return false;
  let bad = 0;
  for (let w = 0, j = 0; w < 4; w++) {
    let word = 0;
    for (let n = 0; n < 8; n++, j++) {
      const c = key.charCodeAt(DIGITS[j]!);
      const v = c < 128 ? HEX[c]! : -1;
      bad |= v;
      word = (word << 4) | (v & 15);
    }
    out[w] = word;
  }
  return bad >= 0;
}

function hashWords(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ d ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class ArchiveKeySet {
  /** 4 words per slot; a slot is used when its bit in `used` is set (the all-zero GUID is a key like any other). */
  private words = new Uint32Array(EMPTY_CAPACITY * 4);
  private used = new Uint8Array(EMPTY_CAPACITY);
  private packed = 0;
  private readonly other = new Set<string>();
  private readonly scratch = new Uint32Array(4);

  get size(): number {
    return this.packed + this.other.size;
  }

  has(key: string): boolean {
    const s = this.scratch;
    if (!packGuidKey(key, s)) return this.other.has(key);
    return this.find(s[0]!, s[1]!, s[2]!, s[3]!) >= 0;
  }

  add(key: string): this {
    const s = this.scratch;
    if (!packGuidKey(key, s)) {
      // A key cut from a file's text (a CSV cell) can be a slice that keeps the whole chunk it came from alive:
      // kept for the import's length, the GUID keys of a 1.5 GB CSV held ~1 GB before they were packed. A parse of
      // its JSON text is a string of its own.
      if (!this.other.has(key)) this.other.add(key.length > 12 ? (JSON.parse(JSON.stringify(key)) as string) : key);
      return this;
    }
    const a = s[0]!, b = s[1]!, c = s[2]!, d = s[3]!;
    const at = this.find(a, b, c, d);
    if (at >= 0) return this;
    if (this.packed + 1 > this.used.length * MAX_LOAD) this.grow();
    this.put(a, b, c, d);
    this.packed++;
    return this;
  }

  /** The slot holding the key, or -1. */
  private find(a: number, b: number, c: number, d: number): number {
    const mask = this.used.length - 1;
    const words = this.words;
    for (let i = hashWords(a, b, c, d) & mask; ; i = (i + 1) & mask) {
      if (this.used[i] === 0) return -1;
      const o = i * 4;
      if (words[o] === a && words[o + 1] === b && words[o + 2] === c && words[o + 3] === d) return i;
    }
  }

  /** Puts a key known to be absent, with room known to be there. */
  private put(a: number, b: number, c: number, d: number): void {
    const mask = this.used.length - 1;
    let i = hashWords(a, b, c, d) & mask;
    while (this.used[i] !== 0) i = (i + 1) & mask;
    const o = i * 4;
    this.words[o] = a;
    this.words[o + 1] = b;
    this.words[o + 2] = c;
    this.words[o + 3] = d;
    this.used[i] = 1;
  }

  private grow(): void {
    const words = this.words;
    const used = this.used;
    this.words = new Uint32Array(words.length * 2);
    this.used = new Uint8Array(used.length * 2);
    for (let i = 0; i < used.length; i++) {
      if (used[i] === 0) continue;
      const o = i * 4;
      this.put(words[o]!, words[o + 1]!, words[o + 2]!, words[o + 3]!);
    }
  }
}
