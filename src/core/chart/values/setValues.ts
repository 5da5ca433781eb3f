/**
 * Helm's strvals parsers (pkg/strvals/parser.go and literal_parser.go) for --set, --set-string,
 * --set-file, --set-json and --set-literal: `a.b=c`, lists `{a,b}`, indexes `a[0]`, `\` escapes, typed
 * scalars (true/false/null, int64 without leading zeros, else string), error texts as Helm prints them.
 * --set integers become Go int64 (GoInt), JSON numbers float64.
 */
import { GoInt } from '../template/goValues.js';
import type { Values } from './coalesce.js';

export const MAX_INDEX = 65536;
export const MAX_NESTED_NAME_LEVEL = 30;

class EOF extends Error {
  constructor() {
    super('EOF');
  }
}
const isEOF = (e: unknown): e is EOF => e instanceof EOF;
class NotList extends Error {}
/** A Go panic recovered by key(): "interface conversion: …". */
class Panic extends Error {}

export class SetValuesError extends Error {}

type Reader = (runes: string[]) => unknown;

class Scanner {
  private pos = 0;
  constructor(private readonly runes: string[]) {}
  read(): string | undefined {
    return this.pos < this.runes.length ? this.runes[this.pos++] : undefined;
  }
  unread(): void {
    this.pos--;
  }
  rest(): string {
    return this.runes.slice(this.pos).join('');
  }
  skipBytes(n: number): void {
    // JSON decoder offsets count bytes; advance rune by rune.
    let bytes = 0;
    while (bytes < n && this.pos < this.runes.length) bytes += Buffer.byteLength(this.runes[this.pos++]!);
  }
}

function runesUntil(sc: Scanner, stop: string, escapes: boolean): { v: string[]; last: string | undefined; eof: boolean } {
  const v: string[] = [];
  for (;;) {
    const r = sc.read();
    if (r === undefined) return { v, last: undefined, eof: true };
    if (stop.includes(r)) return { v, last: r, eof: false };
    if (escapes && r === '\\') {
      const next = sc.read();
      if (next === undefined) return { v, last: undefined, eof: true };
      v.push(next);
      continue;
    }
    v.push(r);
  }
}

function goTypeOf(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (v instanceof GoInt) return 'int64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  throw new Panic(`interface conversion: interface {} is ${goTypeOf(v)}, not []interface {}`);
}

function asMap(v: unknown): Values {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoInt)) return v as Values;
  throw new Panic(`interface conversion: interface {} is ${goTypeOf(v)}, not map[string]interface {}`);
}

function set(data: Values, key: string, val: unknown): void {
  if (key === '') return;
  data[key] = val;
}

function setIndex(list: unknown[], index: number, val: unknown): unknown[] {
  if (index < 0) throw new SetValuesError(`negative ${index} index not allowed`);
  if (index > MAX_INDEX) throw new SetValuesError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
  if (list.length <= index) {
    const grown = list.slice();
    while (grown.length <= index) grown.push(null);
    list = grown;
  }
  list[index] = val;
  return list;
}

function goQuote(runes: string[]): string {
  return JSON.stringify(runes.join(''));
}

/** fmt's %q of a []rune: each rune quoted, space-separated, in brackets. */
function goQuoteRunes(runes: string[]): string {
  return `[${runes.map((r) => `'${r === "'" ? "\\'" : r === '\\' ? '\\\\' : r}'`).join(' ')}]`;
}

function goAtoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new SetValuesError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = BigInt(s);
  if (n > (1n << 63n) - 1n || n < -(1n << 63n)) throw new SetValuesError(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  return Number(n);
}

/** typedVal: true/false/null (any case), "0", int64 without a leading zero, else the string. */
export function typedValue(runes: string[], asString: boolean): unknown {
  const val = runes.join('');
  if (asString) return val;
  const lower = val.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (val === '0') return new GoInt('int64', 0n);
  if (val !== '' && val[0] !== '0' && /^[+-]?\d+$/.test(val)) {
    const n = BigInt(val);
    if (n <= (1n << 63n) - 1n && n >= -(1n << 63n)) return new GoInt('int64', n);
  }
  return val;
}

/** Decodes one JSON value from the front of `text` as Go's json.Decoder does; returns it and the bytes consumed. */
function decodeJsonPrefix(text: string): { value: unknown; bytes: number } {
  const trimmed = text.replace(/^[ \t\r\n]+/, '');
  const lead = Buffer.byteLength(text) - Buffer.byteLength(trimmed);
  if (trimmed === '') throw new SetValuesError('EOF');
  // Find the shortest prefix that parses as one complete JSON value.
  let end = scanJsonValue(trimmed, 0);
  if (end < 0) throw new SetValuesError(`invalid character ${JSON.stringify(trimmed[0])} looking for beginning of value`);
  const slice = trimmed.slice(0, end);
  let value: unknown;
  try {
    value = JSON.parse(slice);
  } catch (e) {
    throw new SetValuesError((e as Error).message);
  }
  end = Buffer.byteLength(slice);
  return { value: jsonToGo(value), bytes: lead + end };
}

