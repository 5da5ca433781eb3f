/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */
import yaml from 'js-yaml';
import { readBlockYaml } from './blockYamlReader.js';
import { resolvePlainScalar, YamlInt } from './goYamlScalar.js';

export class YamlValuesError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
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
  // Plain block YAML (nearly every values.yaml and Chart.yaml) is read without js-yaml; see blockYamlReader.
  const block = readBlockYaml(text, options.keepInts ?? false);
  if (block !== undefined) return [block.value];
  return parseYamlDocumentsFully(text, options);
}

/** Every document through js-yaml (the reference the block reader is tested against). */
export function parseYamlDocumentsFully(text: string, options: { keepInts?: boolean } = {}): unknown[] {
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
