/**
 * values.schema.json checked for every chart in the tree, as Helm's ValidateAgainstSchema does, with
 * Helm's (santhosh-tekuri/jsonschema) message text per failed keyword: `- at '/path': <message>`.
 * Drafts: 2020-12 when `$schema` is absent (as Helm's library defaults), 2019-09, draft-07/06, draft-04.
 * ajv does the validation; this file only picks the draft and words the errors.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SlipwayError } from '../../errors/slipwayError.js';
import { GoInt } from '../template/goValues.js';
import { chartName, type Chart } from '../loader/chart.js';
import { isTable, type Values } from './coalesce.js';
import { localizedFloat, localizedInt } from './schemaNumbers.js';

interface AjvLike {
  compile(schema: unknown): ValidateFunction;
}
type AjvClass = new (opts: Record<string, unknown>) => AjvLike;
type Draft = '04' | '07' | '2019' | '2020';

const ajvOptions = { allErrors: true, strict: false, validateFormats: false, validateSchema: false, logger: false };
const instances = new Map<Draft, AjvLike>();
const classes = new Map<Draft, AjvClass>();
let draft06MetaSchema: unknown;

function draftOf(schema: unknown): Draft {
  const uri = isTable(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  return /draft-04/.test(uri) ? '04' : /draft-0[67]/.test(uri) ? '07' : /2019-09/.test(uri) ? '2019' : '2020';
}

const classOf = (mod: { default?: unknown }): AjvClass => {
  // ajv's CommonJS modules arrive as { default: { default: Ajv } } or { default: Ajv } depending on the loader.
  let m: unknown = mod;
  while (typeof m !== 'function' && m !== null && typeof m === 'object' && 'default' in m) m = (m as { default: unknown }).default;
  return m as AjvClass;
};

async function loadDraft(draft: Draft): Promise<void> {
  if (classes.has(draft)) return;
  // Loaded on first use, by dynamic import (which the bundler follows): most charts have no schema, and
  // the CLI must start fast.
  if (draft === '04') classes.set(draft, classOf(await import('ajv-draft-04')));
  else if (draft === '07') {
    classes.set(draft, classOf(await import('ajv')));
    draft06MetaSchema = (await import('ajv/dist/refs/json-schema-draft-06.json', { with: { type: 'json' } })).default;
  } else if (draft === '2019') classes.set(draft, classOf(await import('ajv/dist/2019.js')));
  else classes.set(draft, classOf(await import('ajv/dist/2020.js')));
}

/** Loads the validators the schemas of the chart tree need; call before validateValuesAgainstSchemas. */
export async function loadSchemaValidators(chart: Chart): Promise<void> {
  if (chart.schema !== undefined) {
    let schema: unknown;
    try {
      schema = JSON.parse(new TextDecoder().decode(chart.schema)) as unknown;
    } catch {
      schema = undefined; // reported by the validation itself
    }
    if (schema !== undefined) await loadDraft(draftOf(schema));
  }
  for (const sub of chart.dependencies) await loadSchemaValidators(sub);
}

function ajvFor(schema: unknown): AjvLike {
  const draft = draftOf(schema);
  let ajv = instances.get(draft);
  if (ajv === undefined) {
    const Ajv = classes.get(draft);
    if (Ajv === undefined) throw new Error(`the draft ${draft} validator was not loaded (call loadSchemaValidators first)`);
    ajv = new Ajv(ajvOptions);
    if (draft === '07') {
      try {
        (ajv as unknown as { addMetaSchema(s: unknown): void }).addMetaSchema(draft06MetaSchema);
      } catch {
        // draft-06 meta-schema already present
      }
    }
    instances.set(draft, ajv);
  }
  return ajv;
}

