/** encoding/json over the Go value representation: Marshal (sorted keys, HTML escaping) and Unmarshal with Go's error texts. */
import { GoError } from '../template/goErrors.js';
import { formatJSONFloat } from '../template/goFloat.js';
import { GoInt, GoObject, goTypeName, isGoMap, sortedKeys } from '../template/goValues.js';
import { goRuneText } from '../template/goBytes.js';

/** A value that encodes itself (json.Marshaler), e.g. time.Time or *semver.Version. */
export interface JSONMarshaler {
  marshalJSON(): string;
}

function isMarshaler(v: unknown): v is JSONMarshaler {
  return v instanceof GoObject && typeof (v as unknown as JSONMarshaler).marshalJSON === 'function';
}

const HEX = '0123456789abcdef';

export function encodeJSONString(s: string, escapeHTML: boolean): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) || c === 0x2028 || c === 0x2029) {
      switch (c) {
        case 0x22:
          esc = '\\"';
          break;
        case 0x5c:
          esc = '\\\\';
          break;
        case 0x0a:
          esc = '\\n';
          break;
        case 0x0d:
          esc = '\\r';
          break;
        case 0x09:
          esc = '\\t';
          break;
        case 0x08:
          esc = '\\b';
          break;
        case 0x0c:
          esc = '\\f';
          break;
        default:
          esc = '\\u' + (c < 0x100 ? '00' + HEX[c >> 4]! + HEX[c & 15]! : c.toString(16));
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // lone surrogates are invalid UTF-8 in Go: replaced by U+FFFD
      const hi = c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
      if (hi) {
        i++;
        continue;
      }
      esc = '\\ufffd';
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

/** json.Marshal (escapeHTML) or an Encoder with SetEscapeHTML(false); indent for MarshalIndent. */
export function marshalJSON(v: unknown, options: { escapeHTML?: boolean; indent?: string } = {}): string {
  const escapeHTML = options.escapeHTML ?? true;
  const indent = options.indent;
  const enc = (x: unknown, depth: number): string => {
    if (x === null || x === undefined) return 'null';
    switch (typeof x) {
      case 'string':
        return encodeJSONString(x, escapeHTML);
      case 'boolean':
        return x ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(x)) throw new GoError(`json: unsupported value: ${Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf'}`);
        return formatJSONFloat(x);
      case 'bigint':
        return x.toString();
      case 'function':
        throw new GoError('json: unsupported type: func()');
    }
    if (x instanceof GoInt) return x.value.toString();
    if (x instanceof Uint8Array) return '"' + Buffer.from(x).toString('base64') + '"';
    if (x instanceof GoObject) {
      const named = x.underlying();
      if (named !== undefined) return named.nil ? 'null' : enc(named.value, depth);
    }
    if (isMarshaler(x)) return x.marshalJSON();
    const nl = indent === undefined ? '' : '\n' + indent.repeat(depth + 1);
    const close = indent === undefined ? '' : '\n' + indent.repeat(depth);
    const colon = indent === undefined ? ':' : ': ';
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      return '[' + x.map((e) => nl + enc(e, depth + 1)).join(',') + close + ']';
    }
    if (isGoMap(x)) {
      const keys = sortedKeys(x);
      if (keys.length === 0) return '{}';
      return '{' + keys.map((k) => nl + encodeJSONString(k, escapeHTML) + colon + enc(x[k], depth + 1)).join(',') + close + '}';
    }
    if (x instanceof GoObject) {
      const entries = Object.entries(x).filter(([k]) => /^[A-Z]/.test(k));
      if (entries.length === 0) return '{}';
      return '{' + entries.map(([k, e]) => nl + encodeJSONString(k, escapeHTML) + colon + enc(e, depth + 1)).join(',') + close + '}';
    }
    throw new GoError(`json: unsupported type: ${goTypeName(x)}`);
  };
  return enc(v, 0);
}

/** Go's quoteChar for scanner errors. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c);
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return "'\\x" + cp.toString(16).padStart(2, '0') + "'";
  return "'" + q.slice(1, -1) + "'";
}

class JSONSyntaxError extends GoError {}

/** json.Unmarshal into interface{}: numbers as float64, Go's syntax error texts. */
export function unmarshalJSON(text: string): unknown {
  const r = unmarshalJSONPartial(text);
  if (r.error !== undefined) throw new GoError(r.error);
  return r.value;
}

/** Unmarshal that also returns the partially decoded value when a number does not fit (Go fills what it can). */
export function unmarshalJSONPartial(text: string): { value: unknown; error?: string } {
  let deferred: string | undefined;
  // encoding/json reads a byte of invalid UTF-8 inside a string as U+FFFD (template/goBytes.ts keeps such bytes).
  const value = parseJSONText(goRuneText(text), (msg) => (deferred ??= msg));
  return deferred === undefined ? { value } : { value, error: deferred };
}

