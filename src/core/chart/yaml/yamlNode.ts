/** The tree go-yaml v2 sees after sigs.k8s.io/yaml's JSON round trip: maps with string keys, sequences, strings, plain scalars. */
import { GoError } from '../template/goErrors.js';
import { formatFloat, formatJSONFloat } from '../template/goFloat.js';
import { GoInt, GoObject, isGoMap } from '../template/goValues.js';
import { marshalJSON, unmarshalJSON } from '../functions/goJson.js';
import { resolveJSONNumber } from './yamlResolve.js';

export type YamlNode =
  | { t: 'map'; entries: [string, YamlNode][] }
  | { t: 'seq'; items: YamlNode[] }
  | { t: 'str'; v: string; tag?: string }
  | { t: 'plain'; v: string; tag?: string };

/**
 * go-yaml's key order (sorter.go keyList.Less for string keys): digits compare as numbers, letters before others.
 * v3 changed one rule: after a common run of digits, a letter sorts after a digit (`a1b` < `a1x`, but `a10` < `a1b`).
 */
export function yamlKeyLess(a: string, b: string, version: 'v2' | 'v3' = 'v2'): boolean {
  // Keys are compared millions of times in a large render: code points go into reused buffers, not new arrays.
  const al = codePointsInto(a, 0);
  const bl = codePointsInto(b, 1);
  const ar = scratch[0]!;
  const br = scratch[1]!;
  let digits = false;
  for (let i = 0; i < al && i < bl; i++) {
    if (ar[i] === br[i]) {
      digits = isKeyDigit(ar[i]!);
      continue;
    }
    const aLetter = isKeyLetter(ar[i]!);
    const bLetter = isKeyLetter(br[i]!);
    if (aLetter && bLetter) return ar[i]! < br[i]!;
    if (aLetter || bLetter) return version === 'v3' && digits ? aLetter : bLetter;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isKeyDigit(ar[j]!); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < al && isKeyDigit(ar[ai]!); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai]! - 0x30));
    let bi = i;
    for (; bi < bl && isKeyDigit(br[bi]!); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi]! - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return al < bl;
}

const scratch = [new Uint32Array(64), new Uint32Array(64)];

/** Writes the code points of `s` into scratch buffer `which` (grown as needed); returns how many. */
function codePointsInto(s: string, which: 0 | 1): number {
  let buf = scratch[which]!;
  if (buf.length < s.length) buf = scratch[which] = new Uint32Array(s.length * 2);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    buf[n++] = c;
  }
  return n;
}

function isKeyLetter(r: number): boolean {
  return r < 0x80 ? (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) : /^\p{L}$/u.test(String.fromCodePoint(r));
}

function isKeyDigit(r: number): boolean {
  return r < 0x80 ? r >= 0x30 && r <= 0x39 : /^\p{Nd}$/u.test(String.fromCodePoint(r));
}

/** ASCII without digits: go-yaml's order is then a plain one once letters rank after every other character. */
const DIGITLESS_ASCII = /^[\x00-\x2f\x3a-\x7f]*$/;

export function sortYamlKeys(keys: string[], version: 'v2' | 'v3' = 'v2'): string[] {
  if (keys.length < 2) return keys;
  // Most keys (apiVersion, app.kubernetes.io/name, …) have no digit: each is ranked once instead of decoded on
  // every comparison. With digits (numeric runs) or beyond ASCII, the full comparison.
  if (keys.every((k) => DIGITLESS_ASCII.test(k))) {
    const ranked = keys.map((k) => [letterRanked(k), k] as const);
    ranked.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i < keys.length; i++) keys[i] = ranked[i]![1];
    return keys;
  }
  return keys.sort((x, y) => (yamlKeyLess(x, y, version) ? -1 : yamlKeyLess(y, x, version) ? 1 : 0));
}

/** The key with every ASCII letter moved above 0xff: non-letters first, then letters, each by code point. */
function letterRanked(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    out += String.fromCharCode((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 0x100 + c : c);
  }
  return out;
}

function numberNode(jsonText: string): YamlNode {
  const r = resolveJSONNumber(jsonText);
  if (r.kind === 'int') return { t: 'plain', v: r.value.toString() };
  const f = r.value;
  let s = formatFloat(f, 'g', -1);
  if (s === '+Inf') s = '.inf';
  else if (s === '-Inf') s = '-.inf';
  else if (s === 'NaN') s = '.nan';
  return { t: 'plain', v: s };
}

/** Converts a Go value to what go-yaml v2 decodes from its JSON encoding (json.Marshal errors propagate as GoError). */
export function toYamlNode(v: unknown): YamlNode {
  if (v === null || v === undefined) return { t: 'plain', v: 'null' };
  switch (typeof v) {
    case 'string':
      // go-yaml reads the JSON text back: inside its double-quoted scalars NEL, LS and PS are line breaks and fold to a space.
      // json.Marshal writes U+FFFD for a byte of invalid UTF-8 (a lone surrogate here, template/goBytes.ts).
      const s = v.replace(/[\ud800-\udfff]/gu, '\ufffd');
      return { t: 'str', v: /[\u0085\u2028\u2029]/.test(s) ? s.replace(/[ \t]*[\u0085\u2028\u2029][ \t]*/g, ' ') : s };
    case 'boolean':
      return { t: 'plain', v: v ? 'true' : 'false' };
    case 'number':
      if (!Number.isFinite(v)) throw new GoError(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
      return numberNode(formatJSONFloat(v));
    case 'bigint':
      return numberNode(v.toString());
  }
  if (v instanceof GoInt) return numberNode(v.value.toString());
  if (Array.isArray(v)) return { t: 'seq', items: v.map(toYamlNode) };
  if (isGoMap(v)) return { t: 'map', entries: sortYamlKeys(Object.keys(v)).map((k) => [k, toYamlNode(v[k])]) };
  if (v instanceof Uint8Array || v instanceof GoObject) return fromJSONValue(unmarshalJSON(marshalJSON(v)));
  throw new GoError(`json: unsupported type: ${typeof v}`);
}

function fromJSONValue(v: unknown): YamlNode {
  if (typeof v === 'number') return numberNode(formatJSONFloat(v));
  return toYamlNode(v);
}

void formatFloat;
