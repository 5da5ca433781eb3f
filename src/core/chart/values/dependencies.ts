/**
 * Helm's chartutil.ProcessDependencies: decides which subcharts are enabled (aliases, tags, conditions —
 * the first bool found wins) and applies import-values (both forms) and exports, on a copy of the chart
 * tree so the loaded chart stays untouched. Values-dependent, so it runs once per render.
 */
import type { ChartDependency } from '../../release/helmRelease.js';
import { chartName, type Chart } from '../loader/chart.js';
import { isCompatibleRange } from '../loader/semverRange.js';
import { coalesceTables, coalesceValues, deepCopy, isTable, mergeTables, mergeValues, slogWarn, type Values, type Warn } from './coalesce.js';

/** A copy of a chart node with its own metadata (dependency entries copied) and dependency list. */
function copyNode(c: Chart): Chart {
  return {
    ...c,
    metadata: { ...c.metadata, ...(c.metadata.dependencies ? { dependencies: c.metadata.dependencies.map((d) => ({ ...d })) } : {}) },
    dependencies: [...c.dependencies],
  };
}

function setDependencies(c: Chart, deps: Chart[]): void {
  c.dependencies = deps;
  for (const d of deps) d.parent = c;
}

/** Copies the whole tree so dependency processing can mutate it as Helm mutates its chart. */
export function copyChartTree(c: Chart): Chart {
  const out = copyNode(c);
  setDependencies(out, c.dependencies.map(copyChartTree));
  return out;
}

function pathValue(vals: Values, path: string): { found: boolean; value?: unknown } {
  const parts = path.split('.');
  let table: Values = vals;
  for (const p of parts.slice(0, -1)) {
    const next = table[p];
    if (!isTable(next)) return { found: false };
    table = next;
  }
  const key = parts[parts.length - 1]!;
  if (Object.hasOwn(table, key) && !isTable(table[key])) return { found: true, value: table[key] };
  return { found: false };
}

function tableAt(vals: Values, path: string): Values | undefined {
  let table: Values = vals;
  for (const p of path.split('.')) {
    const next = table[p];
    if (!isTable(next)) return undefined;
    table = next;
  }
  return table;
}

/** The first component of `path` that is missing or not a table, in Helm's words (`"exported" is not a table`). */
function noTableError(vals: Values, path: string): string {
  let table: Values = vals;
  for (const p of path.split('.')) {
    const next = table[p];
    if (!isTable(next)) return `${JSON.stringify(p)} is not a table`;
    table = next;
  }
  return '';
}

function processTags(reqs: ChartDependency[], cvals: Values, warn: Warn): void {
  const vt = isTable(cvals.tags) ? cvals.tags : undefined;
  if (vt === undefined) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags ?? []) {
      if (!Object.hasOwn(vt, k)) continue;
      const b = vt[k];
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      } else slogWarn(warn, 'returned non-bool value', ['tag', k], ['chart', r.name]);
    }
    if (!hasTrue && hasFalse) r.enabled = false;
    else if (hasTrue || (!hasTrue && !hasFalse)) r.enabled = true;
  }
}

function processConditions(reqs: ChartDependency[], cvals: Values, cpath: string, warn: Warn): void {
  for (const r of reqs) {
    for (const c of (r.condition ?? '').trim().split(',')) {
      if (c === '') continue;
      const { found, value } = pathValue(cvals, cpath + c);
      if (!found) continue;
      if (typeof value === 'boolean') {
        r.enabled = value;
        break;
      }
      slogWarn(warn, 'returned non-bool value', ['path', c], ['chart', r.name]);
    }
  }
}

function aliasDependency(charts: Chart[], dep: ChartDependency): Chart | undefined {
  for (const c of charts) {
    if (chartName(c) !== dep.name) continue;
    if (!isCompatibleRange(dep.version ?? '', c.metadata.version ?? '')) continue;
    const out = copyNode(c);
    setDependencies(out, c.dependencies.map((d) => ({ ...d })));
    if (dep.alias) out.metadata.name = dep.alias;
    return out;
  }
  return undefined;
}

