/** Sprig's dict functions: set/unset mutate and return the same map, as Go's do; merge follows mergo. */
import { GoError } from '../template/goErrors.js';
import { goTypeName, isGoMap, typedSlice } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import { deepCopy, isEmpty } from './goEquality.js';
import { strval } from './goConvert.js';
import { def, defVariadic } from './define.js';

type GoMap = Record<string, unknown>;

function orEmpty(m: GoMap | null): GoMap {
  return m ?? {};
}

/**
 * mergo.Merge / MergeWithOverwrite (dario.cat/mergo v1.0.1 deepMerge) for map[string]interface{}, key by key:
 * - a nil source value is written only with overwrite (then it replaces anything, a map included), and a key
 *   missing from dst is not added without it;
 * - a source map merges into a destination map in place; otherwise, like any other value (scalars and slices,
 *   empty ones included), it is written with overwrite, or when dst lacks the key or holds an empty value
 *   (nil, "", 0, false, an empty map or slice).
 */
function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const k of Object.keys(src)) {
    const sv = src[k];
    if (sv === null || sv === undefined) {
      if (overwrite) dst[k] = null;
      continue;
    }
    const has = Object.hasOwn(dst, k);
    const dv = has ? dst[k] : undefined;
    if (isGoMap(sv) && isGoMap(dv)) {
      mergeInto(dv, sv, overwrite);
      if (!isEmpty(dv)) continue;
    }
    if (overwrite || !has || isEmpty(dv)) dst[k] = sv;
  }
}

/** Sprig's merge/mergeOverwrite: a nil dst becomes a new map as soon as a source map is merged into it. */
function merge(overwrite: boolean) {
  return (dst: GoMap | null, srcs: (GoMap | null)[]) => {
    let d = dst;
    for (const s of srcs) {
      if (s === null) continue;
      d ??= {};
      mergeInto(d, s, overwrite);
    }
    return d;
  };
}

function assertString(v: unknown): string {
  if (typeof v !== 'string') throw new GoError(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeName(v)}, not string`);
  return v;
}
function assertMap(v: unknown): GoMap {
  if (!isGoMap(v)) throw new GoError(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeName(v)}, not map[string]interface {}`);
  return v;
}

function dig(ps: unknown[]): unknown {
  if (ps.length < 3) throw new GoError('dig needs at least three arguments');
  let dict = assertMap(ps[ps.length - 1]);
  const dflt = ps[ps.length - 2];
  const ks = ps.slice(0, -2).map(assertString);
  for (let i = 0; ; i++) {
    const k = ks[i]!;
    if (!Object.hasOwn(dict, k)) return dflt;
    const step = dict[k];
    if (i === ks.length - 1) return step;
    dict = assertMap(step);
  }
}

export const dictFunctions: Record<string, GoFunc> = {
  dict: defVariadic([], 'any', (v: unknown[]) => {
    const d: GoMap = {};
    for (let i = 0; i < v.length; i += 2) {
      const key = strval(v[i] === undefined ? null : v[i]);
      d[key] = i + 1 >= v.length ? '' : v[i + 1];
    }
    return d;
  }),
  get: def(['map', 'string'], (d: GoMap | null, k: string) => (d && Object.hasOwn(d, k) ? d[k] : '')),
  set: def(['map', 'string', 'any'], (d: GoMap | null, k: string, v: unknown) => {
    if (d === null) throw new GoError('assignment to entry in nil map');
    d[k] = v;
    return d;
  }),
  unset: def(['map', 'string'], (d: GoMap | null, k: string) => {
    if (d) delete d[k];
    return d;
  }),
  hasKey: def(['map', 'string'], (d: GoMap | null, k: string) => d !== null && Object.hasOwn(d, k)),
  pluck: defVariadic(['string'], 'map', (k: string, ds: (GoMap | null)[]) => ds.filter((d) => d && Object.hasOwn(d, k)).map((d) => d![k])),
  // Go map iteration order is random; slipway returns keys in sorted order (one of Go's possible orders).
  keys: defVariadic([], 'map', (ds: (GoMap | null)[]) => typedSlice(ds.flatMap((d) => Object.keys(orEmpty(d)).sort()), '[]string')),
  values: def(['map'], (d: GoMap | null) => Object.keys(orEmpty(d)).sort().map((k) => d![k])),
  pick: defVariadic(['map'], 'string', (d: GoMap | null, ks: string[]) => {
    const res: GoMap = {};
    for (const k of ks) if (d && Object.hasOwn(d, k)) res[k] = d[k];
    return res;
  }),
  omit: defVariadic(['map'], 'string', (d: GoMap | null, ks: string[]) => {
    const res: GoMap = {};
    for (const k of Object.keys(orEmpty(d))) if (!ks.includes(k)) res[k] = d![k];
    return res;
  }),
  merge: defVariadic(['map'], 'map', merge(false)),
  mustMerge: defVariadic(['map'], 'map', merge(false)),
  mergeOverwrite: defVariadic(['map'], 'map', merge(true)),
  mustMergeOverwrite: defVariadic(['map'], 'map', merge(true)),
  deepCopy: def(['any'], (v: unknown) => deepCopy(v === undefined ? null : v)),
  mustDeepCopy: def(['any'], (v: unknown) => deepCopy(v === undefined ? null : v)),
  dig: { params: [], variadic: 'any', call: (_c, args) => dig(args) },
};
