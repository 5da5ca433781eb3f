/** Conversions Sprig relies on (spf13/cast, strval) and Go string/unicode primitives over JS strings. */
import { decodeGoBytes, goRuneText, goStringByteLength, goStringBytes } from '../template/goBytes.js';
import { GoError } from '../template/goErrors.js';
import { formatFloat } from '../template/goFloat.js';
import { formatValue } from '../template/goFormat.js';
import { parseGoFloat, parseGoInt } from '../template/goNumbers.js';
import { GoInt, GoObject, floatToInt64, intValue } from '../template/goValues.js';

function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') foundZero = true;
    else return s;
  }
  return s;
}

/** cast.ToInt64E: [value, ok]. */
export function castInt64(v: unknown): [bigint, boolean] {
  if (v === null || v === undefined) return [0n, true];
  switch (typeof v) {
    case 'bigint':
      return [v, true];
    case 'number':
      return [floatToInt64(v), true];
    case 'boolean':
      return [v ? 1n : 0n, true];
    case 'string': {
      const n = parseGoInt(trimZeroDecimal(v));
      return n === undefined ? [0n, false] : [n, true];
    }
  }
  if (v instanceof GoInt) return [BigInt.asIntN(64, v.value), true];
  return [0n, false];
}

export function toInt64(v: unknown): bigint {
  return castInt64(v)[0];
}

/** cast.ToFloat64. */
export function toFloat64(v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const f = parseGoFloat(v);
      return f === undefined ? 0 : f;
    }
  }
  if (v instanceof GoInt) return Number(intValue(v));
  return 0;
}

/** Sprig's strval: strings as is, []byte as text, Stringers via String(), the rest with %v. */
export function strval(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return decodeGoBytes(v);
  if (v instanceof GoObject && !v.pointerStringer()) {
    const s = v.goString();
    if (s !== undefined) return s;
  }
  return formatValue(v === undefined ? null : v);
}

/** cast.ToString (used by toString-like helpers): floats in 'f' form. */
export function castString(v: unknown): string {
  if (typeof v === 'number') return formatFloat(v, 'f', -1);
  return strval(v);
}

/** Go's s[lo:hi] on a string's UTF-8 bytes, with Go's panic text when out of range. */
export function sliceBytes(s: string, lo: number, hi: number): string {
  const ascii = /^[\x00-\x7f]*$/.test(s);
  const len = ascii ? s.length : goStringByteLength(s);
  if (hi < 0 || hi > len) throw new GoError(`runtime error: slice bounds out of range [:${hi}] with length ${len}`);
  if (lo < 0 || lo > hi) throw new GoError(`runtime error: slice bounds out of range [${lo}:${hi}]`);
  if (ascii) return s.slice(lo, hi);
  return decodeGoBytes(goStringBytes(s).subarray(lo, hi));
}

/** unicode.IsSpace. */
export function isSpaceRune(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return /^\p{White_Space}$/u.test(String.fromCodePoint(r));
}

export function isUpperRune(r: number): boolean {
  return /^\p{Lu}$/u.test(String.fromCodePoint(r));
}
export function isLowerRune(r: number): boolean {
  return /^\p{Ll}$/u.test(String.fromCodePoint(r));
}
export function isTitleRune(r: number): boolean {
  return /^\p{Lt}$/u.test(String.fromCodePoint(r));
}
export function isLetterRune(r: number): boolean {
  return /^\p{L}$/u.test(String.fromCodePoint(r));
}
export function isDigitRune(r: number): boolean {
  return /^\p{Nd}$/u.test(String.fromCodePoint(r));
}
export function isNumberRune(r: number): boolean {
  return /^\p{N}$/u.test(String.fromCodePoint(r));
}
export function isPunctRune(r: number): boolean {
  return /^\p{P}$/u.test(String.fromCodePoint(r));
}

/** unicode.ToUpper of one rune: only simple (one-to-one) mappings, as Go. */
export function upperRune(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  const s = String.fromCodePoint(r).toUpperCase();
  const cp = s.codePointAt(0)!;
  return s.length === String.fromCodePoint(cp).length ? cp : r;
}
export function lowerRune(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r === 0x130) return 0x69; // İ → i (Go's simple mapping)
  const s = String.fromCodePoint(r).toLowerCase();
  const cp = s.codePointAt(0)!;
  return s.length === String.fromCodePoint(cp).length ? cp : r;
}
/** unicode.ToTitle: title case equals upper case except for the few digraphs. */
export function titleRune(r: number): number {
  const digraphs: Record<number, number> = { 0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8, 0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2 };
  return digraphs[r] ?? upperRune(r);
}

export function mapRunes(s: string, f: (r: number) => number): string {
  if (/^[\x00-\x7f]*$/.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i)));
    return out;
  }
  let out = '';
  // strings.Map reads runes: a byte of invalid UTF-8 is U+FFFD.
  for (const ch of goRuneText(s)) out += String.fromCodePoint(f(ch.codePointAt(0)!));
  return out;
}

/** Go's `rune(str[i])` loops: each UTF-8 byte seen as a Latin-1 rune, written back as UTF-8. */
export function bytesAsRunes(s: string): number[] {
  return [...goStringBytes(s)];
}

/** xstrings' connector: '-', '_' or a space. */
export function isConnectorRune(r: number): boolean {
  return r === 0x2d || r === 0x5f || isSpaceRune(r);
}
