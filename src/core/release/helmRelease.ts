/**
 * The release record exactly as Helm 3 and Helm 4 store it (pkg/release/v1 in Helm 4, pkg/release in
 * Helm 3): snake_case JSON fields, kept as the stored shape so that a record read from the cluster and
 * written back (e.g. marked superseded) loses no field, including fields a newer Helm may add.
 */
export type ReleaseStatus =
  | 'unknown'
  | 'deployed'
  | 'uninstalled'
  | 'superseded'
  | 'failed'
  | 'uninstalling'
  | 'pending-install'
  | 'pending-upgrade'
  | 'pending-rollback';

export const pendingStatuses: readonly ReleaseStatus[] = ['pending-install', 'pending-upgrade', 'pending-rollback'];

export function isPending(status: ReleaseStatus | undefined): boolean {
  return status !== undefined && pendingStatuses.includes(status);
}

export interface ReleaseInfo {
  first_deployed?: string;
  last_deployed?: string;
  deleted?: string;
  description?: string;
  status?: ReleaseStatus;
  rollback_revision?: number;
  notes?: string;
  [field: string]: unknown;
}

export interface ChartMaintainer {
  name?: string;
  email?: string;
  url?: string;
}

export interface ChartDependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: unknown[];
  alias?: string;
}

/** Chart.yaml as Helm's chart.Metadata serializes it. */
export interface ChartMetadata {
  name?: string;
  home?: string;
  sources?: string[];
  version?: string;
  description?: string;
  keywords?: string[];
  maintainers?: ChartMaintainer[];
  icon?: string;
  apiVersion?: string;
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  type?: string;
  [field: string]: unknown;
}

/** A chart file; `data` is base64, as Go marshals []byte. */
export interface ChartFile {
  name: string;
  data: string;
  modtime?: string;
}

export interface HelmChart {
  metadata: ChartMetadata;
  lock?: { generated: string; digest: string; dependencies: ChartDependency[] } | null;
  templates?: ChartFile[] | null;
  values?: Record<string, unknown> | null;
  /** base64 of values.schema.json, or null. */
  schema?: string | null;
  schemamodtime?: string;
  files?: ChartFile[] | null;
  modtime?: string;
  [field: string]: unknown;
}

export type HookEvent = 'pre-install' | 'post-install' | 'pre-delete' | 'post-delete' | 'pre-upgrade' | 'post-upgrade' | 'pre-rollback' | 'post-rollback' | 'test';
export type HookDeletePolicy = 'hook-succeeded' | 'hook-failed' | 'before-hook-creation';
export type HookPhase = 'Unknown' | 'Running' | 'Succeeded' | 'Failed' | '';

export interface HookExecution {
  started_at?: string;
  completed_at?: string;
  phase: HookPhase;
}

export interface ReleaseHook {
  name?: string;
  kind?: string;
  path?: string;
  manifest?: string;
  events?: HookEvent[];
  last_run: HookExecution;
  weight?: number;
  delete_policies?: HookDeletePolicy[];
  output_log_policies?: string[];
  [field: string]: unknown;
}

export interface HelmRelease {
  name: string;
  info: ReleaseInfo;
  chart: HelmChart;
  config?: Record<string, unknown>;
  manifest?: string;
  hooks?: ReleaseHook[];
  version: number;
  namespace: string;
  /** Helm 4: "ssa" or "csa"; Helm 3 ignores it. */
  apply_method?: string;
  [field: string]: unknown;
}

/** The storage object's name: `sh.helm.release.v1.<name>.v<revision>`. */
export function releaseRecordName(release: string, revision: number): string {
  return `sh.helm.release.v1.${release}.v${revision}`;
}

/** Go's RFC3339Nano for a JS date: UTC with "Z", fractional seconds without trailing zeros. */
export function goTime(date: Date): string {
  return date.toISOString().replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}
