/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export class YamlValuesError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const RESOLVED: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, null] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity] as const),
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[bB][01]+|0[oO][0-7]+|0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

/** A YAML integer as go-yaml decodes it (kept exact), distinct from a float. */
export class YamlInt {
  constructor(readonly value: bigint) {}
}

/**
 * go-yaml v2's resolve() of a plain scalar: null, bool, YamlInt (Go's ParseInt/ParseUint with base
 * prefixes and leading-zero octal, underscores dropped), float (number) or the string itself.
 */
export function resolvePlainScalar(text: string): unknown {
  const c = text.length === 0 ? 0 : text.charCodeAt(0);
  const digitOrSign = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d;
  const hinted = text.length === 0 || digitOrSign || c === 0x2e || 'yYnNtTfFoO~'.includes(text[0]!);
  if (!hinted) return text;
  if (RESOLVED.has(text)) return RESOLVED.get(text);
  if (c === 0x2e) return DOT_FLOAT.test(text) ? Number(text) : text;
  if (!digitOrSign) return text;
  const plain = text.replaceAll('_', '');
  if (GO_INT.test(plain)) {
    const n = goParseInt(plain);
    if (n !== undefined) return new YamlInt(n);
  }
  if (YAML_FLOAT.test(plain)) return Number(plain);
  return text;
}

function goParseInt(s: string): bigint | undefined {
  let negative = false;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  let value: bigint;
  if (/^0[bB]/.test(body)) value = BigInt('0b' + body.slice(2));
  else if (/^0[oO]/.test(body)) value = BigInt('0o' + body.slice(2));
  else if (/^0[xX]/.test(body)) value = BigInt('0x' + body.slice(2));
  else if (body.length > 1 && body[0] === '0') value = BigInt('0o' + body.slice(1));
  else value = BigInt(body);
  const signed = negative ? -value : value;
  // ParseInt (int64) or, for non-negative values, ParseUint (uint64); otherwise the text is tried as a float.
  if (signed < -(1n << 63n) || signed > (1n << 64n) - 1n) return undefined;
  return signed;
}

/** strconv.FormatFloat(f, 'g', -1, 32): how sigs.k8s.io/yaml turns a float key or string field into text. */
export function formatFloat32G(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const target = Math.fround(f);
  let exp = '';
  for (let p = 1; p <= 9; p++) {
    exp = target.toExponential(p - 1);
    if (Math.fround(Number(exp)) === target) break;
  }
  const [mant, e] = exp.split('e') as [string, string];
  const digits = mant.replace('-', '').replace('.', '');
  const x = Number(e);
  const sign = target < 0 ? '-' : '';
  if (x < -4 || x >= 6) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return `${sign}${m}e${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
  }
  if (x < 0) return `${sign}0.${'0'.repeat(-x - 1)}${digits}`;
  if (digits.length <= x + 1) return sign + digits + '0'.repeat(x + 1 - digits.length);
  return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
}

/** The key of a Go map after sigs.k8s.io/yaml's JSON conversion. */
function keyString(key: unknown): string {
  if (key instanceof YamlInt) return String(key.value);
  if (typeof key === 'number') {
    const s = formatFloat32G(key);
    return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
  }
  return String(key);
}

interface Context {
  doc: Document;
  lines: LineCounter;
  /** Keep YAML ints as YamlInt (for typed targets such as Chart.yaml) instead of JSON's float64. */
  keepInts: boolean;
}

function positionOf(ctx: Context, node: Node | null | undefined): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const pos = ctx.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function fail(ctx: Context, node: Node | null | undefined, message: string): never {
  const { line, column } = positionOf(ctx, node);
  throw new YamlValuesError(message, line, column);
}

function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

function scalarValue(node: Node, ctx: Context): unknown {
  if (!isScalar(node)) return undefined;
  const tag = node.tag;
  const raw = node.value;
  const text = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
  let v: unknown;
  if (tag === undefined || tag === '!') v = node.type === 'PLAIN' && tag === undefined ? resolvePlainScalar(text) : text;
  else if (tag === 'tag:yaml.org,2002:str') v = text;
  else if (tag === 'tag:yaml.org,2002:binary') v = text.replace(/\s+/g, '');
  else if (tag === 'tag:yaml.org,2002:int' || tag === 'tag:yaml.org,2002:float' || tag === 'tag:yaml.org,2002:bool' || tag === 'tag:yaml.org,2002:null') {
    v = resolvePlainScalar(text);
    const want = tag.slice('tag:yaml.org,2002:'.length);
    const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof YamlInt ? 'int' : typeof v === 'number' ? 'float' : 'str';
    if (want === 'float' && got === 'int') v = Number((v as YamlInt).value);
    else if (got !== want) fail(ctx, node, `cannot decode !!${got} \`${text}\` as a !!${want}`);
  } else v = text; // unknown local tags decode as their scalar text, as go-yaml does for interface{} targets
  if (v instanceof YamlInt && !ctx.keepInts) return Number(v.value);
  return v;
}