/** Go values → plain JSON for the validator (int64 from --set becomes a number). */
function toJson(v: unknown): unknown {
  if (v instanceof GoInt) return Number(v.value);
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (isTable(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

/** santhosh-tekuri's quote(): Go %q with single quotes. */
function quote(s: string): string {
  const q = JSON.stringify(s).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${q}'`;
}

function display(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v !== null && typeof v === 'object') return 'value';
  if (v === null) return '<nil>';
  return String(v);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    cur = Array.isArray(cur) ? cur[Number(key)] : isTable(cur) ? cur[key] : undefined;
  }
  return cur;
}

function message(e: ErrorObject, data: unknown, group: ErrorObject[]): string | undefined {
  const p = e.params as Record<string, unknown>;
  const got = valueAt(data, e.instancePath);
  switch (e.keyword) {
    case 'type':
      return `got ${jsonType(got)}, want ${String(p.type).split(',').join(' or ')}`;
    case 'required': {
      const missing = group.map((g) => String((g.params as Record<string, unknown>).missingProperty));
      return missing.length === 1 ? `missing property ${quote(missing[0]!)}` : `missing properties ${missing.map(quote).join(', ')}`;
    }
    case 'additionalProperties': {
      const extra = group.map((g) => String((g.params as Record<string, unknown>).additionalProperty));
      return `additional properties ${extra.map(quote).join(', ')} not allowed`;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      if (allowed.some((v) => v !== null && typeof v === 'object')) return "'enum' failed";
      return allowed.length === 1 ? `value must be ${display(allowed[0])}` : `value must be one of ${allowed.map(display).join(', ')}`;
    }
    case 'const':
      return p.allowedValue !== null && typeof p.allowedValue === 'object' ? "'const' failed" : `value must be ${display(p.allowedValue)}`;
    case 'pattern':
      return `${quote(String(got))} does not match pattern ${quote(String(p.pattern))}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return `${e.keyword}: got ${localizedFloat(Number(got))}, want ${localizedFloat(Number(p.limit ?? p.multipleOf))}`;
    case 'minLength':
    case 'maxLength':
      return `${e.keyword}: got ${localizedInt([...String(got)].length)}, want ${localizedInt(Number(p.limit))}`;
    case 'minItems':
    case 'maxItems':
      return `${e.keyword}: got ${localizedInt(Array.isArray(got) ? got.length : 0)}, want ${localizedInt(Number(p.limit))}`;
    case 'minProperties':
    case 'maxProperties':
      return `${e.keyword}: got ${localizedInt(isTable(got) ? Object.keys(got).length : 0)}, want ${localizedInt(Number(p.limit))}`;
    case 'uniqueItems':
      return `items at ${localizedInt(Number(p.j))} and ${localizedInt(Number(p.i))} are equal`;
    case 'not':
      return "'not' failed";
    case 'anyOf':
      return "'anyOf' failed";
    case 'oneOf':
      return Array.isArray(p.passingSchemas) ? `'oneOf' failed, subschemas ${(p.passingSchemas as number[]).map(localizedInt).join(', ')} matched` : "'oneOf' failed, none matched";
    case 'false schema':
      return 'false schema';
    case 'dependencies':
    case 'dependentRequired':
      return `properties ${quote(String(p.missingProperty))} required, if ${quote(String(p.property))} exists`;
    case 'propertyNames':
      return `invalid propertyName ${quote(String(p.propertyName))}`;
    case 'if':
    case 'allOf':
      return undefined;
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * santhosh-tekuri/jsonschema's evaluation order at one instance (validator.go): these keywords are checked
 * before the instance's items or properties are descended into; the others after (additionalProperties
 * after the properties loop, propertyNames, dependentRequired, contains, conditionals).
 */
const BEFORE_CHILDREN: Record<string, number> = {
  type: 0, const: 1, enum: 2, format: 3, minProperties: 4, maxProperties: 5, required: 6, dependencies: 7,
  minItems: 8, maxItems: 9, uniqueItems: 10, minLength: 11, maxLength: 12, pattern: 13, minimum: 14,
  maximum: 15, exclusiveMinimum: 16, exclusiveMaximum: 17, multipleOf: 18,
};

function instanceSteps(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/');
}

/**
 * Orders two errors as the validator reports them: at one instance by keyword order, an instance's own
 * keyword (before-children ones) before the errors of its items, items by index. Properties of one object
 * keep ajv's order: the validator walks a Go map there, so Helm's order varies between runs.
 */
function evaluationOrder(a: ErrorObject, b: ErrorObject): number {
  const pa = instanceSteps(a.instancePath);
  const pb = instanceSteps(b.instancePath);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const rank = (e: ErrorObject) => BEFORE_CHILDREN[e.keyword] ?? 100;
  if (i === pa.length && i === pb.length) return rank(a) - rank(b);
  if (i === pa.length) return rank(a) < 100 ? -1 : 1;
  if (i === pb.length) return rank(b) < 100 ? 1 : -1;
  const [x, y] = [pa[i]!, pb[i]!];
  return /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : 0;
}

/** Error lines for one chart's schema, in Helm's words; empty when valid. */
export function schemaErrors(values: Values, schemaText: string): string[] {
  const schema = JSON.parse(schemaText) as unknown;
  const validate = ajvFor(schema).compile(schema);
  const data = toJson(values);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // santhosh-tekuri stops at a type mismatch: no other keyword is reported for that instance.
  const typeFailed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const groups = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword !== 'type' && typeFailed.has(e.instancePath)) continue;
    const key = `${e.instancePath}\u0000${e.schemaPath}\u0000${e.keyword}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = []));
    g.push(e);
  }
  const lines: string[] = [];
  for (const group of [...groups.values()].sort((a, b) => evaluationOrder(a[0]!, b[0]!))) {
    const m = message(group[0]!, data, group);
    if (m !== undefined) lines.push(`- at ${quote(group[0]!.instancePath)}: ${m}`);
  }
  return lines;
}

