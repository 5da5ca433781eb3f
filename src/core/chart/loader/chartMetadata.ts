/**
 * Chart.yaml (and v1 requirements.yaml) decoded as Helm decodes them: sigs.k8s.io/yaml into chart.Metadata,
 * so scalars in string fields become strings (1.10 → "1.1", 012 → "10"), field names match case-insensitively,
 * unknown fields are ignored and a wrong kind is json's "cannot unmarshal" error; then Metadata.Validate.
 */
import type { ChartDependency, ChartMaintainer, ChartMetadata } from '../../release/helmRelease.js';
import { YamlInt, formatFloat32G } from '../values/goYamlScalar.js';
import { isValuesMap, parseYamlDocument } from '../values/goYamlValues.js';
import { parseSemver } from './semverRange.js';

export class ChartDecodeError extends Error {}

type FieldKind = 'string' | 'strings' | 'bool' | 'annotations' | 'maintainers' | 'dependencies' | 'any[]';

const METADATA_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  home: 'string',
  sources: 'strings',
  version: 'string',
  description: 'string',
  keywords: 'strings',
  maintainers: 'maintainers',
  icon: 'string',
  apiVersion: 'string',
  condition: 'string',
  tags: 'string',
  appVersion: 'string',
  deprecated: 'bool',
  annotations: 'annotations',
  kubeVersion: 'string',
  dependencies: 'dependencies',
  type: 'string',
};

const DEPENDENCY_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  version: 'string',
  repository: 'string',
  condition: 'string',
  tags: 'strings',
  enabled: 'bool',
  'import-values': 'any[]',
  alias: 'string',
};

const MAINTAINER_FIELDS: Record<string, FieldKind> = { name: 'string', email: 'string', url: 'string' };

const GO_TYPES: Record<FieldKind, string> = {
  string: 'string',
  strings: '[]string',
  bool: 'bool',
  annotations: 'map[string]string',
  maintainers: '[]*v2.Maintainer',
  dependencies: '[]*v2.Dependency',
  'any[]': '[]interface {}',
};

function jsonKind(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || v instanceof YamlInt) return 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function mismatch(v: unknown, struct: string, field: string, goType: string): never {
  throw new ChartDecodeError(
    `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go struct field ${struct}.${field} of type ${goType}`,
  );
}

/** A scalar decoded into a Go string field by sigs.k8s.io/yaml (numbers and bools are stringified). */
function asString(v: unknown, struct: string, field: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof YamlInt) return String(v.value);
  if (typeof v === 'number') return formatFloat32G(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return mismatch(v, struct, field, 'string');
}

