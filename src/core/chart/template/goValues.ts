/**
 * How Go values are represented while a template runs.
 *
 *   Go                         JS
 *   invalid reflect.Value      undefined  ("<no value>")
 *   nil interface              null
 *   string / bool              string / boolean
 *   float64                    number     (every number that comes from values files or JSON)
 *   int                        bigint     (template literals, len, range indexes, atoi…)
 *   int64, int32, uint…        GoInt      (Sprig arithmetic returns int64)
 *   []interface{}              Array      (a typed slice carries SLICE_TYPE, e.g. []string)
 *   map[string]interface{}     plain object (own enumerable keys)
 *   []byte                     Uint8Array
 *   structs / objects          GoObject subclasses (methods are callable from templates)
 *   named map / slice types    GoObject subclasses whose underlying() is the map or slice
 *                              (engine.files, common.VersionSet: methods plus map/slice behaviour)
 */

/** A sized or unsigned Go integer other than plain `int`. */
export class GoInt {
  constructor(
    readonly kind: 'int64' | 'int32' | 'int16' | 'int8' | 'uint' | 'uint64' | 'uint32' | 'uint16' | 'uint8',
    readonly value: bigint,
  ) {}
}

export const SLICE_TYPE = Symbol('goSliceType');

/** An array tagged with its Go slice type, e.g. `[]string` from splitList or `[]int` from until. */
export type TypedSlice = unknown[] & { [SLICE_TYPE]?: string };

export function typedSlice<T>(items: T[], goType: string): T[] {
  Object.defineProperty(items, SLICE_TYPE, { value: goType, enumerable: false });
  return items;
}

/**
 * Base for values that behave like Go structs or named types: a Go type name for messages, exported
 * fields (own properties) and methods (functions on the prototype, called with Go-typed arguments).
 */
export abstract class GoObject {
  abstract goType(): string;
  /** Parameter types of each method, for argument checking; absent methods take no arguments. */
  methodSignature(_name: string): MethodSignature | undefined {
    return undefined;
  }
  /** Value formatted by fmt's %v (a Stringer's String()), or undefined to print fields. */
  goString(): string | undefined {
    return undefined;
  }
  /**
   * True when Go declares String() on the pointer type (`func (kv *KubeVersion) String()`): the template's
   * own printing of an addressable field uses it, but a copy handed to a function (quote, printf, toString)
   * is not a Stringer and prints its fields.
   */
  pointerStringer(): boolean {
    return false;
  }
  /** Structs are always true; a named map or slice is true when it has elements; pointers may override. */
  isTruthy(): boolean {
    const u = this.underlying();
    if (u === undefined) return true;
    return Array.isArray(u.value) ? u.value.length > 0 : mapSize(u.value) > 0;
  }
  /**
   * For a Go named type whose underlying type is a map or a slice (`type files map[string][]byte`,
   * `type VersionSet []string`): that map or slice. Whatever Go does through reflect's Kind (range, index,
   * len, fmt's %v, JSON/YAML encoding, empty, kindOf, Sprig's list functions) then sees the collection,
   * while method calls and the type name stay the object's.
   */
  underlying(): UnderlyingCollection | undefined {
    return undefined;
  }
}

/** The map or slice a named Go type is, with the zero value of its element type. */
export interface UnderlyingCollection {
  /** A map (own enumerable keys) or a slice; its elements have the element's static type, not interface{}. */
  value: Record<string, unknown> | unknown[];
  /** What a missing map key yields (Go's reflect.Zero of the element type). */
  zero: unknown;
  /** A nil map or slice: empty everywhere, but JSON (and so toYaml) says `null`. */
  nil?: boolean;
}

/** The map or slice reflect would see in `v`: a named collection's underlying value, else `v` itself. */
export function reflectCollection(v: unknown): unknown {
  if (v instanceof GoObject) {
    const u = v.underlying();
    if (u !== undefined) return u.value;
  }
  return v;
}

export interface MethodSignature {
  params: string[];
  variadic?: string;
}

/** Whether `v` is a Go map[string]interface{} in this representation. */
export function isGoMap(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function isGoInt(v: unknown): v is bigint | GoInt {
  return typeof v === 'bigint' || v instanceof GoInt;
}

/** Integer value of a Go int of any size. */
export function intValue(v: bigint | GoInt): bigint {
  return typeof v === 'bigint' ? v : v.value;
}

export function isUnsigned(v: unknown): boolean {
  return v instanceof GoInt && v.kind.startsWith('uint');
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** Wraps to int64 as Go's two's-complement arithmetic does. */
export function wrapInt64(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

export function int64(v: bigint): GoInt {
  return new GoInt('int64', BigInt.asIntN(64, v));
}

/** Go's float64 → int64 conversion on amd64: NaN and out-of-range give math.MinInt64. */
export function floatToInt64(f: number): bigint {
  if (!Number.isFinite(f)) return INT64_MIN;
  const t = Math.trunc(f);
  if (t >= 9223372036854775808 || t < -9223372036854775808) return INT64_MIN;
  return BigInt(t);
}

export { INT64_MIN, INT64_MAX };

/** Go type name of a value as reflect prints it (`%T`, error messages). */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int';
    case 'function':
      return 'func';
  }
  if (v instanceof GoInt) return v.kind;
  if (Array.isArray(v)) return (v as TypedSlice)[SLICE_TYPE] ?? '[]interface {}';
  if (v instanceof Uint8Array) return '[]uint8';
  if (v instanceof GoObject) return v.goType();
  if (isGoMap(v)) return (v as { [MAP_TYPE]?: string })[MAP_TYPE] ?? 'map[string]interface {}';
  return 'interface {}';
}

/** A named map type's name (`common.Values`), kept on the object where JSON and key listings do not see it. */
export const MAP_TYPE = Symbol('goMapType');

/** Marks a map as a value of a named map type (Helm's common.Values): same map, only its type name differs. */
export function asNamedMap<T extends Record<string, unknown>>(map: T, typeName: string): T {
  Object.defineProperty(map, MAP_TYPE, { value: typeName, enumerable: false, configurable: true, writable: true });
  return map;
}

/** reflect.Kind name as Sprig's kindOf reports it. */
export function goKindName(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int';
  }
  if (v instanceof GoInt) return v.kind;
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (isGoMap(v)) return 'map';
  if (v instanceof GoObject) {
    const u = v.underlying();
    if (u !== undefined) return Array.isArray(u.value) ? 'slice' : 'map';
    const t = v.goType();
    if (t.startsWith('*')) return 'ptr';
    if (t.startsWith('[]')) return 'slice';
    if (t === 'time.Duration') return 'int64';
    return 'struct';
  }
  return 'invalid';
}

/** text/template's truth: empty strings, collections, zero numbers, false and nil are false. */
export function isTrue(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'string':
      return v.length > 0;
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v instanceof GoInt) return v.value !== 0n;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (isGoMap(v)) {
    for (const _ in v) return true;
    return false;
  }
  if (v instanceof GoObject) return v.isTruthy();
  return true;
}


/** Number of map keys. */
export function mapSize(m: Record<string, unknown>): number {
  let n = 0;
  for (const _ in m) n++;
  return n;
}

/** Map keys in Go's sorted order (byte order of UTF-8, which equals code point order). */
export function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort(compareGoStrings);
}

export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 order differs from UTF-8 byte order only for surrogate pairs vs U+E000..U+FFFF.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : 1;
}