function jsonToGo(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonToGo);
  if (v !== null && typeof v === 'object') {
    const out: Values = {};
    for (const [k, x] of Object.entries(v)) out[k] = jsonToGo(x);
    return out;
  }
  return v;
}

/** End index of the JSON value starting at i, or -1. */
function scanJsonValue(s: string, i: number): number {
  const c = s[i];
  if (c === '{' || c === '[') {
    const close = c === '{' ? '}' : ']';
    let depth = 0;
    let inString = false;
    for (let j = i; j < s.length; j++) {
      const ch = s[j];
      if (inString) {
        if (ch === '\\') j++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return ch === close ? j + 1 : -1;
      }
    }
    return -1;
  }
  if (c === '"') {
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === '"') return j + 1;
    }
    return -1;
  }
  const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i));
  return m === null ? -1 : i + m[0].length;
}

type Mode = { kind: 'typed'; reader: Reader } | { kind: 'json' } | { kind: 'literal' };

class StrvalsParser {
  constructor(
    private readonly sc: Scanner,
    private readonly data: Values,
    private readonly mode: Mode,
  ) {}

  parse(): void {
    for (;;) {
      try {
        this.key(this.data, 0);
      } catch (e) {
        if (isEOF(e)) return;
        throw e;
      }
    }
  }

  private get escapes(): boolean {
    return this.mode.kind !== 'literal';
  }

  /** key() with Go's recover: a panic becomes "unable to parse key: …". */
  key(data: Values, nested: number): void {
    try {
      this.keyBody(data, nested);
    } catch (e) {
      if (e instanceof Panic) throw new SetValuesError(`unable to parse key: ${e.message}`);
      throw e;
    }
  }

