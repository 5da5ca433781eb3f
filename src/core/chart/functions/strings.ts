/** Sprig's string functions, with Go's byte-oriented semantics where Go has them. */
import { decodeGoBytes, goRuneText, goStringByteLength, goStringBytes } from '../template/goBytes.js';
import { GoError } from '../template/goErrors.js';
import { sprintf } from '../template/goFormat.js';
import { goQuote } from '../template/goQuote.js';
import { GoInt, SLICE_TYPE, type TypedSlice, reflectCollection, typedSlice } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import {
  bytesAsRunes,
  isConnectorRune,
  isLetterRune,
  isLowerRune,
  isNumberRune,
  isPunctRune,
  isSpaceRune,
  isTitleRune,
  isUpperRune,
  lowerRune,
  mapRunes,
  sliceBytes,
  strval,
  titleRune,
  upperRune,
} from './goConvert.js';
import { def, defVariadic } from './define.js';

function n(v: unknown): number {
  return Number(v as bigint);
}

function latin1Runes(bytes: number[]): string {
  return String.fromCodePoint(...bytes);
}

/** strings.Title: upper-cases letters that start words. */
function title(s: string): string {
  let prev = 0x20;
  let out = '';
  for (const ch of goRuneText(s)) {
    const r = ch.codePointAt(0)!;
    out += isSeparator(prev) ? String.fromCodePoint(titleRune(r)) : ch;
    prev = r;
  }
  return out;
}
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetterRune(r) || /^\p{Nd}$/u.test(String.fromCodePoint(r))) return false;
  return isSpaceRune(r);
}

function abbreviateFull(str: string, offset: number, maxWidth: number): string {
  return decodeGoBytes(abbreviateBytes(goStringBytes(str), offset, maxWidth));
}

/** goutils.AbbreviateFull on bytes (Go slices strings by byte). */
function abbreviateBytes(b: Buffer, offset: number, maxWidth: number): Buffer {
  const len = b.length;
  const dots = Buffer.from('...');
  if (len === 0) return b;
  if (len <= maxWidth) return b;
  if (offset > len) offset = len;
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
  if (offset <= 4) return Buffer.concat([b.subarray(0, maxWidth - 3), dots]);
  if (maxWidth < 7) return Buffer.alloc(0);
  if (offset + maxWidth - 3 < len) return Buffer.concat([dots, abbreviateBytes(b.subarray(offset), 0, maxWidth - 3)]);
  return Buffer.concat([dots, b.subarray(len - (maxWidth - 3))]);
}

/** goutils.WrapCustom (byte offsets, as Go). */
export function wrapCustom(str: string, wrapLength: number, newLineStr: string, wrapLongWords: boolean): string {
  if (str === '') return '';
  if (newLineStr === '') newLineStr = '\n';
  if (wrapLength < 1) wrapLength = 1;
  const b = goStringBytes(str);
  const len = b.length;
  let offset = 0;
  const parts: Buffer[] = [];
  const nl = goStringBytes(newLineStr);
  while (len - offset > wrapLength) {
    if (b[offset] === 0x20) {
      offset++;
      continue;
    }
    const end = wrapLength + offset + 1;
    const seg = b.subarray(offset, Math.min(end, len));
    if (end > len) throw new GoError(`runtime error: slice bounds out of range [:${end}] with length ${len}`);
    const spaceToWrapAt = seg.lastIndexOf(0x20) + offset;
    if (spaceToWrapAt >= offset) {
      parts.push(b.subarray(offset, spaceToWrapAt), nl);
      offset = spaceToWrapAt + 1;
    } else if (wrapLongWords) {
      parts.push(b.subarray(offset, wrapLength + offset), nl);
      offset += wrapLength;
    } else {
      const e = wrapLength + offset;
      const index = b.subarray(e).indexOf(0x20);
      if (index === -1) {
        parts.push(b.subarray(offset));
        offset = len;
      } else {
        parts.push(b.subarray(offset, index + e), nl);
        offset = index + e + 1;
      }
    }
  }
  parts.push(b.subarray(offset));
  return decodeGoBytes(Buffer.concat(parts));
}

