/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */
import yaml from 'js-yaml';
import { formatFloat as goFormatFloat } from '../template/goFloat.js';
import { readBlockYaml } from './blockYamlReader.js';
import { resolvePlainScalar, YamlInt } from './goYamlScalar.js';
import { sortedKeys } from '../template/goValues.js';
import { decodeGoBytes, goRuneText } from '../template/goBytes.js';
import { yamlReaderProblem } from '../yaml/yamlReader.js';
import { goYamlSyntaxError } from '../yaml/goYamlSyntax.js';

export class YamlValuesError extends Error {
  /** Lines before the document this error's line counts from (Helm parses each document of a file alone). */
  lineOffset = 0;
  /** go-yaml's own words for a syntax error (goYamlSyntax.ts), `line 4: did not find expected key`. */
  goMessage?: string;
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /**
     * Where Helm's reading failed: splitting the file into documents, bytes libyaml's reader refuses (not UTF-8,
     * control characters; no line), a YAML syntax error (with a line),
     * converting the decoded YAML to JSON (`message` carries its own prefix: `yaml: anchor …`,
     * `json: unsupported value: +Inf`, `unsupported map key …`), or unmarshalling that JSON into a map.
     */
    readonly stage: 'read' | 'encoding' | 'syntax' | 'convert' | 'unmarshal' = 'syntax',
  ) {
    super(message);
  }

  /** Helm's words after "failed to parse <file>: " (or "cannot load values.yaml: "). */
  get helmText(): string {
    if (this.stage === 'read') return `error reading yaml document: ${this.message}`;
    if (this.stage === 'unmarshal') return `cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: ${this.message}`;
    if (this.stage === 'convert' || this.stage === 'encoding') return `cannot unmarshal yaml document: error converting YAML to JSON: ${this.message}`;
    return `cannot unmarshal yaml document: error converting YAML to JSON: yaml: ${this.goMessage ?? `line ${this.line}: ${this.message}`}`;
  }

  /** The line in the whole file. */
  get fileLine(): number {
    return this.line + this.lineOffset;
  }
}

/**
 * encoding/json refuses NaN and ±Inf: a document holding one cannot pass sigs.k8s.io/yaml. The first
 * one in json.Marshal's order (map keys sorted by bytes) is named, as Go names it.
 */
export function unsupportedJsonValue(v: unknown): string | undefined {
  // Almost no values file holds one: look without ordering first, order only to name the first one.
  return holdsNonFinite(v) ? firstNonFinite(v) : undefined;
}

function holdsNonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (v === null || typeof v !== 'object' || v instanceof YamlInt) return false;
  if (Array.isArray(v)) return v.some(holdsNonFinite);
  for (const k in v) if (holdsNonFinite((v as Record<string, unknown>)[k])) return true;
  return false;
}

