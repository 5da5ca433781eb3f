/** reflect.DeepEqual and Sprig's `empty` over the Go value representation. */
import { GoInt, GoObject, SLICE_TYPE, type TypedSlice, goTypeName, isGoMap, reflectCollection } from '../template/goValues.js';

/** Sprig's empty(): nil, zero numbers, false, empty strings/collections; structs are never empty. */
export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (typeof v) {
    case 'string':
      return v.length === 0;
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
    case 'bigint':
      return v === 0n;
  }
  if (v instanceof GoInt) return v.value === 0n;
  v = reflectCollection(v);
  if (Array.isArray(v) || v instanceof Uint8Array) return v.length === 0;
  if (isGoMap(v)) {
    for (const _ in v) return false;
    return true;
  }
  if (v instanceof GoObject) return v.goType() === 'time.Duration' ? (v as unknown as { nanos: bigint }).nanos === 0n : false;
  return false;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  if (goTypeName(a) !== goTypeName(b)) return false;
  if (typeof a === 'bigint' || typeof a !== 'object') return a === b || (Number.isNaN(a) && false);
  if (a instanceof GoInt) return a.value === (b as GoInt).value;
  // Same Go type, so both or neither are named collections.
  a = reflectCollection(a);
  b = reflectCollection(b);
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if ((a as TypedSlice)[SLICE_TYPE] !== (bb as TypedSlice)[SLICE_TYPE] || a.length !== bb.length) return false;
    return a.every((x, i) => deepEqual(x, bb[i]));
  }
  if (a instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b as Uint8Array));
  if (isGoMap(a)) {
    const bm = b as Record<string, unknown>;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(bm).length) return false;
    return ka.every((k) => Object.hasOwn(bm, k) && deepEqual(a[k], bm[k]));
  }
  if (a instanceof GoObject) {
    const ea = Object.entries(a);
    return ea.every(([k, v]) => deepEqual(v, (b as unknown as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** Go's deep copy (copystructure): maps and slices copied, scalars shared. */
export function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) {
    const out = v.map(deepCopy);
    const t = (v as TypedSlice)[SLICE_TYPE];
    if (t) Object.defineProperty(out, SLICE_TYPE, { value: t, enumerable: false });
    return out;
  }
  if (v instanceof Uint8Array) return v.slice();
  if (isGoMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out;
  }
  return v;
}
