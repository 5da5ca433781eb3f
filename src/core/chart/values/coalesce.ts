/**
 * Helm's chartutil CoalesceValues / MergeValues (pkg/chart/common/util/coalesce.go), line for line:
 * user values over chart defaults, subchart blocks coalesced with each subchart's defaults, globals pushed
 * down, `null` deleting a default (coalesce) or kept (merge). Warnings go to `warn` as Helm logs them.
 */
import { chartName, type Chart } from '../loader/chart.js';
import { formatValueForWarning } from './valueText.js';
import { plainText, type HelmLogRecord } from '../helmLogRecord.js';
import { goQuote } from '../template/goQuote.js';

export type Values = Record<string, unknown>;
/** A warning: its plain text, and the record Helm logs for it (`slipway render` prints that, as helm does). */
export type Warn = (message: string, record?: HelmLogRecord) => void;

/** Helm's values warnings go through the standard log, which Helm 4's slog default writes at level INFO. */
export function logPrintf(warn: Warn, message: string): void {
  warn(message, { level: 'INFO', msg: message });
}

/** A `slog.Warn(msg, key, value, …)` of Helm's. */
export function slogWarn(warn: Warn, msg: string, ...attrs: [string, string][]): void {
  const record: HelmLogRecord = { level: 'WARN', msg, attrs };
  warn(plainText(record), record);
}

export function isTable(v: unknown): v is Values {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** copystructure.Copy of a values tree: maps and slices copied, scalars shared. */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (isTable(v)) {
    const out: Values = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out as T;
  }
  return v;
}

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

export function coalesceValues(chart: Chart, vals: Values | null | undefined, warn: Warn): Values {
  return coalesce(warn, chart, deepCopy(vals ?? {}), '', false);
}

export function mergeValues(chart: Chart, vals: Values | null | undefined, warn: Warn): Values {
  return coalesce(warn, chart, deepCopy(vals ?? {}), '', true);
}

function coalesce(warn: Warn, ch: Chart, dest: Values, prefix: string, merge: boolean): Values {
  coalesceChartValues(warn, ch, dest, prefix, merge);
  return coalesceDeps(warn, ch, dest, prefix, merge);
}

function coalesceDeps(warn: Warn, ch: Chart, dest: Values, prefix: string, merge: boolean): Values {
  for (const sub of ch.dependencies) {
    const name = chartName(sub);
    if (!Object.hasOwn(dest, name)) dest[name] = {};
    else if (!isTable(dest[name])) throw new Error(`type mismatch on ${name}: %!t(${goTypeForMismatch(dest[name])}=${formatValueForWarning(dest[name])})`);
    const dvmap = dest[name] as Values;
    const subPrefix = concatPrefix(prefix, chartName(ch));
    coalesceGlobals(warn, dvmap, dest, subPrefix);
    dest[name] = coalesce(warn, sub, dvmap, subPrefix, merge);
  }
  return dest;
}

function goTypeForMismatch(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'interface {}';
}

function coalesceGlobals(warn: Warn, dest: Values, src: Values, prefix: string): void {
  let dg: Values;
  let sg: Values;
  if (!Object.hasOwn(dest, 'global')) dg = {};
  else if (isTable(dest.global)) dg = dest.global;
  else {
    logPrintf(warn, 'warning: skipping globals because destination global is not a table.');
    return;
  }
  if (!Object.hasOwn(src, 'global')) sg = {};
  else if (isTable(src.global)) sg = src.global;
  else {
    logPrintf(warn, 'warning: skipping globals because source global is not a table.');
    return;
  }
  for (const key of Object.keys(sg)) {
    const val = sg[key];
    if (isTable(val)) {
      const vv: Values = { ...val };
      if (!Object.hasOwn(dg, key)) dg[key] = vv;
      else {
        const destv = dg[key];
        if (!isTable(destv)) logPrintf(warn, `Conflict: cannot merge map onto non-map for ${goQuote(key)}. Skipping.`);
        else {
          coalesceTablesFullKey(warn, vv, destv, concatPrefix(prefix, key), true);
          dg[key] = vv;
        }
      }
    } else if (Object.hasOwn(dg, key) && isTable(dg[key])) {
      logPrintf(warn, `key ${key} is table. Skipping`);
    } else {
      dg[key] = val;
    }
  }
  dest.global = dg;
}

function coalesceChartValues(warn: Warn, ch: Chart, v: Values, prefix: string, merge: boolean): void {
  const subPrefix = concatPrefix(prefix, chartName(ch));
  const vc = deepCopy(ch.values ?? {});
  for (const key of Object.keys(vc)) {
    const val = vc[key];
    if (Object.hasOwn(v, key)) {
      const value = v[key];
      if (value === null && !merge) delete v[key];
      else if (isTable(value)) {
        if (!isTable(val)) {
          if (val !== null) logPrintf(warn, `warning: skipped value for ${subPrefix}.${key}: Not a table.`);
        } else {
          const childMerge = ch.dependencies.some((d) => chartName(d) === key) ? true : merge;
          if (!childMerge) cleanNilValues(val);
          coalesceTablesFullKey(warn, value, val, concatPrefix(subPrefix, key), childMerge);
        }
      }
    } else {
      if (!merge) {
        if (val === null) continue;
        if (isTable(val)) cleanNilValues(val);
      }
      v[key] = val;
    }
  }
}

export function coalesceTables(dst: Values, src: Values, warn: Warn): Values {
  return coalesceTablesFullKey(warn, dst, src, '', false);
}

export function mergeTables(dst: Values, src: Values, warn: Warn): Values {
  return coalesceTablesFullKey(warn, dst, src, '', true);
}

function coalesceTablesFullKey(warn: Warn, dst: Values | null, src: Values | null, prefix: string, merge: boolean): Values {
  if (src === null) return dst as Values;
  if (dst === null) return src;
  const srcOriginalNonNil = new Set<string>();
  for (const key of Object.keys(src)) if (src[key] !== null) srcOriginalNonNil.add(key);
  for (const key of Object.keys(dst)) if (dst[key] === null) src[key] = null;
  for (const key of Object.keys(src)) {
    const val = src[key];
    const fullkey = concatPrefix(prefix, key);
    const ok = Object.hasOwn(dst, key);
    const dv = dst[key];
    if (ok && !merge && dv === null && srcOriginalNonNil.has(key)) delete dst[key];
    else if (!ok) dst[key] = val;
    else if (isTable(val)) {
      if (isTable(dv)) coalesceTablesFullKey(warn, dv, val, fullkey, merge);
      else logPrintf(warn, `warning: cannot overwrite table with non table for ${fullkey} (${formatValueForWarning(val)})`);
    } else if (isTable(dv) && val !== null) {
      logPrintf(warn, `warning: destination for ${fullkey} is a table. Ignoring non-table value (${formatValueForWarning(val)})`);
    }
  }
  return dst;
}

function cleanNilValues(m: Values): void {
  for (const key of Object.keys(m)) {
    const val = m[key];
    if (val === null) delete m[key];
    else if (isTable(val)) cleanNilValues(val);
  }
}
