// Reads a JSON file of any size as a stream: records come out as soon as each one is complete, so a 1.5 GB
// export never has to be one string (V8 stops at ~512 MB) or one parsed tree (several GB).
//
// The bytes are tokenised by @streamparser/json (a well-kept, dependency-free streaming parser). This file only
// routes its tokens: it follows the few containers around the records (an array, an API page's `items`, PowerShell's
// `value`, our export's `records`, several pages one after another or in an array) and hands each record's tokens
// to the package's TokenParser, which builds that one record. Shapes, casing and problems are those of
// records-from-api-json.ts; a record is the `row`-th record of the file in the order it appears.

import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import type { ActivityRecord } from '../record/activity-record';
import type { ImportFormat, ImportProblem, ImportResult } from './import-problem';
import { auditRecordAt, lensRecordAt, looksLikeRecord, RECORD_LIST_KEYS } from './records-from-api-json';

export interface JsonRecordBatch {
  records: ActivityRecord[];
  problems: ImportProblem[];
}

export interface JsonRecordParser {
  /** Bytes (UTF-8, BOM or not) or text; a chunk may end anywhere, even inside a character. */
  push(chunk: Uint8Array | string): JsonRecordBatch;
  finish(): JsonRecordBatch;
  /** 'lens-json' once our export's records are met, 'api-json' once any other record (or list) is. */
  readonly format: ImportFormat;
  /** Records looked at so far, good and bad. */
  readonly rowsRead: number;
}

/** Pages inside lists inside pages…: deeper than this, a container is taken as a (bad) record, as before. */
const MAX_LEVEL = 4;

/**
 * An object in a list that starts with one of these keys is opened as a page (its fields kept one by one, a
 * record list inside streamed); any other object is a record and goes to TokenParser whole, which is faster.
 * A record that happens to start with `attributes` still reads right: a page that turns out to have no list but
 * record fields is a record.
 */
const PAGE_FIRST_KEYS = new Set([
  ...RECORD_LIST_KEYS,
  'totalCount', 'TotalCount', 'count', 'Count', 'links', 'Links', 'attributes', 'Attributes',
  'continuationToken', 'ContinuationToken', 'activityLens', 'exportedAt', 'records',
]);
const LIST_KEYS = new Set(RECORD_LIST_KEYS);

/** The JSON text is broken: what is wrong, where (byte offset in the file). */
class BrokenJson extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
  }
}

type Token = ParsedTokenInfo;

const enum ListState {
  ValueOrEnd,
  CommaOrEnd,
  Value,
}
const enum ObjectState {
  KeyOrEnd,
  Colon,
  Value,
  CommaOrEnd,
  Key,
}

/** A list whose elements are records (or pages, or lists) */
interface ListFrame {
  kind: 'list';
  level: number;
  /** Our own export's `records`: every element is one of our records. */
  lens: boolean;
  state: ListState;
}

/** An object around records (a page, our export's head, PowerShell's wrapper), or not yet known to be one. */
interface PageFrame {
  kind: 'page';
  level: number;
  root: boolean;
  state: ObjectState;
  key: string;
  /** The fields read so far, except a streamed list. */
  fields: Record<string, unknown>;
  streamedList: boolean;
}

/** A `{` in a list, waiting for its first key to say whether it is a page or a record. */
interface OpenBraceFrame {
  kind: 'open-brace';
  level: number;
  brace: Token;
}

type Frame = ListFrame | PageFrame | OpenBraceFrame;

function isValueStart(token: TokenType): boolean {
  return token !== TokenType.RIGHT_BRACE && token !== TokenType.RIGHT_BRACKET && token !== TokenType.COLON && token !== TokenType.COMMA && token !== TokenType.SEPARATOR;
}

function tokenText(t: Token): string {
  switch (t.token) {
    case TokenType.LEFT_BRACE:
      return '"{"';
    case TokenType.RIGHT_BRACE:
      return '"}"';
    case TokenType.LEFT_BRACKET:
      return '"["';
    case TokenType.RIGHT_BRACKET:
      return '"]"';
    case TokenType.COLON:
      return '":"';
    case TokenType.COMMA:
      return '","';
    case TokenType.STRING:
      return `the text ${JSON.stringify(String(t.value).slice(0, 40))}`;
    default:
      return JSON.stringify(t.value);
  }
}