function toGo(node: unknown, ctx: Context, depth: number): unknown {
  if (depth > 10000) fail(ctx, null, 'document nested too deeply');
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toGo(node.resolve(ctx.doc), ctx, depth + 1);
  if (isScalar(node)) return scalarValue(node, ctx);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as Node | null;
      if (isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.value === '<<' && (keyNode.tag === undefined || keyNode.tag === 'tag:yaml.org,2002:merge')) {
        mergeInto(out, item.value as Node | null, ctx, depth);
        continue;
      }
      const key = toGo(keyNode, ctx, depth + 1);
      if (key !== null && typeof key === 'object' && !(key instanceof YamlInt)) fail(ctx, keyNode, `invalid map key: ${JSON.stringify(key)}`);
      setKey(out, keyString(key), toGo(item.value, ctx, depth + 1));
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toGo(item, ctx, depth + 1));
  return null;
}

/** go-yaml v2's merge: keys of the merged map(s) are set where `<<` appears; in a list earlier maps win. */
function mergeInto(out: Record<string, unknown>, value: Node | null, ctx: Context, depth: number): void {
  const target = isAlias(value) ? (value.resolve(ctx.doc) as Node | undefined) : value;
  const sources: (Node | null | undefined)[] = isSeq(target) ? [...(target.items as (Node | null)[])].reverse() : [value];
  for (const src of sources) {
    const resolved = isAlias(src) ? src.resolve(ctx.doc) : src;
    if (!isMap(resolved)) fail(ctx, value, 'map merge requires map or sequence of maps as the value');
    const m = toGo(resolved, ctx, depth + 1) as Record<string, unknown>;
    for (const [k, v] of Object.entries(m)) setKey(out, k, v);
  }
}

const PARSE_OPTIONS = {
  schema: 'failsafe',
  uniqueKeys: false,
  merge: false,
  keepSourceTokens: false,
  strict: false,
  prettyErrors: false,
  maxAliasCount: -1,
} as const;

/** Parses every document of a YAML stream into Go-typed values (null for empty documents). */
export function parseYamlDocuments(text: string, options: { keepInts?: boolean } = {}): unknown[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lines });
  const list = Array.isArray(docs) ? docs : [];
  const out: unknown[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const pos = lines.linePos(err.pos[0]);
      throw new YamlValuesError(firstLine(err.message), pos.line, pos.col);
    }
    out.push(toGo(doc.contents, { doc, lines, keepInts: options.keepInts ?? false }, 0));
  }
  return out;
}

function firstLine(message: string): string {
  const i = message.indexOf('\n');
  return (i < 0 ? message : message.slice(0, i)).replace(/ at line \d+, column \d+:?$/, '');
}

/** Parses one YAML document (Helm's yaml.Unmarshal): the first document of the stream. */
export function parseYamlDocument(text: string, options: { keepInts?: boolean } = {}): unknown {
  const docs = parseYamlDocuments(text, options);
  return docs.length === 0 ? null : docs[0];
}

export function isValuesMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * Helm's loader.LoadValues: every document of the stream must be a map (or empty); documents are merged
 * in order, later keys winning (MergeMaps).
 */
export function readValuesText(text: string): Record<string, unknown> {
  let values: Record<string, unknown> = {};
  const docs = parseYamlDocuments(text);
  for (const doc of docs) {
    if (doc === null) continue;
    if (!isValuesMap(doc)) {
      const kind = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'number' ? 'number' : 'bool';
      throw new YamlValuesError(`cannot unmarshal ${kind} into Go value of type map[string]interface {}`, 1, 1);
    }
    values = mergeMaps(values, doc);
  }
  return values;
}

/** Helm's loader.MergeMaps: b's keys over a's, nested maps merged, new maps returned. */
export function mergeMaps(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (isValuesMap(v)) {
      const bv = out[k];
      if (isValuesMap(bv)) {
        out[k] = mergeMaps(bv, v);
        continue;
      }
    }
    out[k] = v;
  }
  return out;
}