function swapCase(str: string): string {
  let whitespace = true;
  let out = '';
  for (const ch of str) {
    const r = ch.codePointAt(0)!;
    let o = r;
    if (isUpperRune(r) || isTitleRune(r)) {
      o = lowerRune(r);
      whitespace = false;
    } else if (isLowerRune(r)) {
      o = whitespace ? titleRune(r) : upperRune(r);
      whitespace = false;
    } else whitespace = isSpaceRune(r);
    out += String.fromCodePoint(o);
  }
  return out;
}

function uncapitalize(str: string): string {
  let next = true;
  let out = '';
  for (const ch of str) {
    const r = ch.codePointAt(0)!;
    if (isSpaceRune(r)) {
      next = true;
      out += ch;
    } else if (next) {
      out += String.fromCodePoint(lowerRune(r));
      next = false;
    } else out += ch;
  }
  return out;
}

function initials(str: string): string {
  const out: number[] = [];
  let lastWasGap = true;
  for (const b of bytesAsRunes(str)) {
    if (isSpaceRune(b)) lastWasGap = true;
    else if (lastWasGap) {
      out.push(b);
      lastWasGap = false;
    }
  }
  return latin1Runes(out);
}

function deleteWhiteSpace(str: string): string {
  const bytes = bytesAsRunes(str);
  const kept = bytes.filter((b) => !isSpaceRune(b));
  if (kept.length === bytes.length) return str;
  return latin1Runes(kept);
}

// xstrings (huandu/xstrings v1.5.0) case conversions.
const CJK_MIN = 0x3400;
function isAlphabet(r: number): boolean {
  if (!isLetterRune(r)) return false;
  if (r < CJK_MIN) return true;
  return !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(String.fromCodePoint(r));
}

function toCamelCase(str: string, isBig: boolean): string {
  if (str.length === 0) return '';
  const runes = [...str].map((c) => c.codePointAt(0)!);
  let out = '';
  let i = 0;
  let isFirstRuneUpper = false;
  let r0 = 0;
  let size = 0;
  while (i < runes.length) {
    r0 = runes[i++]!;
    size = 1;
    if (!isConnectorRune(r0)) {
      isFirstRuneUpper = isUpperRune(r0);
      r0 = isBig ? upperRune(r0) : lowerRune(r0);
      break;
    }
    out += String.fromCodePoint(r0);
  }
  if (i >= runes.length) {
    if (size !== 0 && !isConnectorRune(r0)) out += String.fromCodePoint(r0);
    else if (size !== 0 && isConnectorRune(r0)) {
      // the loop above already wrote every connector
    }
    return out;
  }
  while (i < runes.length) {
    const r1 = r0;
    r0 = runes[i++]!;
    if (isConnectorRune(r0) && isConnectorRune(r1)) {
      out += String.fromCodePoint(r1);
      continue;
    }
    if (isConnectorRune(r1)) {
      isFirstRuneUpper = isUpperRune(r0);
      r0 = upperRune(r0);
    } else {
      if (isFirstRuneUpper) {
        if (isUpperRune(r0)) r0 = lowerRune(r0);
        else isFirstRuneUpper = false;
      }
      out += String.fromCodePoint(r1);
    }
  }
  if (isFirstRuneUpper && !isBig) r0 = lowerRune(r0);
  out += String.fromCodePoint(r0);
  return out;
}

const enum Word {
  Invalid,
  Number,
  Upper,
  Alphabet,
  Connector,
  Punct,
  Other,
}