/** A whole JSON text (API pages or arrays, PowerShell, our export) as records; broken JSON is a problem that says where. */
export function recordsFromJsonText(text: string, file: string): ImportResult {
  const parser = createJsonRecordParser(file);
  const first = parser.push(text);
  const last = parser.finish();
  for (const r of last.records) first.records.push(r);
  for (const p of last.problems) first.problems.push(p);
  return { records: first.records, problems: first.problems, format: parser.format, rowsRead: parser.rowsRead };
}

/** Streaming form of recordsFromJsonText: push chunks of a file, get the records completed so far. */
export function createJsonRecordParser(file: string): JsonRecordParser {
  return new JsonRecordStream(file);
}

/**
 * The package decodes each run of a string's bytes with a fresh, non-streaming TextDecoder call, and such a call
 * drops a leading U+FEFF: a text holding a zero-width no-break space (a customer name pasted from Word) came back
 * without it. The file's own BOM is handled by the tokenizer before any string, so every U+FEFF inside a string is
 * text and must be kept. The decoders are the package's string builders' `decoder` fields (checked: 0.0.26).
 */
function keepingByteOrderMarks(tokenizer: Tokenizer): Tokenizer {
  const builders = tokenizer as unknown as Record<string, { decoder?: TextDecoder } | undefined>;
  for (const name of ['bufferedString', 'bufferedNumber']) {
    const builder = builders[name];
    if (!builder || !(builder.decoder instanceof TextDecoder)) throw new Error(`@streamparser/json changed shape: no ${name}.decoder`);
    builder.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  }
  return tokenizer;
}

class JsonRecordStream implements JsonRecordParser {
  /** Texts gathered in a typed buffer rather than by concatenation: measured 1.4x faster on our export. */
  private readonly tokenizer = keepingByteOrderMarks(new Tokenizer({ stringBufferSize: 64 * 1024 }));
  /** Builds one captured value at a time (a record, or a page's field); `separator: ''` takes them back to back. */
  private readonly values = new TokenParser({ paths: ['$'], separator: '' });
  private readonly encoder = new TextEncoder();
  private readonly frames: Frame[] = [];
  /** Where the next completed captured value goes; undefined when not capturing. */
  private capture: ((value: unknown) => void) | undefined;
  private captured: unknown;
  private hasCaptured = false;

  private out: JsonRecordBatch = { records: [], problems: [] };
  private rows = 0;
  private sawLens = false;
  private sawList = false;
  private sawAnything = false;
  /** A top-level value that held no records (`{"hello":"world"}`, `42`). */
  private sawShapeless = false;
  private failed = false;
  private ended = false;
  private lastOffset = 0;
  /** For "line L, column C": bytes and newlines of the chunks already read. */
  private bytesBefore = 0;
  private linesBefore = 0;
  private lastNewlineBefore = -1;
  private current: Uint8Array = new Uint8Array(0);
  private pendingSurrogate = '';

  constructor(private readonly file: string) {
    this.tokenizer.onToken = (t) => this.onToken(t);
    this.values.onValue = ({ value }) => {
      this.captured = value;
      this.hasCaptured = true;
    };
  }

  get format(): ImportFormat {
    return this.sawLens ? 'lens-json' : this.sawList || this.rows > 0 ? 'api-json' : 'unknown';
  }

  get rowsRead(): number {
    return this.rows;
  }

  push(chunk: Uint8Array | string): JsonRecordBatch {
    if (this.failed || this.ended) return this.take();
    const bytes = typeof chunk === 'string' ? this.encode(chunk) : chunk;
    this.current = bytes;
    try {
      this.tokenizer.write(bytes);
    } catch (error) {
      this.fail(error);
    }
    this.countLines(bytes);
    return this.take();
  }

  finish(): JsonRecordBatch {
    if (this.ended) return this.take();
    this.ended = true;
    if (!this.failed) {
      try {
        // A text that ends on half a surrogate pair: the encoder writes U+FFFD for it, as a decoder would.
        const rest = this.pendingSurrogate === '' ? new Uint8Array(0) : this.encoder.encode(this.pendingSurrogate);
        this.current = rest;
        if (rest.length > 0) this.tokenizer.write(rest);
        this.countLines(rest);
        this.tokenizer.end();
        if (this.capture !== undefined || this.frames.length > 0) {
          throw new BrokenJson('the file ends before the JSON does (was it cut short?)', this.bytesBefore);
        }
      } catch (error) {
        this.fail(error);
      }
    }
    const file = this.file;
    if (!this.failed) {
      if (!this.sawAnything) {
        this.out.problems.push({ kind: 'empty', file, message: `${file}: the file is empty.` });
      } else if (this.rows === 0 && !this.sawList) {
        this.out.problems.push({
          kind: 'unknown-format',
          file,
          message: `${file}: this JSON holds no audit records (expected an array of records, an API page with "items", PowerShell output or an Activity Lens export).`,
        });
      } else if (this.rows === 0) {
        this.out.problems.push({ kind: 'empty', file, message: `${file}: no records in this file.` });
      }
    }
    return this.take();
  }

