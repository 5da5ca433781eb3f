/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */
import yaml from 'js-yaml';

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
  /** Map keys are stringified by the parser; an int key becomes its decimal text, as in Go. */
  toString(): string {
    return String(this.value);
  }
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

/**
 * js-yaml with a schema that hands every plain scalar to go-yaml's resolver (quoted scalars stay strings),
 * explicit !!int/!!float/!!bool/!!null/!!binary checked the same way, and merge keys. Two schemas: one
 * keeping ints exact (typed targets such as Chart.yaml), one turning them into float64 (values).
 */
function explicitType(tag: string, want: string, keepInts: boolean): yaml.Type {
  return new yaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: () => true,
    construct: (text: string) => {
      let v = tag === 'binary' ? text.replace(/\s+/g, '') : resolvePlainScalar(text);
      if (tag === 'binary') return v;
      const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof YamlInt ? 'int' : typeof v === 'number' ? 'float' : 'str';
      if (want === 'float' && got === 'int') v = Number((v as YamlInt).value);
      else if (got !== want) throw new YamlValuesError(`cannot decode !!${got} \`${text}\` as a !!${want}`, 0, 0);
      return v instanceof YamlInt && !keepInts ? Number(v.value) : v;
    },
  });
}

function goSchema(keepInts: boolean): yaml.Schema {
  const plain = new yaml.Type('tag:yaml.org,2002:goplain', {
    kind: 'scalar',
    resolve: (text: string | null) => text !== '<<',
    construct: (text: string | null) => {
      const v = resolvePlainScalar(text ?? '');
      return v instanceof YamlInt && !keepInts ? Number(v.value) : v;
    },
  });
  // `<<` stays a plain string key; normalizeKeys applies it with go-yaml v2's semantics.
  return yaml.FAILSAFE_SCHEMA.extend({
    implicit: [plain],
    explicit: [explicitType('int', 'int', keepInts), explicitType('float', 'float', keepInts), explicitType('bool', 'bool', keepInts), explicitType('null', 'null', keepInts), explicitType('binary', 'str', keepInts)],
  });
}

const schemas = { exact: goSchema(true), json: goSchema(false) };

/** Turns js-yaml's keys (String() of the resolved key) into the keys sigs.k8s.io/yaml produces. */
function normalizeKeys(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = normalizeKeys(v[i]);
    return v;
  }
  if (v !== null && typeof v === 'object' && !(v instanceof YamlInt)) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = normalizeKeys(o[k]);
    if (Object.hasOwn(o, '<<')) return applyMerge(o);
  }
  return v;
}

/** go-yaml v2 merge: merged keys are set where `<<` appears (overwriting earlier keys); in a list, earlier maps win. */
function applyMerge(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k !== '<<') {
      out[k] = v;
      continue;
    }
    const sources = Array.isArray(v) ? [...v].reverse() : [v];
    for (const src of sources) {
      if (src === null || typeof src !== 'object' || Array.isArray(src)) throw new YamlValuesError('map merge requires map or sequence of maps as the value', 1, 1);
      for (const [mk, mv] of Object.entries(src as Record<string, unknown>)) out[mk] = mv;
    }
  }
  return out;
}

/** Parses every document of a YAML stream into Go-typed values (null for empty documents). */
export function parseYamlDocuments(text: string, options: { keepInts?: boolean } = {}): unknown[] {
  try {
    const docs: unknown[] = [];
    yaml.loadAll(text, (d) => docs.push(d === undefined ? null : normalizeKeys(d)), { schema: options.keepInts ? schemas.exact : schemas.json, json: true });
    return docs;
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const mark = (e as unknown as { mark?: { line: number; column: number } }).mark;
      throw new YamlValuesError(e.reason, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1);
    }
    if (e instanceof YamlValuesError) throw e;
    throw e;
  }
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