function nextWord(runes: number[], start: number): [Word, number, number] {
  // returns [type, wordStart, wordEnd]; remaining starts at wordEnd
  if (start >= runes.length) return [Word.Invalid, start, start];
  let i = start;
  const r = runes[i++]!;
  let end = i;
  if (isConnectorRune(r)) {
    while (i < runes.length && isConnectorRune(runes[i]!)) i++;
    return [Word.Connector, start, i];
  }
  if (isPunctRune(r)) {
    while (i < runes.length && isPunctRune(runes[i]!)) i++;
    return [Word.Punct, start, i];
  }
  if (isUpperRune(r)) {
    if (i >= runes.length) return [Word.Upper, start, i];
    const r2 = runes[i]!;
    if (isUpperRune(r2)) {
      i++;
      end = i;
      while (i < runes.length && isUpperRune(runes[i]!)) {
        i++;
        end = i;
      }
      if (i < runes.length && isAlphabet(runes[i]!)) end -= 1;
      return [Word.Upper, start, end];
    }
    if (isAlphabet(r2)) {
      i++;
      while (i < runes.length && isAlphabet(runes[i]!) && !isUpperRune(runes[i]!)) i++;
      return [Word.Upper, start, i];
    }
    return [Word.Upper, start, i];
  }
  if (isAlphabet(r)) {
    while (i < runes.length && isAlphabet(runes[i]!) && !isUpperRune(runes[i]!)) i++;
    return [Word.Alphabet, start, i];
  }
  if (isNumberRune(r)) {
    while (i < runes.length && isNumberRune(runes[i]!)) i++;
    return [Word.Number, start, i];
  }
  while (i < runes.length) {
    const x = runes[i]!;
    if (isConnectorRune(x) || isAlphabet(x) || isNumberRune(x) || isPunctRune(x)) break;
    i++;
  }
  return [Word.Other, start, i];
}

function camelCaseToLowerCase(str: string, connector: string): string {
  if (str.length === 0) return '';
  const runes = [...str].map((c) => c.codePointAt(0)!);
  let out = '';
  const toLower = (wt: Word, s: number, e: number) => {
    if (wt !== Word.Upper && wt !== Word.Connector) {
      for (let k = s; k < e; k++) out += String.fromCodePoint(runes[k]!);
      return;
    }
    for (let k = s; k < e; k++) {
      const r = runes[k]!;
      if (isConnectorRune(r)) out += connector;
      else if (isUpperRune(r)) out += String.fromCodePoint(lowerRune(r));
      else out += String.fromCodePoint(r);
    }
  };
  let [wt, ws, we] = nextWord(runes, 0);
  let rem = we;
  while (rem < runes.length) {
    if (wt !== Word.Connector) toLower(wt, ws, we);
    const prev = wt;
    const lastS = ws;
    const lastE = we;
    [wt, ws, we] = nextWord(runes, rem);
    rem = we;
    switch (prev) {
      case Word.Number:
        while (wt === Word.Alphabet || wt === Word.Number) {
          toLower(wt, ws, we);
          [wt, ws, we] = nextWord(runes, rem);
          rem = we;
        }
        if (wt !== Word.Invalid && wt !== Word.Punct && wt !== Word.Connector) out += connector;
        break;
      case Word.Connector:
        toLower(prev, lastS, lastE);
        break;
      case Word.Punct:
        break;
      default: {
        if (wt !== Word.Number) {
          if (wt !== Word.Connector && wt !== Word.Punct) out += connector;
          break;
        }
        if (rem >= runes.length) break;
        const nS = ws;
        const nE = we;
        [wt, ws, we] = nextWord(runes, rem);
        rem = we;
        if (wt !== Word.Alphabet) {
          toLower(Word.Number, nS, nE);
          if (wt !== Word.Connector && wt !== Word.Punct) out += connector;
          break;
        }
        out += connector;
        toLower(Word.Number, nS, nE);
        while (wt === Word.Alphabet || wt === Word.Number) {
          toLower(wt, ws, we);
          [wt, ws, we] = nextWord(runes, rem);
          rem = we;
        }
        if (wt !== Word.Invalid && wt !== Word.Connector && wt !== Word.Punct) out += connector;
      }
    }
  }
  toLower(wt, ws, we);
  return out;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NUM = '0123456789';
function randomFrom(count: number, chars: string): string {
  if (count < 0) throw new GoError(`Requested random string length ${count} is less than 0.`);
  let out = '';
  // node:crypto is loaded on first use: loading it costs a few ms of start-up, and most charts never call this.
  const { randomInt } = process.getBuiltinModule('node:crypto');
  for (let i = 0; i < count; i++) out += chars[randomInt(chars.length)];
  return out;
}
const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(32 + i)).join('');

function strslice(v: unknown): string[] {
  v = reflectCollection(v);
  if (Array.isArray(v)) {
    if ((v as TypedSlice)[SLICE_TYPE] === '[]string') return v as string[];
    return typedSlice(
      v.filter((x) => x !== null && x !== undefined).map(strval),
      '[]string',
    );
  }
  if (v === null || v === undefined) return typedSlice([], '[]string');
  return typedSlice([strval(v)], '[]string');
}