  private take(): JsonRecordBatch {
    const batch = this.out;
    this.out = { records: [], problems: [] };
    return batch;
  }

  /** Text chunks may split a surrogate pair; hold a trailing high surrogate back for the next chunk. */
  private encode(text: string): Uint8Array {
    let t = this.pendingSurrogate + text;
    this.pendingSurrogate = '';
    const last = t.charCodeAt(t.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pendingSurrogate = t.slice(-1);
      t = t.slice(0, -1);
    }
    return this.encoder.encode(t);
  }

  private countLines(bytes: Uint8Array): void {
    let at = bytes.indexOf(10);
    while (at >= 0) {
      this.linesBefore++;
      this.lastNewlineBefore = this.bytesBefore + at;
      at = bytes.indexOf(10, at + 1);
    }
    this.bytesBefore += bytes.length;
  }

  private fail(error: unknown): void {
    this.failed = true;
    const message = error instanceof Error ? error.message : String(error);
    let offset = this.lastOffset;
    let reason: string;
    if (error instanceof BrokenJson) {
      offset = error.offset;
      reason = error.reason;
    } else {
      const absolute = /absolute position "(\d+)"/.exec(message);
      const character = /^Unexpected "([^]*?)" at chunk position/.exec(message);
      if (absolute) offset = Number(absolute[1]);
      reason = character
        ? `unexpected character ${JSON.stringify(character[1])}`
        : /not valid for encoding/i.test(message)
          ? 'the bytes are not UTF-8 text'
          : /ended in the middle/.test(message) ? 'the file ends inside a value (was it cut short?)' : message.replace(/^Unexpected (\w+) \((.*)\) in state \w+.*$/s, 'unexpected $2');
    }
    const file = this.file;
    const read = this.rows;
    const after = read > 0 ? ` The ${read} record${read === 1 ? '' : 's'} before it ${read === 1 ? 'was' : 'were'} read; nothing after it.` : '';
    this.out.problems.push({ kind: 'bad-json', file, message: `${file}: not valid JSON${this.where(offset)}: ${reason}.${after}` });
  }

  /** " (line L, column C)" of a byte offset in the chunk being read (or the file so far). */
  private where(offset: number): string {
    let line = this.linesBefore + 1;
    let lineStart = this.lastNewlineBefore + 1;
    const inChunk = offset - this.bytesBefore;
    if (inChunk < 0) return ` (byte ${offset + 1})`;
    const limit = Math.min(inChunk, this.current.length);
    let at = this.current.indexOf(10);
    while (at >= 0 && at < limit) {
      line++;
      lineStart = this.bytesBefore + at + 1;
      at = this.current.indexOf(10, at + 1);
    }
    return ` (line ${line}, column ${offset - lineStart + 1})`;
  }

  // ---- routing tokens ------------------------------------------------------------------------------------