function parseJSONText(text: string, defer: (msg: string) => void): unknown {
  let deferred: string | undefined;
  let i = 0;
  const n = text.length;
  const err = (msg: string): never => {
    throw new JSONSyntaxError(msg);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const eof = (): never => err('unexpected end of JSON input');
  const value = (context: string): unknown => {
    ws();
    if (i >= n) eof();
    const c = text[i]!;
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (i >= n) eof();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (i >= n) eof();
        if (text[i] !== '"') err(`invalid character ${quoteChar(text[i]!)} looking for beginning of object key string`);
        const k = str();
        ws();
        if (i >= n) eof();
        if (text[i] !== ':') err(`invalid character ${quoteChar(text[i]!)} after object key`);
        i++;
        obj[k] = value('value');
        ws();
        if (i >= n) eof();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        err(`invalid character ${quoteChar(text[i]!)} after object key:value pair`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (i >= n) eof();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value('value'));
        ws();
        if (i >= n) eof();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        err(`invalid character ${quoteChar(text[i]!)} after array element`);
      }
    }
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    for (const [lit, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (c === lit[0]) {
        for (let k = 1; k < lit.length; k++) {
          if (i + k >= n) eof();
          if (text[i + k] !== lit[k]) err(`invalid character ${quoteChar(text[i + k]!)} in literal ${lit} (expecting ${quoteChar(lit[k]!)})`);
        }
        i += lit.length;
        return v;
      }
    }
    return err(`invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(i)!))} looking for beginning of ${context}`);
  };
  const str = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) eof();
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        i++;
        if (i >= n) eof();
        const e = text[i]!;
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n) eof();
            if (!/[0-9a-fA-F]/.test(text[i + k]!)) err(`invalid character ${quoteChar(text[i + k]!)} in \\u hexadecimal character escape`);
          }
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) err(`invalid character ${quoteChar(e)} in string escape code`);
        i++;
        continue;
      }
      if (c < 0x20) err(`invalid character ${quoteChar(text[i]!)} in string literal`);
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i).replace(/[\ud800-\udfff]/g, (s) => s)) as string;
  };
  const num = (): number => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (i >= n) eof();
      if (!(text[i]! >= '0' && text[i]! <= '9')) err(`invalid character ${quoteChar(text[i]!)} in numeric literal`);
    }
    if (text[i] === '0') i++;
    else while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    if (text[i] === '.') {
      i++;
      if (i >= n) eof();
      if (!(text[i]! >= '0' && text[i]! <= '9')) err(`invalid character ${quoteChar(text[i]!)} after decimal point in numeric literal`);
      while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= n) eof();
      if (!(text[i]! >= '0' && text[i]! <= '9')) err(`invalid character ${quoteChar(text[i]!)} in exponent of numeric literal`);
      while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    }
    const f = Number(text.slice(start, i));
    if (!Number.isFinite(f)) {
      // Go keeps decoding and reports the first such error after the whole value.
      deferred ??= `json: cannot unmarshal number ${text.slice(start, i)} into Go value of type float64`;
      return null as unknown as number;
    }
    return f;
  };
  const v = value('value');
  ws();
  if (i < n) err(`invalid character ${quoteChar(text[i]!)} after top-level value`);
  if (deferred !== undefined) defer(deferred);
  return v;
}

/** json.Unmarshal into a map[string]interface{} or []interface{} target, with Go's type mismatch error. */
export function unmarshalJSONInto(text: string, target: 'map' | 'slice'): unknown {
  const r = unmarshalJSONPartial(text);
  const v = r.value;
  const want = target === 'map' ? 'map[string]interface {}' : '[]interface {}';
  const kind = v === null ? null : Array.isArray(v) ? 'array' : isGoMap(v) ? 'object' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'bool';
  if (v === null) return target === 'map' ? {} : [];
  if ((target === 'map' && kind !== 'object') || (target === 'slice' && kind !== 'array')) {
    const shown = kind === 'number' ? `number ${text.trim()}` : kind;
    throw new GoError(`json: cannot unmarshal ${shown} into Go value of type ${want}`);
  }
  if (r.error !== undefined) throw new PartialJSONError(r.error, v);
  return v;
}

/** A decode error after which Go still returns what it decoded (Helm adds "Error" to that map). */
export class PartialJSONError extends GoError {
  constructor(
    message: string,
    readonly partial: unknown,
  ) {
    super(message);
  }
}