/** Plain JSON value of a decoded YAML value (ints become float64 numbers). */
function plain(v: unknown): unknown {
  if (v instanceof YamlInt) return Number(v.value);
  if (Array.isArray(v)) return v.map(plain);
  if (isValuesMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function decodeField(kind: FieldKind, v: unknown, struct: string, field: string): unknown {
  if (v === null) return undefined;
  switch (kind) {
    case 'string':
      return asString(v, struct, field);
    case 'bool':
      if (typeof v !== 'boolean') mismatch(v, struct, field, 'bool');
      return v;
    case 'strings':
      if (!Array.isArray(v)) mismatch(v, struct, field, '[]string');
      return v.map((x) => (x === null ? '' : asString(x, struct, field)));
    case 'annotations': {
      if (!isValuesMap(v)) mismatch(v, struct, field, 'map[string]string');
      const out: Record<string, string> = {};
      for (const [k, x] of Object.entries(v)) out[k] = x === null ? '' : asString(x, struct, `${field}`);
      return out;
    }
    case 'maintainers':
    case 'dependencies': {
      if (!Array.isArray(v)) mismatch(v, struct, field, GO_TYPES[kind]);
      const spec = kind === 'maintainers' ? MAINTAINER_FIELDS : DEPENDENCY_FIELDS;
      const name = kind === 'maintainers' ? 'Maintainer' : 'Dependency';
      return v.map((item) => {
        if (item === null) return null;
        if (!isValuesMap(item)) mismatch(item, struct, field, `v2.${name}`);
        return decodeStruct(item, spec, name);
      });
    }
    case 'any[]':
      if (!Array.isArray(v)) mismatch(v, struct, field, '[]interface {}');
      return v.map(plain);
  }
}

function decodeStruct(map: Record<string, unknown>, spec: Record<string, FieldKind>, struct: string, into: Record<string, unknown> = {}): Record<string, unknown> {
  const names = Object.keys(spec);
  for (const [key, value] of Object.entries(map)) {
    // encoding/json: an exact name match first, else a case-insensitive one.
    const field = names.includes(key) ? key : names.find((n) => n.toLowerCase() === key.toLowerCase());
    if (field === undefined) continue;
    const decoded = decodeField(spec[field]!, value, struct, field);
    if (decoded === undefined) delete into[field];
    else into[field] = decoded;
  }
  return into;
}

/** Decodes Chart.yaml or requirements.yaml text over `into` (requirements.yaml only adds fields). */
export function decodeChartMetadata(text: string, into: ChartMetadata = {}): ChartMetadata {
  let doc: unknown;
  try {
    doc = parseYamlDocument(text, { keepInts: true });
  } catch (e) {
    throw new ChartDecodeError(`error converting YAML to JSON: yaml: ${(e as Error).message}`, { cause: e });
  }
  if (doc === null) return into;
  if (!isValuesMap(doc)) throw new ChartDecodeError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(doc)} into Go value of type v2.Metadata`);
  return decodeStruct(doc, METADATA_FIELDS, 'Metadata', into as Record<string, unknown>) as ChartMetadata;
}

/** Go's sanitizeString: whitespace becomes a space, unprintable runes are dropped. */
export function sanitizeString(s: string): string {
  return s.replace(/\s/gu, ' ').replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, '');
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;

/** Helm's Metadata.Validate: sanitizes strings in place and returns the validation message, if any. */
export function validateChartMetadata(md: ChartMetadata): string | undefined {
  for (const f of ['name', 'description', 'home', 'icon', 'condition', 'tags', 'appVersion', 'kubeVersion'] as const) {
    if (typeof md[f] === 'string') md[f] = sanitizeString(md[f]);
  }
  if (md.sources) md.sources = md.sources.map(sanitizeString);
  if (md.keywords) md.keywords = md.keywords.map(sanitizeString);
  if (!md.apiVersion) return 'chart.metadata.apiVersion is required';
  if (!md.name) return 'chart.metadata.name is required';
  if (md.name === '.' || md.name === '..') return `chart.metadata.name "${md.name}" is not allowed`;
  if (md.name.includes('/') || md.name.endsWith('/')) return `chart.metadata.name "${md.name}" is invalid`;
  if (!md.version) return 'chart.metadata.version is required';
  if (parseSemver(md.version) === undefined) return `chart.metadata.version "${md.version}" is invalid`;
  if (!['', 'application', 'library'].includes(md.type ?? '')) return 'chart.metadata.type must be application or library';
  for (const m of md.maintainers ?? []) {
    if (m === null) return 'maintainers must not contain empty or null nodes';
    const mm = m as ChartMaintainer;
    for (const f of ['name', 'email', 'url'] as const) if (typeof mm[f] === 'string') mm[f] = sanitizeString(mm[f]);
  }
  const seen = new Set<string>();
  for (const d of md.dependencies ?? []) {
    if (d === null) return 'dependencies must not contain empty or null nodes';
    const dep = d as ChartDependency;
    for (const f of ['name', 'version', 'repository', 'condition'] as const) if (typeof dep[f] === 'string') dep[f] = sanitizeString(dep[f]);
    dep.name ??= '';
    dep.repository ??= '';
    if (dep.tags) dep.tags = dep.tags.map(sanitizeString);
    if (dep.alias && !ALIAS.test(dep.alias)) return `dependency "${dep.name}" has disallowed characters in the alias`;
    const key = dep.alias || dep.name;
    if (seen.has(key)) return `more than one dependency with name or alias "${key}"`;
    seen.add(key);
  }
  return undefined;
}