  private onToken(t: Token): void {
    this.lastOffset = t.offset;
    if (this.capture !== undefined) {
      this.feed(t);
      return;
    }
    this.sawAnything = true;
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) {
      this.startItem(t, 0, false);
    } else if (top.kind === 'list') {
      if (t.token === TokenType.RIGHT_BRACKET && top.state !== ListState.Value) {
        this.frames.pop();
        this.valueDone();
      } else if (top.state === ListState.CommaOrEnd) {
        if (t.token !== TokenType.COMMA) this.unexpected(t, 'a "," or "]"');
        top.state = ListState.Value;
      } else {
        top.state = ListState.CommaOrEnd;
        this.startItem(t, top.level, top.lens);
      }
    } else if (top.kind === 'open-brace') {
      this.frames.pop();
      if (t.token === TokenType.RIGHT_BRACE) {
        this.record({}, false);
      } else if (t.token !== TokenType.STRING) {
        this.unexpected(t, 'a key in quotes');
      } else if (PAGE_FIRST_KEYS.has(t.value as string)) {
        this.frames.push(this.page(top.level, false, ObjectState.Colon, t.value as string));
      } else {
        this.startCapture((value) => this.record(value, false), top.brace, t);
      }
    } else {
      this.onPageToken(top, t);
    }
  }

  private onPageToken(page: PageFrame, t: Token): void {
    switch (page.state) {
      case ObjectState.KeyOrEnd:
      case ObjectState.Key:
        if (t.token === TokenType.STRING) {
          page.key = t.value as string;
          page.state = ObjectState.Colon;
        } else if (t.token === TokenType.RIGHT_BRACE && page.state === ObjectState.KeyOrEnd) {
          this.closePage(page);
        } else {
          this.unexpected(t, 'a key in quotes');
        }
        return;
      case ObjectState.Colon:
        if (t.token !== TokenType.COLON) this.unexpected(t, 'a ":"');
        page.state = ObjectState.Value;
        return;
      case ObjectState.CommaOrEnd:
        if (t.token === TokenType.COMMA) page.state = ObjectState.Key;
        else if (t.token === TokenType.RIGHT_BRACE) this.closePage(page);
        else this.unexpected(t, 'a "," or "}"');
        return;
      case ObjectState.Value: {
        page.state = ObjectState.CommaOrEnd;
        const key = page.key;
        const lens = key === 'records' && page.fields['activityLens'] !== undefined;
        const list = lens || (LIST_KEYS.has(key) && !looksLikeRecord(page.fields));
        if (t.token === TokenType.LEFT_BRACKET && list && page.level < MAX_LEVEL) {
          page.streamedList = true;
          this.sawList = true;
          if (lens) this.sawLens = true;
          this.frames.push({ kind: 'list', level: page.level + 1, lens, state: ListState.ValueOrEnd });
          return;
        }
        if (!isValueStart(t.token)) this.unexpected(t, 'a value');
        const fields = page.fields;
        this.startCapture((value) => {
          if (key === '__proto__') Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
          else fields[key] = value;
        }, t);
      }
    }
  }

  /** A value where records are expected: at the top, or an element of a list. */
  private startItem(t: Token, level: number, lens: boolean): void {
    if (!isValueStart(t.token)) this.unexpected(t, 'a value');
    const root = this.frames.length === 0;
    if (t.token === TokenType.LEFT_BRACKET && level < MAX_LEVEL) {
      this.sawList = true;
      this.frames.push({ kind: 'list', level: level + 1, lens, state: ListState.ValueOrEnd });
    } else if (t.token === TokenType.LEFT_BRACE && root) {
      this.frames.push(this.page(level, true, ObjectState.KeyOrEnd, ''));
    } else if (t.token === TokenType.LEFT_BRACE && !lens && level < MAX_LEVEL) {
      this.frames.push({ kind: 'open-brace', level, brace: t });
    } else if (root) {
      this.startCapture(() => {
        this.sawShapeless = true;
      }, t);
    } else {
      this.startCapture((value) => this.record(value, lens), t);
    }
  }

  private page(level: number, root: boolean, state: ObjectState, key: string): PageFrame {
    return { kind: 'page', level, root, state, key, fields: Object.create(null) as Record<string, unknown>, streamedList: false };
  }

  private closePage(page: PageFrame): void {
    this.frames.pop();
    if (!page.streamedList) {
      if (looksLikeRecord(page.fields) || !page.root) this.record(page.fields, false);
      else this.sawShapeless = true;
    }
    this.valueDone();
  }

  /** The value in hand is complete: its container now expects a comma or its end. */
  private valueDone(): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.kind === 'list') top.state = ListState.CommaOrEnd;
    else if (top?.kind === 'page') top.state = ObjectState.CommaOrEnd;
  }

  private startCapture(done: (value: unknown) => void, ...tokens: Token[]): void {
    this.capture = done;
    for (const t of tokens) {
      if (this.capture === undefined) break;
      this.feed(t);
    }
  }

  private feed(t: Token): void {
    this.values.write(t);
    if (!this.hasCaptured) return;
    const done = this.capture!;
    const value = this.captured;
    this.capture = undefined;
    this.captured = undefined;
    this.hasCaptured = false;
    done(value);
    this.valueDone();
  }

  private record(value: unknown, lens: boolean): void {
    const row = ++this.rows;
    const result = lens ? lensRecordAt(value, this.file, row) : auditRecordAt(value, this.file, row);
    if ('record' in result) this.out.records.push(result.record);
    else this.out.problems.push(result.problem);
  }

  private unexpected(t: Token, expected: string): never {
    throw new BrokenJson(`expected ${expected}, found ${tokenText(t)}`, t.offset);
  }
}
