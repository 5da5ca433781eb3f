/** Helm's YAML functions: toYaml (JSON round trip then go-yaml v2), mustToYaml, toYamlPretty (go-yaml v3), fromYaml, fromYamlArray. */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { goValueYamlNode } from '../yaml/goValueYamlNode.js';
import { emitYaml, GO_YAML_V3_ENCODER } from '../yaml/yamlEmitter.js';
import { toYamlNode } from '../yaml/yamlNode.js';
import { def } from './define.js';
import { yamlLibrary } from './functionLibraries.js';
import { readBlockYaml } from '../values/blockYamlReader.js';
import { unsupportedJsonValue } from '../values/goYamlValues.js';
import { yamlReaderProblem } from '../yaml/yamlReader.js';
import { goYamlSyntaxError } from '../yaml/goYamlSyntax.js';

/** sigs.k8s.io/yaml.Marshal without the trailing newline, as Helm's toYAML returns it. */
export function toYaml(v: unknown): string {
  const s = emitYaml(toYamlNode(v === undefined ? null : v));
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/** Helm's toYAMLPretty: go-yaml v3's Encoder, indent 2, on the value itself; any encoding failure gives "". */
function toYamlPretty(v: unknown): string {
  try {
    const s = emitYaml(goValueYamlNode(v), GO_YAML_V3_ENCODER);
    return s.endsWith('\n') ? s.slice(0, -1) : s;
  } catch (e) {
    if (e instanceof GoError) return '';
    throw e;
  }
}

/** YAML (1.1 rules, as go-yaml v2) to JSON-compatible values: string keys, float64 numbers. */
function parseYaml(text: string): unknown {
  const problem = yamlReaderProblem(text);
  if (problem !== undefined) throw new GoError(`error converting YAML to JSON: yaml: ${problem}`);
  // Block YAML as toYaml writes it (most of what charts give fromYaml) is read by the values reader, which is
  // proven equal to go-yaml on what it accepts: no YAML library to load, no second parse. Anything else, and
  // values JSON cannot hold (NaN, infinities: Helm's error text), goes to the full parse below.
  const block = readBlockYaml(text, false);
  if (block !== undefined) return jsonReady(block.value);
  // toYaml of an empty map or list.
  const trimmed = text.trim();
  if (trimmed === '{}') return {};
  if (trimmed === '[]') return [];
  // Spaces and comments only (a tab is an error to go-yaml): an empty document.
  if (text.split('\n').every((line) => /^ *(#.*)?\r?$/.test(line))) return null;
  const goError = goYamlSyntaxError(text);
  if (goError !== undefined) throw new GoError(`error converting YAML to JSON: yaml: ${goError.message}`);
  // go-yaml v2 leaves timestamps as strings when decoding into interface{}.
  // yaml.Unmarshal decodes the first document of the stream and never reads the ones after it.
  const docs = yamlLibrary().parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    merge: true,
    intAsBigInt: false,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (doc === undefined) return null;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new GoError(`error converting YAML to JSON: yaml: line ${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  return jsonReady(toJSONish(doc.toJS({ maxAliasCount: -1 })));
}

/** sigs.k8s.io/yaml goes through JSON, which has no NaN or infinities: Helm gets the encoder's error. */
function jsonReady(value: unknown): unknown {
  const unsupported = unsupportedJsonValue(value);
  if (unsupported !== undefined) throw new GoError(`error converting YAML to JSON: json: unsupported value: ${unsupported}`);
  return value;
}

function toJSONish(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJSONish);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) o[String(k)] = toJSONish(x);
    return o;
  }
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = toJSONish(x);
    return o;
  }
  return v;
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v !== null && typeof v === 'object' ? 'object' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'bool';
}

export const yamlFunctions: Record<string, GoFunc> = {
  toYaml: def(['any'], (v: unknown) => {
    try {
      return toYaml(v);
    } catch (e) {
      if (e instanceof GoError) return '';
      throw e;
    }
  }),
  mustToYaml: def(['any'], (v: unknown) => toYaml(v)),
  toYamlPretty: def(['any'], toYamlPretty),
  // The full parse of fromYaml uses the `yaml` package, loaded the first time a text needs it (functionLibraries).
  ...{
    fromYaml: def(['string'], (s: string) => {
      try {
        const v = parseYaml(s);
        if (v === null) return {};
        if (typeName(v) !== 'object') return { Error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${typeName(v)} into Go value of type map[string]interface {}` };
        return v;
      } catch (e) {
        if (e instanceof GoError) return { Error: e.message };
        throw e;
      }
    }),
    fromYamlArray: def(['string'], (s: string) => {
      try {
        const v = parseYaml(s);
        if (v === null) return [];
        if (!Array.isArray(v)) return [`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${typeName(v)} into Go value of type []interface {}`];
        return v;
      } catch (e) {
        if (e instanceof GoError) return [e.message];
        throw e;
      }
    }),
  },
};
