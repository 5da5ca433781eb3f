import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { SlipwayError } from '../errors/slipwayError.js';
import type { HelmChart, HelmRelease, ReleaseHook, ReleaseInfo } from './helmRelease.js';

/**
 * Encodes and decodes the `release` field of Helm's storage objects: JSON (as Go's encoding/json writes
 * it: struct fields in declaration order, map keys sorted, <, > and & escaped), gzip at best
 * compression, base64 — pkg/storage/driver/util.go. Secrets hold these base64 bytes as their data
 * (so the apiserver shows them base64 twice); ConfigMaps hold the string.
 */
export function encodeRelease(release: HelmRelease): string {
  const json = goJson(orderRelease(release));
  return gzipSync(Buffer.from(json, 'utf8'), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
}

const gzipMagic = [0x1f, 0x8b, 0x08];

export function decodeRelease(data: string, recordName: string): HelmRelease {
  try {
    let bytes = Buffer.from(data, 'base64');
    // Releases stored before Helm compressed them are plain JSON (util.go keeps reading them).
    if (bytes.length > 3 && gzipMagic.every((b, i) => bytes[i] === b)) bytes = gunzipSync(bytes);
    const release = JSON.parse(bytes.toString('utf8')) as HelmRelease;
    if (typeof release !== 'object' || release === null || typeof release.version !== 'number') throw new Error('no release version');
    release.info ??= {};
    release.chart ??= { metadata: {} };
    release.chart.metadata ??= {};
    return release;
  } catch (error) {
    throw new SlipwayError('release', `release record ${recordName} cannot be decoded: ${(error as Error).message}`, {
      where: { resource: recordName },
      hint: 'the record is not a Helm release; it was left untouched. Inspect it, then delete it if it is garbage',
      cause: error,
    });
  }
}

/** JSON.stringify plus Go's HTML-safe escapes (they only occur inside strings, so a global replace is exact). */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Copies `source` with `order` first (skipping undefined and Go's omitempty zero values), then unknown fields. */
function ordered(source: Record<string, unknown>, order: readonly string[], omitEmpty: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const isEmpty = (v: unknown): boolean =>
    v === undefined || v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
  for (const key of order) {
    const value = source[key];
    if (value === undefined) continue;
    if (omitEmpty.includes(key) && isEmpty(value)) continue;
    out[key] = value;
  }
  for (const [key, value] of Object.entries(source)) if (!(key in out) && !order.includes(key) && value !== undefined) out[key] = value;
  return out;
}

/** Go sorts map keys; values maps are maps all the way down. */
export function sortedMap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedMap);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedMap((value as Record<string, unknown>)[key]);
  return out;
}

const releaseFields = ['name', 'info', 'chart', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method'];
const infoFields = ['first_deployed', 'last_deployed', 'deleted', 'description', 'status', 'rollback_revision', 'notes', 'resources'];
const chartFields = ['metadata', 'lock', 'templates', 'values', 'schema', 'schemamodtime', 'files', 'modtime'];
const metadataFields = ['name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type'];
const hookFields = ['name', 'kind', 'path', 'manifest', 'events', 'last_run', 'weight', 'delete_policies', 'output_log_policies'];

export function orderRelease(release: HelmRelease): Record<string, unknown> {
  return ordered(
    {
      ...release,
      info: orderInfo(release.info),
      chart: orderChart(release.chart),
      config: release.config === undefined ? undefined : sortedMap(release.config),
      hooks: release.hooks?.map(orderHook),
    },
    releaseFields,
    ['name', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method'],
  );
}

function orderInfo(info: ReleaseInfo): Record<string, unknown> {
  return ordered(info, infoFields, infoFields);
}

/** chart.Metadata as Go marshals it (release records, and the config blob of a Helm OCI chart). */
export function orderChartMetadata(metadata: HelmChart['metadata']): Record<string, unknown> {
  return ordered({ ...metadata, annotations: metadata.annotations && sortedMap(metadata.annotations) }, metadataFields, metadataFields);
}

function orderChart(chart: HelmChart): Record<string, unknown> {
  const metadata = orderChartMetadata(chart.metadata);
  return ordered(
    {
      ...chart,
      metadata,
      lock: chart.lock ?? null,
      templates: chart.templates ?? null,
      values: chart.values === undefined || chart.values === null ? null : sortedMap(chart.values),
      schema: chart.schema ?? null,
      // Helm 4 writes the zero time here (no omitzero on this field); Helm 3 ignores it.
      schemamodtime: chart.schemamodtime ?? '0001-01-01T00:00:00Z',
      files: chart.files ?? null,
    },
    chartFields,
    ['modtime'],
  );
}

function orderHook(hook: ReleaseHook): Record<string, unknown> {
  const lastRun = ordered({ ...hook.last_run }, ['started_at', 'completed_at', 'phase'], ['started_at', 'completed_at']);
  if (!('phase' in lastRun)) lastRun.phase = '';
  return ordered({ ...hook, last_run: lastRun }, hookFields, hookFields.filter((f) => f !== 'last_run'));
}
