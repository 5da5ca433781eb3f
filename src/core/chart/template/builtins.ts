/** text/template's builtin functions (text/template/funcs.go). */
import type { FuncMap, GoFunc } from './funcTypes.js';
import { decodeGoBytes, goStringByteLength, goStringBytes } from './goBytes.js';
import { GoError } from './goErrors.js';
import { sprint, sprintf, sprintln } from './goFormat.js';
import { GoInt, GoObject, SLICE_TYPE, type TypedSlice, goTypeName, intValue, isGoMap, isTrue, isUnsigned, mapSize, reflectCollection, typedSlice } from './goValues.js';

type Kind = 'invalid' | 'bool' | 'int' | 'uint' | 'float' | 'string' | 'complex';

function basicKind(v: unknown): Kind {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  if (v instanceof GoInt) return isUnsigned(v) ? 'uint' : 'int';
  return 'invalid';
}

function typeName(v: unknown): string {
  return goTypeName(v);
}

function nilable(v: unknown): boolean {
  return v === undefined || v === null || Array.isArray(v) || isGoMap(v) || v instanceof Uint8Array || v instanceof GoObject;
}

/** reflect Kind of a non-basic value, as eq tells comparable from non-comparable operands. */
function compositeKind(v: unknown): string {
  if (v === undefined) return 'invalid';
  const c = reflectCollection(v);
  return Array.isArray(c) ? 'slice' : isGoMap(c) ? 'map' : 'struct';
}

function eq(arg1: unknown, rest: unknown[]): boolean {
  if (arg1 === null) arg1 = undefined;
  if (rest.length === 0) throw new GoError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of rest) {
    if (arg === null) arg = undefined;
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 === 'int' && k2 === 'uint') truth = intValue(arg1 as bigint) >= 0n && intValue(arg1 as bigint) === intValue(arg as GoInt);
      else if (k1 === 'uint' && k2 === 'int') truth = intValue(arg as bigint) >= 0n && intValue(arg1 as GoInt) === intValue(arg as bigint);
      else if (arg1 !== undefined && arg !== undefined) throw new GoError(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
    } else {
      switch (k1) {
        case 'bool':
        case 'float':
        case 'string':
          truth = arg1 === arg;
          break;
        case 'int':
        case 'uint':
          truth = intValue(arg1 as bigint) === intValue(arg as bigint);
          break;
        default: {
          // Both are non-basic: comparable only when one is nil or both are the same nil-able kind.
          const kindA = compositeKind(arg1);
          const kindB = compositeKind(arg);
          if (kindA !== kindB && kindA !== 'invalid' && kindB !== 'invalid') {
            throw new GoError(`non-comparable types ${sprintf('%s', [arg1])}: ${typeName(arg1)}, ${typeName(arg)}: ${sprintf('%v', [arg])}`);
          }
          if (arg1 === undefined || arg === undefined) truth = arg1 === arg;
          else if (kindB === 'slice' || kindB === 'map') throw new GoError(`non-comparable type ${sprintf('%s', [arg])}: ${typeName(arg)}`);
          else truth = arg1 === arg;
        }
      }
    }
    if (truth) return true;
  }
  return false;
}

function lt(arg1: unknown, arg2: unknown): boolean {
  if (arg1 === null) arg1 = undefined;
  if (arg2 === null) arg2 = undefined;
  const k1 = basicKind(arg1);
  if (k1 === 'invalid') throw new GoError('invalid type for comparison');
  const k2 = basicKind(arg2);
  if (k2 === 'invalid') throw new GoError('invalid type for comparison');
  if (k1 !== k2) {
    if (k1 === 'int' && k2 === 'uint') return intValue(arg1 as bigint) < 0n || intValue(arg1 as bigint) < intValue(arg2 as GoInt);
    if (k1 === 'uint' && k2 === 'int') return intValue(arg2 as bigint) >= 0n && intValue(arg1 as GoInt) < intValue(arg2 as bigint);
    throw new GoError(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg2)}`);
  }
  switch (k1) {
    case 'bool':
    case 'complex':
      throw new GoError('invalid type for comparison');
    case 'float':
      return (arg1 as number) < (arg2 as number);
    case 'string':
      return Buffer.compare(Buffer.from(arg1 as string), Buffer.from(arg2 as string)) < 0;
    default:
      return intValue(arg1 as bigint) < intValue(arg2 as bigint);
  }
}

function le(a: unknown, b: unknown): boolean {
  return lt(a, b) || eq(a, [b]);
}

function indexArg(index: unknown, cap: number): number {
  let x: bigint;
  if (typeof index === 'bigint' || index instanceof GoInt) x = intValue(index);
  else if (index === undefined || index === null) throw new GoError('cannot index slice/array with nil');
  else throw new GoError(`cannot index slice/array with type ${typeName(index)}`);
  if (x < 0n || x > BigInt(cap)) throw new GoError(`index out of range: ${x}`);
  return Number(x);
}

function index(item: unknown, indexes: unknown[]): unknown {
  if (item === null) item = undefined;
  if (item === undefined) throw new GoError('index of untyped nil');
  for (let idx of indexes) {
    if (idx === null) idx = undefined;
    if (item === null || item === undefined) throw new GoError('index of nil pointer');
    const named = item instanceof GoObject ? item.underlying() : undefined;
    if (named !== undefined) item = named.value;
    if (Array.isArray(item) || typeof item === 'string' || item instanceof Uint8Array) {
      const bytes = typeof item === 'string' ? goStringBytes(item) : undefined;
      const len = bytes ? bytes.length : (item as unknown[] | Uint8Array).length;
      const x = indexArg(idx, len);
      if (x === len) throw new GoError(`reflect: ${typeof item === 'string' ? 'string' : 'slice'} index out of range`);
      if (bytes) item = new GoInt('uint8', BigInt(bytes[x]!));
      else if (item instanceof Uint8Array) item = new GoInt('uint8', BigInt(item[x]!));
      else {
        const v = (item as unknown[])[x];
        item = v === undefined ? null : v;
      }
    } else if (isGoMap(item)) {
      if (idx === undefined) throw new GoError('value is nil; should be of type string');
      if (typeof idx !== 'string') throw new GoError(`value has type ${typeName(idx)}; should be string`);
      item = Object.hasOwn(item, idx) ? (item[idx] ?? null) : named === undefined ? null : named.zero;
    } else {
      throw new GoError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

function slice(item: unknown, indexes: unknown[]): unknown {
  if (item === null || item === undefined) throw new GoError('slice of untyped nil');
  if (indexes.length > 3) throw new GoError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new GoError('cannot 3-index slice a string');
    len = goStringByteLength(item);
  } else if (Array.isArray(item) || item instanceof Uint8Array) len = item.length;
  else throw new GoError(`can't slice item of type ${typeName(item)}`);
  const idx = [0, len, 0];
  for (let i = 0; i < indexes.length; i++) idx[i] = indexArg(indexes[i] === null ? undefined : indexes[i], len);
  if (idx[0]! > idx[1]!) throw new GoError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new GoError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (typeof item === 'string') return decodeGoBytes(goStringBytes(item).subarray(idx[0], idx[1]));
  if (item instanceof Uint8Array) return item.slice(idx[0], idx[1]);
  const out = item.slice(idx[0], idx[1]);
  const t = (item as TypedSlice)[SLICE_TYPE];
  return t ? typedSlice(out, t) : out;
}