  private keyBody(data: Values, nestedNameLevel: number): void {
    const literal = this.mode.kind === 'literal';
    const { v: k, last, eof } = runesUntil(this.sc, literal ? '=[.' : '=[,.', this.escapes);
    if (eof) {
      if (k.length === 0) throw new EOF();
      throw new SetValuesError(`key ${goQuote(k)} has no value`);
    }
    const kk = k.join('');
    if (last === '[') {
      let i: number;
      try {
        i = this.keyIndex();
      } catch (e) {
        // Go wraps with %w, so a wrapped io.EOF still ends parsing quietly.
        if (isEOF(e)) throw e;
        throw new SetValuesError(`error parsing index: ${(e as Error).message}`);
      }
      let list: unknown[] = [];
      if (Object.hasOwn(data, kk)) list = asList(data[kk]);
      const result = this.listItem(list, i, nestedNameLevel);
      set(data, kk, result.list);
      if (result.error) throw result.error;
      return;
    }
    if (last === '=') {
      if (this.mode.kind === 'literal') {
        const { v } = runesUntil(this.sc, '', false);
        set(data, kk, v.join(''));
        return;
      }
      if (this.mode.kind === 'json') {
        if (this.emptyVal()) {
          set(data, kk, null);
          return;
        }
        const { value, bytes } = decodeJsonPrefix(this.sc.rest());
        set(data, kk, value);
        this.sc.skipBytes(bytes);
        this.emptyVal();
        return;
      }
      let vl: unknown[];
      try {
        vl = this.valList();
      } catch (e) {
        if (isEOF(e)) {
          set(data, kk, '');
          throw e;
        }
        if (e instanceof NotList) {
          const rs = this.val();
          set(data, kk, this.mode.reader(rs));
          return;
        }
        throw e;
      }
      set(data, kk, vl);
      return;
    }
    if (last === ',') {
      set(data, kk, '');
      throw new SetValuesError(`key ${goQuote(k)} has no value (cannot end with ,)`);
    }
    // last === '.'
    nestedNameLevel++;
    if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) throw new SetValuesError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
    let inner: Values = {};
    if (Object.hasOwn(data, kk)) inner = asMap(data[kk]);
    let err: unknown;
    try {
      this.key(inner, nestedNameLevel);
    } catch (e) {
      err = e;
    }
    if (err === undefined && Object.keys(inner).length === 0) throw new SetValuesError(`key map ${goQuote(k)} has no value`);
    if (Object.keys(inner).length !== 0) set(data, kk, inner);
    if (err !== undefined) throw err;
  }

  private keyIndex(): number {
    const { v, eof } = runesUntil(this.sc, ']', this.escapes);
    if (eof) throw new EOF();
    return goAtoi(v.join(''));
  }

  /** Returns the list and an error, as Go does (the caller stores the list even on error). */
  private listItem(list: unknown[], i: number, nestedNameLevel: number): { list: unknown[]; error?: unknown } {
    try {
      return { list: this.listItemBody(list, i, nestedNameLevel) };
    } catch (e) {
      if (e instanceof ListError) return { list: e.list, error: e.cause };
      return { list, error: e };
    }
  }

  private listItemBody(list: unknown[], i: number, nestedNameLevel: number): unknown[] {
    if (i < 0) throw new SetValuesError(`negative ${i} index not allowed`);
    const { v: k, last, eof } = runesUntil(this.sc, '[.=', this.escapes);
    if (k.length > 0) throw new SetValuesError(`unexpected data at end of array index: ${goQuoteRunes(k)}`);
    if (eof) throw new EOF();
    if (last === '=') {
      if (this.mode.kind === 'literal') {
        const { v } = runesUntil(this.sc, '', false);
        return setIndex(list, i, v.join(''));
      }
      if (this.mode.kind === 'json') {
        if (this.emptyVal()) return setIndex(list, i, null);
        const { value, bytes } = decodeJsonPrefix(this.sc.rest());
        list = setIndex(list, i, value);
        this.sc.skipBytes(bytes);
        try {
          this.emptyVal();
        } catch (e) {
          throw new ListError(list, e);
        }
        return list;
      }
      let vl: unknown[];
      try {
        vl = this.valList();
      } catch (e) {
        if (isEOF(e)) return setIndex(list, i, '');
        if (e instanceof NotList) return setIndex(list, i, this.mode.reader(this.val()));
        throw e;
      }
      return setIndex(list, i, vl);
    }
    if (last === '[') {
      let nextI: number;
      try {
        nextI = this.keyIndex();
      } catch (e) {
        // Go wraps with %w, so a wrapped io.EOF still ends parsing quietly.
        if (isEOF(e)) throw e;
        throw new SetValuesError(`error parsing index: ${(e as Error).message}`);
      }
      let crt: unknown[] = [];
      if (list.length > i && list[i] !== null && list[i] !== undefined) crt = asList(list[i]);
      const r = this.listItem(crt, nextI, nestedNameLevel);
      if (r.error) throw r.error;
      return setIndex(list, i, r.list);
    }
    // last === '.'
    let inner: Values = {};
    if (list.length > i) {
      const existing = list[i];
      if (existing !== null && typeof existing === 'object' && !Array.isArray(existing) && !(existing instanceof GoInt)) inner = existing as Values;
      else {
        list[i] = {};
        inner = list[i] as Values;
      }
    }
    this.key(inner, nestedNameLevel);
    return setIndex(list, i, inner);
  }

  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read();
      if (r === undefined) return true;
      if (r === ',') return true;
      if (!/\s/u.test(r)) {
        this.sc.unread();
        return false;
      }
    }
  }

  private val(): string[] {
    return runesUntil(this.sc, ',', true).v;
  }

  private valList(): unknown[] {
    const r = this.sc.read();
    if (r === undefined) throw new EOF();
    if (r !== '{') {
      this.sc.unread();
      throw new NotList();
    }
    const list: unknown[] = [];
    const reader = (this.mode as { reader: Reader }).reader;
    for (;;) {
      const { v, last, eof } = runesUntil(this.sc, ',}', true);
      if (eof) throw new SetValuesError("list must terminate with '}'");
      if (last === '}') {
        const next = this.sc.read();
        if (next !== undefined && next !== ',') this.sc.unread();
        list.push(reader(v));
        return list;
      }
      list.push(reader(v));
    }
  }
}

class ListError extends Error {
  constructor(
    readonly list: unknown[],
    override readonly cause: unknown,
  ) {
    super('list error');
  }
}

function run(s: string, dest: Values, mode: Mode): void {
  new StrvalsParser(new Scanner([...s]), dest, mode).parse();
}

/** --set */
export function parseSetInto(s: string, dest: Values): void {
  run(s, dest, { kind: 'typed', reader: (rs) => typedValue(rs, false) });
}

/** --set-string */
export function parseSetStringInto(s: string, dest: Values): void {
  run(s, dest, { kind: 'typed', reader: (rs) => typedValue(rs, true) });
}

/** --set-file: the value is a path whose content becomes the string value. */
export function parseSetFileInto(s: string, dest: Values, readFile: (path: string) => string): void {
  run(s, dest, { kind: 'typed', reader: (rs) => readFile(rs.join('')) });
}

/** --set-json in key=json form. */
export function parseSetJsonInto(s: string, dest: Values): void {
  run(s, dest, { kind: 'json' });
}

/** --set-literal */
export function parseSetLiteralInto(s: string, dest: Values): void {
  run(s, dest, { kind: 'literal' });
}
