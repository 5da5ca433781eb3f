/** Sprig's list functions: copies where Go copies (push, prepend…), Go's errors and panics. */
import { GoError } from '../template/goErrors.js';
import { GoInt, SLICE_TYPE, type TypedSlice, goKindName, isGoMap, reflectCollection, typedSlice } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import { deepEqual, isEmpty } from './goEquality.js';
import { compareGoStrings } from '../template/goValues.js';
import { castInt64, strval } from './goConvert.js';
import { def, defVariadic } from './define.js';
import { strslice } from './strings.js';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

/** reflect.TypeOf(v).Kind() as Sprig's list functions check it (nil panics). */
function listKind(v: unknown): string {
  if (v === null || v === undefined) throw new GoError(NIL_DEREF);
  if (typeof v === 'string') return 'string';
  return goKindName(v);
}

function asList(v: unknown, message: (kind: string) => string): unknown[] {
  const kind = listKind(v);
  if (kind !== 'slice') throw new GoError(message(kind));
  if (v instanceof Uint8Array) return [...v].map((b) => new GoInt('uint8', BigInt(b)));
  return reflectCollection(v) as unknown[];
}

function both(name: string, impl: (...args: any[]) => unknown, params: Parameters<typeof def>[0], variadic?: Parameters<typeof defVariadic>[1]): Record<string, GoFunc> {
  const make = variadic ? (b: (...a: any[]) => unknown) => defVariadic(params, variadic, b) : (b: (...a: any[]) => unknown) => def(params, b);
  const mustName = 'must' + name[0]!.toUpperCase() + name.slice(1);
  return { [name]: make(impl), [mustName]: make(impl) };
}

function push(list: unknown, v: unknown): unknown[] {
  return [...asList(list, (k) => `Cannot push on type ${k}`), v];
}
function prepend(list: unknown, v: unknown): unknown[] {
  return [v, ...asList(list, (k) => `Cannot prepend on type ${k}`)];
}
function chunk(size: bigint, list: unknown): unknown[] {
  const l = asList(list, (k) => `Cannot chunk type ${k}`);
  const s = Number(size);
  const len = l.length;
  const cs = Math.floor((len - 1) / s) + 1;
  if (!Number.isFinite(cs) || cs < 0) throw new GoError(cs < 0 ? 'runtime error: makeslice: len out of range' : 'runtime error: integer divide by zero');
  const out: unknown[] = [];
  for (let i = 0; i < cs; i++) {
    let clen = s;
    if (i === cs - 1) {
      clen = Math.floor(len % s);
      if (clen === 0) clen = s;
    }
    const c: unknown[] = [];
    for (let j = 0; j < clen; j++) {
      const ix = i * s + j;
      if (ix >= len) throw new GoError(`reflect: slice index out of range`);
      c.push(l[ix]);
    }
    out.push(c);
  }
  return typedSlice(out, '[][]interface {}');
}
function first(list: unknown): unknown {
  const l = asList(list, (k) => `Cannot find first on type ${k}`);
  return l.length === 0 ? null : l[0];
}
function last(list: unknown): unknown {
  const l = asList(list, (k) => `Cannot find last on type ${k}`);
  return l.length === 0 ? null : l[l.length - 1];
}
function rest(list: unknown): unknown {
  const l = asList(list, (k) => `Cannot find rest on type ${k}`);
  return l.length === 0 ? null : l.slice(1);
}
function initial(list: unknown): unknown {
  const l = asList(list, (k) => `Cannot find initial on type ${k}`);
  return l.length === 0 ? null : l.slice(0, -1);
}
function reverse(list: unknown): unknown[] {
  return [...asList(list, (k) => `Cannot find reverse on type ${k}`)].reverse();
}
function compact(list: unknown): unknown[] {
  return asList(list, (k) => `Cannot compact on type ${k}`).filter((x) => !isEmpty(x));
}
function uniq(list: unknown): unknown[] {
  const out: unknown[] = [];
  for (const x of asList(list, (k) => `Cannot find uniq on type ${k}`)) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}