function splitGo(s: string, sep: string, limit = -1): string[] {
  if (limit === 0) return [];
  if (sep === '') {
    const runes = [...s];
    if (limit > 0 && runes.length > limit) return [...runes.slice(0, limit - 1), runes.slice(limit - 1).join('')];
    return runes;
  }
  const parts = s.split(sep);
  if (limit > 0 && parts.length > limit) return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(sep)];
  return parts;
}

function splitMap(parts: string[]): Record<string, unknown> {
  const res: Record<string, unknown> = {};
  parts.forEach((p, i) => (res['_' + i] = p));
  return res;
}

/** strings.Trim with a cutset. */
function trimCutset(s: string, cutset: string): string {
  const set = new Set([...cutset]);
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && set.has(chars[a]!)) a++;
  while (b > a && set.has(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

/** strings.TrimSpace (unicode.IsSpace). */
export function trimSpace(s: string): string {
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && isSpaceRune(chars[a]!.codePointAt(0)!)) a++;
  while (b > a && isSpaceRune(chars[b - 1]!.codePointAt(0)!)) b--;
  return chars.slice(a, b).join('');
}

function repeat(count: bigint, s: string): string {
  if (count < 0n) throw new GoError('strings: negative Repeat count');
  return s.repeat(Number(count));
}

function indent(spaces: bigint, v: string): string {
  const pad = ' '.repeat(Math.max(Number(spaces), 0));
  if (spaces < 0n) throw new GoError('strings: negative Repeat count');
  return pad + v.replaceAll('\n', '\n' + pad);
}

function substr(start: bigint, end: bigint, s: string): string {
  const st = Number(start);
  const en = Number(end);
  const len = goStringByteLength(s);
  if (st < 0) return sliceBytes(s, 0, en);
  if (en < 0 || en > len) return sliceBytes(s, st, len);
  return sliceBytes(s, st, en);
}

function trunc(c: bigint, s: string): string {
  const len = goStringByteLength(s);
  const cn = Number(c);
  if (cn < 0 && len + cn > 0) return sliceBytes(s, len + cn, len);
  if (cn >= 0 && len > cn) return sliceBytes(s, 0, cn);
  return s;
}

function seq(params: bigint[]): string {
  let increment = 1n;
  let start: bigint;
  let end: bigint;
  switch (params.length) {
    case 0:
      return '';
    case 1:
      start = 1n;
      end = params[0]!;
      if (end < start) increment = -1n;
      break;
    case 2:
      start = params[0]!;
      end = params[1]!;
      if (end < start) increment = -1n;
      break;
    case 3:
      start = params[0]!;
      end = params[2]!;
      increment = params[1]!;
      if (end < start) {
        if (increment > 0n) return '';
      } else if (increment < 0n) return '';
      break;
    default:
      return '';
  }
  const out: string[] = [];
  if (increment === 0n) throw new GoError('runtime error: integer divide by zero');
  // Sprig: intArrayToString(untilStep(start, end+increment, increment), " ")
  const stop = end + increment;
  if (stop < start) {
    if (increment >= 0n) return '';
    for (let i = start; i > stop; i += increment) out.push(String(i));
  } else {
    if (increment <= 0n) return '';
    for (let i = start; i < stop; i += increment) out.push(String(i));
  }
  return out.join(' ');
}

export const stringFunctions: Record<string, GoFunc> = {
  hello: def([], () => 'Hello!'),
  abbrev: def(['int', 'string'], (w: bigint, s: string) => (w < 4n ? s : abbreviateFull(s, 0, Number(w)))),
  abbrevboth: def(['int', 'int', 'string'], (l: bigint, r: bigint, s: string) =>
    r < 4n || (l > 0n && r < 7n) ? s : abbreviateFull(s, Number(l), Number(r)),
  ),
  trunc: def(['int', 'string'], trunc),
  trim: def(['string'], trimSpace),
  upper: def(['string'], (s: string) => mapRunes(s, upperRune)),
  lower: def(['string'], (s: string) => mapRunes(s, lowerRune)),
  title: def(['string'], title),
  untitle: def(['string'], uncapitalize),
  substr: def(['int', 'int', 'string'], substr),
  repeat: def(['int', 'string'], repeat),
  trimall: def(['string', 'string'], (a: string, b: string) => trimCutset(b, a)),
  trimAll: def(['string', 'string'], (a: string, b: string) => trimCutset(b, a)),
  trimSuffix: def(['string', 'string'], (a: string, b: string) => (a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b)),
  trimPrefix: def(['string', 'string'], (a: string, b: string) => (b.startsWith(a) ? b.slice(a.length) : b)),
  nospace: def(['string'], deleteWhiteSpace),
  initials: def(['string'], initials),
  randAlphaNum: def(['int'], (c: bigint) => randomFrom(n(c), ALPHA + NUM)),
  randAlpha: def(['int'], (c: bigint) => randomFrom(n(c), ALPHA)),
  randAscii: def(['int'], (c: bigint) => randomFrom(n(c), ASCII)),
  randNumeric: def(['int'], (c: bigint) => randomFrom(n(c), NUM)),
  swapcase: def(['string'], swapCase),
  shuffle: def(['string'], (s: string) => {
    const r = [...s];
    const { randomInt } = process.getBuiltinModule('node:crypto');
    for (let i = r.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [r[i], r[j]] = [r[j]!, r[i]!];
    }
    return r.join('');
  }),
  snakecase: def(['string'], (s: string) => camelCaseToLowerCase(s, '_')),
  camelcase: def(['string'], (s: string) => toCamelCase(s, true)),
  kebabcase: def(['string'], (s: string) => camelCaseToLowerCase(s, '-')),
  wrap: def(['int', 'string'], (l: bigint, s: string) => wrapCustom(s, n(l), '\n', false)),
  wrapWith: def(['int', 'string', 'string'], (l: bigint, sep: string, s: string) => wrapCustom(s, n(l), sep, true)),
  contains: def(['string', 'string'], (sub: string, s: string) => s.includes(sub)),
  hasPrefix: def(['string', 'string'], (sub: string, s: string) => s.startsWith(sub)),
  hasSuffix: def(['string', 'string'], (sub: string, s: string) => s.endsWith(sub)),
  quote: defVariadic([], 'any', (xs: unknown[]) =>
    xs
      .filter((x) => x !== null && x !== undefined)
      .map((x) => goQuote(strval(x)))
      .join(' '),
  ),
  squote: defVariadic([], 'any', (xs: unknown[]) =>
    xs
      .filter((x) => x !== null && x !== undefined)
      .map((x) => sprintf("'%v'", [x]))
      .join(' '),
  ),
  cat: defVariadic([], 'any', (xs: unknown[]) => {
    const v = xs.filter((x) => x !== null && x !== undefined);
    return sprintf(Array(v.length).fill('%v').join(' '), v);
  }),
  indent: def(['int', 'string'], indent),
  nindent: def(['int', 'string'], (sp: bigint, v: string) => '\n' + indent(sp, v)),
  replace: def(['string', 'string', 'string'], (o: string, nw: string, src: string) => replaceAllGo(src, o, nw)),
  plural: def(['string', 'string', 'int'], (one: string, many: string, c: bigint) => (c === 1n ? one : many)),
  toString: def(['any'], (v: unknown) => strval(v === undefined ? null : v)),
  toStrings: def(['any'], strslice),
  join: def(['string', 'any'], (sep: string, v: unknown) => strslice(v).join(sep)),
  split: def(['string', 'string'], (sep: string, s: string) => splitMap(splitGo(s, sep))),
  splitn: def(['string', 'int', 'string'], (sep: string, c: bigint, s: string) => splitMap(splitGo(s, sep, n(c)))),
  splitList: def(['string', 'string'], (sep: string, s: string) => typedSlice(splitGo(s, sep), '[]string')),
  seq: defVariadic([], 'int', (ps: bigint[]) => seq(ps)),
};

/** strings.Replace(s, old, new, -1), including Go's behaviour for an empty `old` (insert between runes). */
function replaceAllGo(s: string, old: string, nw: string): string {
  if (old === '') {
    const runes = [...s];
    return nw + runes.map((r) => r + nw).join('');
  }
  return s.split(old).join(nw);
}

export { strslice, GoInt };