function processEnabled(c: Chart, v: Values, path: string, warn: Warn): void {
  const reqs = c.metadata.dependencies;
  if (reqs === undefined || reqs === null) return;
  const chartDependencies: Chart[] = [];
  outer: for (const existing of c.dependencies) {
    for (const req of reqs) {
      if (req && chartName(existing) === req.name && isCompatibleRange(req.version ?? '', existing.metadata.version ?? '')) continue outer;
    }
    chartDependencies.push(existing);
  }
  for (const req of reqs) {
    if (!req) continue;
    const dep = aliasDependency(c.dependencies, req);
    if (dep) chartDependencies.push(dep);
    if (req.alias) req.name = req.alias;
  }
  setDependencies(c, chartDependencies);
  for (const r of reqs) r.enabled = true;
  const cvals = coalesceValues(c, v, warn);
  processTags(reqs, cvals, warn);
  processConditions(reqs, cvals, path, warn);
  const disabled = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
  const kept = c.dependencies.filter((d) => !disabled.has(chartName(d)));
  const keptMeta = reqs.filter((r) => !disabled.has(r.name));
  for (const t of kept) processEnabled(t, cvals, `${path}${chartName(t)}.`, warn);
  c.metadata.dependencies = keptMeta;
  setDependencies(c, kept);
}

function pathToMap(path: string, data: Values): Values {
  if (path === '.') return data;
  let cur: Values = data;
  for (const p of path.split('.').reverse()) cur = { [p]: cur };
  return cur;
}

function goSprintV(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  return typeof v === 'string' ? v : String(v);
}

function processImportValues(c: Chart, merge: boolean, warn: Warn): void {
  const reqs = c.metadata.dependencies;
  if (reqs === undefined || reqs === null) return;
  const cvals = merge ? mergeValues(c, null, warn) : coalesceValues(c, null, warn);
  let b: Values = {};
  for (const r of reqs) {
    const out: unknown[] = [];
    for (const riv of r['import-values'] ?? []) {
      if (isTable(riv)) {
        const child = goSprintV(riv.child);
        const parent = goSprintV(riv.parent);
        out.push({ child, parent });
        const vv = tableAt(cvals, `${r.name}.${child}`);
        if (vv === undefined) {
          slogWarn(warn, 'ImportValues missing table from chart', ['chart', r.name], ['error', noTableError(cvals, `${r.name}.${child}`)]);
          continue;
        }
        b = merge ? mergeTables(b, pathToMap(parent, vv), warn) : coalesceTables(b, pathToMap(parent, vv), warn);
      } else if (typeof riv === 'string') {
        const child = `exports.${riv}`;
        out.push({ child, parent: '.' });
        const vm = tableAt(cvals, `${r.name}.${child}`);
        if (vm === undefined) {
          slogWarn(warn, 'ImportValues missing table', ['error', noTableError(cvals, `${r.name}.${child}`)]);
          continue;
        }
        b = merge ? mergeTables(b, vm, warn) : coalesceTables(b, vm, warn);
      }
    }
    r['import-values'] = out;
  }
  c.values = merge ? mergeTables(deepCopy(cvals), b, warn) : coalesceTables(trimNilValues(cvals), b, warn);
}

function trimNilValues(vals: Values): Values {
  const copy = deepCopy(vals);
  const trim = (m: Values): Values => {
    for (const key of Object.keys(m)) {
      if (m[key] === null) delete m[key];
      else if (isTable(m[key])) m[key] = trim(m[key] as Values);
    }
    return m;
  };
  return trim(copy);
}

function processDependencyImportValues(c: Chart, merge: boolean, warn: Warn): void {
  for (const d of c.dependencies) processDependencyImportValues(d, merge, warn);
  processImportValues(c, merge, warn);
}

/** Returns a processed copy of the tree: disabled subcharts removed, aliases applied, import-values merged. */
export function processDependencies(chart: Chart, vals: Values, warn: Warn): Chart {
  const tree = copyChartTree(chart);
  processEnabled(tree, vals, '', warn);
  processDependencyImportValues(tree, true, warn);
  return tree;
}

/** Helm's CheckDependencies: every dependency in Chart.yaml must be present in charts/. */
export function missingDependencies(chart: Chart): string[] {
  const present = new Set(chart.dependencies.map(chartName));
  return (chart.metadata.dependencies ?? []).filter((d) => d && !present.has(d.name)).map((d) => d.name);
}