function without(list: unknown, omit: unknown[]): unknown[] {
  return asList(list, (k) => `Cannot find without on type ${k}`).filter((x) => !omit.some((o) => deepEqual(x, o)));
}
function has(needle: unknown, haystack: unknown): boolean {
  if (haystack === null || haystack === undefined) return false;
  return asList(haystack, (k) => `Cannot find has on type ${k}`).some((x) => deepEqual(needle, x));
}
function sliceList(list: unknown, indices: unknown[]): unknown {
  const l = asList(list, (k) => `list should be type of slice or array but ${k}`);
  if (l.length === 0) return null;
  const toInt = (x: unknown) => {
    const [v] = castInt64(x);
    return Number(BigInt.asIntN(64, v));
  };
  const start = indices.length > 0 ? toInt(indices[0]) : 0;
  const end = indices.length < 2 ? l.length : toInt(indices[1]);
  if (end < 0 || end > l.length) throw new GoError(`reflect.Value.Slice: slice index out of bounds`);
  if (start < 0 || start > end) throw new GoError(`reflect.Value.Slice: slice index out of bounds`);
  const out = l.slice(start, end);
  const t = Array.isArray(list) ? (list as TypedSlice)[SLICE_TYPE] : undefined;
  return t ? typedSlice(out, t) : out;
}
function concat(lists: unknown[]): unknown {
  let res: unknown[] | null = null;
  for (const l of lists) {
    const kind = listKind(l);
    if (kind !== 'slice') throw new GoError(`Cannot concat type ${kind} as list`);
    res = [...(res ?? []), ...(l as unknown[])];
  }
  return res;
}
function sortAlpha(list: unknown): string[] {
  list = reflectCollection(list);
  if (Array.isArray(list) || list instanceof Uint8Array) {
    const a = [...strslice(list instanceof Uint8Array ? [...list].map((b) => new GoInt('uint8', BigInt(b))) : list)];
    return typedSlice(a.sort(compareGoStrings), '[]string');
  }
  return typedSlice([strval(list === undefined ? null : list)], '[]string');
}

function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const v: bigint[] = [];
  if (stop < start) {
    if (step >= 0n) return typedSlice(v, '[]int');
    for (let i = start; i > stop; i += step) v.push(i);
    return typedSlice(v, '[]int');
  }
  if (step <= 0n) return typedSlice(v, '[]int');
  for (let i = start; i < stop; i += step) v.push(i);
  return typedSlice(v, '[]int');
}

export { untilStep };

export const listFunctions: Record<string, GoFunc> = {
  list: defVariadic([], 'any', (xs: unknown[]) => xs),
  tuple: defVariadic([], 'any', (xs: unknown[]) => xs),
  ...both('push', push, ['any', 'any']),
  append: def(['any', 'any'], push),
  mustAppend: def(['any', 'any'], push),
  ...both('prepend', prepend, ['any', 'any']),
  ...both('chunk', chunk, ['int', 'any']),
  ...both('first', first, ['any']),
  ...both('last', last, ['any']),
  ...both('rest', rest, ['any']),
  ...both('initial', initial, ['any']),
  ...both('reverse', reverse, ['any']),
  ...both('compact', compact, ['any']),
  ...both('uniq', uniq, ['any']),
  ...both('without', without, ['any'], 'any'),
  ...both('has', has, ['any', 'any']),
  ...both('slice', sliceList, ['any'], 'any'),
  concat: defVariadic([], 'any', concat),
  sortAlpha: def(['any'], sortAlpha),
  until: def(['int'], (c: bigint) => untilStep(0n, c, c < 0n ? -1n : 1n)),
  untilStep: def(['int', 'int', 'int'], untilStep),
};

void isGoMap;