/** Helm's ValidateAgainstSchema over the tree; the text of all failures, empty when valid. */
export function schemaReport(chart: Chart, values: Values, failing: Chart[] = []): string {
  let out = '';
  if (chart.schema !== undefined) {
    let lines: string[];
    try {
      lines = schemaErrors(values, new TextDecoder().decode(chart.schema));
    } catch (e) {
      lines = [`unable to validate schema: ${(e as Error).message}`];
    }
    if (lines.length > 0) {
      out += `${chartName(chart)}:\n${lines.join('\n')}\n`;
      failing.push(chart);
    }
  }
  for (const sub of chart.dependencies) {
    const raw = values[chartName(sub)];
    if (raw === undefined || raw === null) continue;
    if (!isTable(raw)) {
      out += `${chartName(sub)}:\ninvalid type for values: expected object (map), got ${Array.isArray(raw) ? '[]interface {}' : typeof raw === 'string' ? 'string' : typeof raw === 'number' ? 'float64' : typeof raw === 'boolean' ? 'bool' : 'int64'}\n`;
      continue;
    }
    out += schemaReport(sub, raw, failing);
  }
  return out;
}

export function validateValuesAgainstSchemas(chart: Chart, values: Values): void {
  const failing: Chart[] = [];
  const report = schemaReport(chart, values, failing);
  if (report === '') return;
  const firstPath = /- at '([^']*)'/.exec(report)?.[1];
  // The schema of the first chart reported (a subchart's own values.schema.json when it is the one failing).
  const origin = (failing[0] ?? chart).origin;
  throw new SlipwayError('values', `values don't meet the specifications of the schema(s) in the following chart(s):\n${report}`, {
    where: { file: `${origin}/values.schema.json`, ...(firstPath !== undefined ? { field: firstPath === '' ? '(root)' : firstPath } : {}) },
    hint: 'fix the values (or --set flags) named above so they satisfy values.schema.json',
  });
}