function firstNonFinite(v: unknown): string | undefined {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return '+Inf';
    if (v === -Infinity) return '-Inf';
    return undefined;
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      const bad = firstNonFinite(x);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (v !== null && typeof v === 'object' && !(v instanceof YamlInt)) {
    const o = v as Record<string, unknown>;
    for (const k of sortedKeys(o)) {
      const bad = firstNonFinite(o[k]);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
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
      if (tag === 'binary') {
        // go-yaml decodes !!binary into the bytes' string; values then pass through JSON, where a byte of
        // invalid UTF-8 becomes U+FFFD.
        const b64 = text.replace(/\s+/g, '');
        if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new YamlValuesError('!!binary value contains invalid base64 data', 0, 0);
        return goRuneText(decodeGoBytes(Buffer.from(b64, 'base64')));
      }
      let v: unknown = resolvePlainScalar(text);
      const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof YamlInt ? 'int' : typeof v === 'number' ? 'float' : 'str';
      if (want === 'float' && got === 'int') v = Number((v as YamlInt).value);
      else if (got !== want) throw new YamlValuesError(`cannot decode !!${got} \`${text}\` as a !!${want}`, 0, 0);
      if (v === null) return NULL_NODE;
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
      if (v === null) return NULL_NODE;
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

/**
 * Turns js-yaml's keys (String() of the resolved key) into the keys sigs.k8s.io/yaml produces. An alias
 * inside its own anchor's node makes js-yaml build a cycle, which go-yaml refuses: `path` holds the nodes
 * being walked, `anchors` names them for the error.
 */
function normalizeKeys(v: unknown, path: Set<object> = new Set(), anchors?: Record<string, unknown>): unknown {
  if (v === NULL_NODE) return null;
  if (v === null || typeof v !== 'object' || v instanceof YamlInt) return v;
  if (path.has(v)) {
    const name = Object.entries(anchors ?? {}).find(([, node]) => node === v)?.[0] ?? '';
    throw new YamlValuesError(`yaml: anchor '${name}' value contains itself`, 1, 1, 'convert');
  }
  path.add(v);
  try {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = normalizeKeys(v[i], path, anchors);
      return v;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = normalizeKeys(o[k], path, anchors);
    if (Object.hasOwn(o, NULL_KEY)) {
      throw new YamlValuesError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(o[NULL_KEY], true)}`, 1, 1, 'convert');
    }
    if (Object.hasOwn(o, '<<')) return applyMerge(o);
    return v;
  } finally {
    path.delete(v);
  }
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
  // Plain block YAML (nearly every values.yaml and Chart.yaml) is read without js-yaml; see blockYamlReader.
  const block = readBlockYaml(text, options.keepInts ?? false);
  if (block !== undefined) return [block.value];
  return parseYamlDocumentsFully(text, options);
}

/** Every document through js-yaml (the reference the block reader is tested against). */
export function parseYamlDocumentsFully(text: string, options: { keepInts?: boolean } = {}): unknown[] {
  // go-yaml's verdict on the first document comes first: js-yaml accepts some YAML go-yaml refuses, and words
  // its errors differently.
  const goError = goYamlSyntaxError(text);
  if (goError !== undefined) {
    // Errors of go-yaml's decoder (unknown anchor, merge of a non-map, alias in its own anchor) have no line.
    if (goError.line === undefined) throw new YamlValuesError(`yaml: ${goError.message}`, 1, 1, 'convert');
    const e = new YamlValuesError(goError.message, goError.line, 1);
    e.goMessage = goError.message;
    throw e;
  }
  try {
    const raw: unknown[] = [];
    // The anchors of the document, to name one in a cycle error (js-yaml hands its state to listeners).
    let anchors: Record<string, unknown> | undefined;
    // go-yaml refuses an alias met while its anchor's node is still being read; js-yaml builds a cycle
    // (or loses it to a later duplicate key). Collections are marked when their node closes, so an alias
    // node closing on an unmarked collection is such an alias. Reported after the parse: go-yaml finds
    // syntax errors first.
    const closed = new WeakSet<object>();
    let cycle: YamlValuesError | undefined;
    const listener = (event: string, state: unknown) => {
      const st = state as { anchorMap?: Record<string, unknown>; kind: string | null; result: unknown };
      anchors = st.anchorMap;
      const r = st.result;
      if (event !== 'close' || r === null || typeof r !== 'object' || !(Array.isArray(r) || Object.getPrototypeOf(r) === Object.prototype)) return;
      if (st.kind === 'mapping' || st.kind === 'sequence') closed.add(r);
      else if (st.kind === null && !closed.has(r) && cycle === undefined) {
        const name = Object.entries(anchors ?? {}).find(([, node]) => node === r)?.[0] ?? '';
        cycle = new YamlValuesError(`yaml: anchor '${name}' value contains itself`, 1, 1, 'convert');
      }
    };
    yaml.loadAll(text, (d: unknown) => raw.push(d), { schema: options.keepInts ? schemas.exact : schemas.json, json: true, listener });
    if (cycle !== undefined) throw cycle;
    return raw.map((d) => (d === undefined ? null : normalizeKeys(d, new Set(), anchors)));
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const mark = (e as unknown as { mark?: { line: number; column: number } }).mark;
      throw new YamlValuesError(e.reason, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1);
    }
    if (e instanceof YamlValuesError) throw e;
    throw e;
  }
}

/**
 * A plain null while js-yaml builds the document. go-yaml keeps a null map key as a key (which then has no
 * JSON form, so sigs.k8s.io/yaml refuses the document) while js-yaml would make it the string "null": this
 * object names itself NULL_KEY when js-yaml stringifies it as a key, and normalizeKeys turns it back into null.
 */
const NULL_KEY = '\u0000slipway:null-key\u0000';
const NULL_NODE = Object.freeze({
  [Symbol.toStringTag]: 'SlipwayNull',
  toString: () => NULL_KEY,
});

const formatGoFloat = (f: number): string => goFormatFloat(f, 'g', -1);

function goSyntax(v: unknown, top = false): string {
  if (v === null || v === undefined) return top ? '<nil>' : 'interface {}(nil)';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v > 0x7fffffffffffffffn ? `0x${v.toString(16)}` : String(v);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 53 && !Object.is(v, -0) ? String(v) : formatGoFloat(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x)).join(', ')}}`;
  if (v instanceof Map) {
    const entries = [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    return `map[interface {}]interface {}{${entries.map(([k, x]) => `${goSyntax(k)}:${goSyntax(x)}`).join(', ')}}`;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[interface {}]interface {}{${entries.map(([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`).join(', ')}}`;
  }
  return String(v);
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
  for (const chunk of splitYamlStream(text)) {
    let doc: unknown;
    try {
      const problem = yamlReaderProblem(chunk.text);
      if (problem !== undefined) throw new YamlValuesError(`yaml: ${problem}`, 1, 1, 'encoding');
      doc = parseYamlDocuments(chunk.text)[0] ?? null;
      if (doc === null) continue;
      const unsupported = unsupportedJsonValue(doc);
      if (unsupported !== undefined) throw new YamlValuesError(`json: unsupported value: ${unsupported}`, 1, 1, 'convert');
      if (!isValuesMap(doc)) {
        const kind = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'number' ? 'number' : 'bool';
        throw new YamlValuesError(`cannot unmarshal ${kind} into Go value of type map[string]interface {}`, 1, 1, 'unmarshal');
      }
    } catch (e) {
      if (e instanceof YamlValuesError) e.lineOffset = chunk.firstLine - 1;
      throw e;
    }
    values = mergeMaps(values, doc);
  }
  return values;
}

/**
 * k8s.io/apimachinery's YAMLReader as Helm's LoadValues uses it: documents split at lines starting with
 * `---` (followed by nothing but spaces or a comment, else an error), CRLF read as LF, a separator before
 * any content kept in the document. Each document is then parsed alone.
 */
export function splitYamlStream(text: string): { text: string; firstLine: number }[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const chunks: { text: string; firstLine: number }[] = [];
  let buffer = '';
  let firstLine = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (line.startsWith('---')) {
      const trimmed = line.slice(3).trim();
      if (trimmed !== '' && trimmed[0] !== '#') throw new YamlValuesError(`invalid Yaml document separator: ${trimmed}`, i + 1, 1, 'read');
      if (buffer !== '') {
        chunks.push({ text: buffer, firstLine });
        buffer = '';
        continue;
      }
    }
    if (buffer === '') firstLine = i + 1;
    buffer += `${line}\n`;
  }
  if (buffer !== '') chunks.push({ text: buffer, firstLine });
  return chunks;
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