function length(item: unknown): bigint {
  // A nil interface reached len through a field (a typed nil); an invalid value came out of a pipeline.
  if (item === undefined) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
  if (item === null) throw new GoError('len of nil pointer');
  item = reflectCollection(item);
  if (typeof item === 'string') return BigInt(goStringByteLength(item));
  if (Array.isArray(item) || item instanceof Uint8Array) return BigInt(item.length);
  if (isGoMap(item)) return BigInt(mapSize(item));
  throw new GoError(`len of type ${typeName(item)}`);
}

function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === undefined ? null : a)));
}

function htmlEscape(s: string): string {
  if (!/['"&<>\0]/.test(s)) return s;
  return s.replace(/['"&<>\0]/g, (c) =>
    c === '"' ? '&#34;' : c === "'" ? '&#39;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\uFFFD',
  );
}

const JS_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '\\':
        out += '\\\\';
        continue;
      case "'":
        out += "\\'";
        continue;
      case '"':
        out += '\\"';
        continue;
      case '<':
        out += '\\u003C';
        continue;
      case '>':
        out += '\\u003E';
        continue;
      case '&':
        out += '\\u0026';
        continue;
      case '=':
        out += '\\u003D';
        continue;
    }
    if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
    else if (c < 0x80) out += ch;
    else if (JS_PRINTABLE.test(ch)) out += ch;
    else out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of goStringBytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

type Builtin = GoFunc & { shortCircuit?: boolean };

/** The builtins, keyed by name. and/or are evaluated lazily by the evaluator (shortCircuit). */
export function builtinFuncs(): FuncMap {
  const m = new Map<string, Builtin>();
  m.set('and', { params: ['value'], variadic: 'value', shortCircuit: true, call: () => undefined });
  m.set('or', { params: ['value'], variadic: 'value', shortCircuit: true, call: () => undefined });
  m.set('not', { params: ['value'], call: (_c, a) => !isTrue(a[0]) });
  m.set('len', { params: ['value'], call: (_c, a) => length(a[0]) });
  m.set('index', { params: ['value'], variadic: 'value', call: (_c, a) => index(a[0], a.slice(1)) });
  m.set('slice', { params: ['value'], variadic: 'value', call: (_c, a) => slice(a[0], a.slice(1)) });
  m.set('print', { params: [], variadic: 'any', call: (_c, a) => sprint(a) });
  m.set('printf', { params: ['string'], variadic: 'any', call: (_c, a) => sprintf(a[0] as string, a.slice(1)) });
  m.set('println', { params: [], variadic: 'any', call: (_c, a) => sprintln(a) });
  m.set('html', { params: [], variadic: 'any', call: (_c, a) => htmlEscape(evalArgs(a)) });
  m.set('js', { params: [], variadic: 'any', call: (_c, a) => jsEscape(evalArgs(a)) });
  m.set('urlquery', { params: [], variadic: 'any', call: (_c, a) => queryEscape(evalArgs(a)) });
  m.set('eq', { params: ['value'], variadic: 'value', call: (_c, a) => eq(a[0], a.slice(1)) });
  m.set('ne', { params: ['value', 'value'], call: (_c, a) => !eq(a[0], [a[1]]) });
  m.set('lt', { params: ['value', 'value'], call: (_c, a) => lt(a[0], a[1]) });
  m.set('le', { params: ['value', 'value'], call: (_c, a) => le(a[0], a[1]) });
  m.set('gt', { params: ['value', 'value'], call: (_c, a) => !le(a[0], a[1]) });
  m.set('ge', { params: ['value', 'value'], call: (_c, a) => !lt(a[0], a[1]) });
  m.set('call', {
    params: ['value'],
    variadic: 'value',
    call: (_c, a) => {
      const fn = a[0];
      if (fn === undefined || fn === null) throw new GoError('call of nil');
      if (typeof fn !== 'function') throw new GoError(`non-function of type ${typeName(fn)}`);
      return (fn as (...x: unknown[]) => unknown)(...a.slice(1));
    },
  });
  void nilable;
  return m;
}
