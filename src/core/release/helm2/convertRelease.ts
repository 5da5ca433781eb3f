/**
 * A Helm 2 release as a Helm 3 release record, field by field as helm-2to3 (pkg/v3/release.go CreateRelease)
 * maps it: status and hook enums renamed (deleted → uninstalled, release-test-* → test, policies hook-…),
 * chart metadata with type "application" and no dependencies/lock/schema, values parsed from Config.raw,
 * Any files by type_url, hook last_run from the last test suite run. Pure.
 */
import { readValuesText } from '../../chart/values/goYamlValues.js';
import type { HelmChart, HelmRelease, HookDeletePolicy, HookEvent, HookExecution, ReleaseHook, ReleaseStatus } from '../helmRelease.js';
import type { Timestamp, V2Chart, V2Release } from './tillerRelease.js';

const statusNames = ['UNKNOWN', 'DEPLOYED', 'DELETED', 'SUPERSEDED', 'FAILED', 'DELETING', 'PENDING_INSTALL', 'PENDING_UPGRADE', 'PENDING_ROLLBACK'];
const eventNames = ['UNKNOWN', 'PRE_INSTALL', 'POST_INSTALL', 'PRE_DELETE', 'POST_DELETE', 'PRE_UPGRADE', 'POST_UPGRADE', 'PRE_ROLLBACK', 'POST_ROLLBACK', 'RELEASE_TEST_SUCCESS', 'RELEASE_TEST_FAILURE', 'CRD_INSTALL'];
const policyNames = ['SUCCEEDED', 'FAILED', 'BEFORE_HOOK_CREATION'];
const testRunStatusNames = ['UNKNOWN', 'SUCCESS', 'FAILURE', 'RUNNING'];

export class ConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionError';
  }
}

function enumName(names: string[], code: number, what: string): string {
  const name = names[code];
  if (name === undefined) throw new ConversionError(`Failed to get the v2 ${what} (code ${code})`);
  return name;
}

const kebab = (name: string): string => name.toLowerCase().replaceAll('_', '-');

/** ptypes.Timestamp → Go's RFC3339Nano in UTC (what Helm 3's time.Time marshals to). */
export function timestampTime(ts: Timestamp | undefined): string | undefined {
  if (ts === undefined) return undefined;
  const date = new Date(Number(ts.seconds) * 1000);
  const base = date.toISOString().slice(0, 19);
  const fraction = ts.nanos === 0 ? '' : `.${String(ts.nanos).padStart(9, '0').replace(/0+$/, '')}`;
  return `${base}${fraction}Z`;
}

function values(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  try {
    return readValuesText(raw);
  } catch (e) {
    throw new ConversionError(`the values (Config.raw) are not YAML: ${(e as Error).message}`);
  }
}

const b64 = (data: Uint8Array): string => Buffer.from(data).toString('base64');

function chart(v2: V2Chart): HelmChart & { dependencies?: HelmChart[] } {
  const m = v2.metadata;
  const out: HelmChart = {
    metadata: m
      ? {
          name: m.name,
          home: m.home,
          sources: m.sources,
          version: m.version,
          description: m.description,
          keywords: m.keywords,
          ...(m.maintainers.length > 0 ? { maintainers: m.maintainers.map((x) => ({ name: x.name, email: x.email, url: x.url })) } : {}),
          icon: m.icon,
          apiVersion: m.apiVersion,
          condition: m.condition,
          tags: m.tags,
          appVersion: m.appVersion,
          deprecated: m.deprecated,
          ...(Object.keys(m.annotations).length > 0 ? { annotations: m.annotations } : {}),
          kubeVersion: m.kubeVersion,
          type: 'application',
        }
      : {},
    lock: null,
    templates: v2.templates.length > 0 ? v2.templates.map((t) => ({ name: t.name, data: b64(t.data) })) : null,
    values: values(v2.values) ?? null,
    schema: null,
    files: v2.files.length > 0 ? v2.files.map((f) => ({ name: f.name, data: b64(f.data) })) : null,
  };
  return out;
}

function lastRun(hookName: string, release: V2Release): HookExecution {
  const run = release.info?.status?.lastTestSuiteRun?.find((r) => r.name === hookName);
  if (!run) return { phase: '' };
  const status = kebab(enumName(testRunStatusNames, run.status, 'test run status'));
  const phase = status === 'success' ? 'Succeeded' : status === 'failure' ? 'Failed' : status.charAt(0).toUpperCase() + status.slice(1);
  return { ...(run.startedAt ? { started_at: timestampTime(run.startedAt)! } : {}), ...(run.completedAt ? { completed_at: timestampTime(run.completedAt)! } : {}), phase: phase as HookExecution['phase'] };
}

function hooks(release: V2Release): ReleaseHook[] | undefined {
  if (release.hooks.length === 0) return undefined;
  return release.hooks.map((h) => ({
    name: h.name,
    kind: h.kind,
    path: h.path,
    manifest: h.manifest,
    events: h.events.map((e) => {
      const name = kebab(enumName(eventNames, e, 'hook event'));
      return (name.includes('release-test') ? 'test' : name) as HookEvent;
    }),
    last_run: lastRun(h.name, release),
    weight: h.weight,
    delete_policies: h.deletePolicies.map((p) => {
      const name = kebab(enumName(policyNames, p, 'hook delete policy'));
      return (name.includes('before-hook-creation') ? name : `hook-${name}`) as HookDeletePolicy;
    }),
  }));
}

/** Sub-charts are not stored in a Helm 3 record (chart.Chart's parent/dependencies are not marshalled). */
export function convertV2Release(release: V2Release): HelmRelease {
  if (!release.chart || !release.info) throw new ConversionError('No v2 chart or info metadata');
  const status = kebab(enumName(statusNames, release.info.status?.code ?? 0, 'status'));
  const v3Status = (status === 'deleted' ? 'uninstalled' : status === 'deleting' ? 'uninstalling' : status) as ReleaseStatus;
  const config = values(release.config);
  const convertedHooks = hooks(release);
  return {
    name: release.name,
    info: {
      ...(release.info.firstDeployed ? { first_deployed: timestampTime(release.info.firstDeployed)! } : {}),
      ...(release.info.lastDeployed ? { last_deployed: timestampTime(release.info.lastDeployed)! } : {}),
      ...(release.info.deleted ? { deleted: timestampTime(release.info.deleted)! } : {}),
      description: release.info.description,
      status: v3Status,
      notes: release.info.status?.notes ?? '',
    },
    chart: chart(release.chart),
    ...(config !== undefined ? { config } : {}),
    manifest: release.manifest,
    ...(convertedHooks ? { hooks: convertedHooks } : {}),
    version: release.version,
    namespace: release.namespace,
  };
}
