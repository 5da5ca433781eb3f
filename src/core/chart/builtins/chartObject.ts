/**
 * `.Chart` as Helm's accessor.MetadataAsMap builds it: every Chart.yaml field under its Go name (zero
 * values included, slices as []interface{}, dependencies and maintainers as maps), plus IsRoot.
 */
import type { ChartDependency, ChartMaintainer, ChartMetadata } from '../../release/helmRelease.js';
import { GoObject, type UnderlyingCollection } from '../template/goValues.js';

function maintainerMap(m: ChartMaintainer | null): Record<string, unknown> | null {
  if (m === null) return null;
  return { Name: m.name ?? '', Email: m.email ?? '', URL: m.url ?? '' };
}

function dependencyMap(d: ChartDependency | null): Record<string, unknown> | null {
  if (d === null) return null;
  return {
    Name: d.name ?? '',
    Version: d.version ?? '',
    Repository: d.repository ?? '',
    Condition: d.condition ?? '',
    Tags: [...(d.tags ?? [])],
    Enabled: d.enabled ?? false,
    ImportValues: (d['import-values'] ?? []).map((v) => (v !== null && typeof v === 'object' ? { ...(v as object) } : v)),
    Alias: d.alias ?? '',
  };
}

/** Go's map[string]string (Metadata.Annotations): a typed map, nil when Chart.yaml has none. */
export class StringMap extends GoObject {
  readonly #map: Record<string, string> | undefined;
  constructor(map: Record<string, string> | undefined) {
    super();
    this.#map = map === undefined ? undefined : { ...map };
  }
  goType(): string {
    return 'map[string]string';
  }
  override underlying(): UnderlyingCollection {
    return { value: this.#map ?? {}, zero: '', ...(this.#map === undefined ? { nil: true } : {}) };
  }
}

export function chartMetadataObject(md: ChartMetadata, isRoot: boolean): Record<string, unknown> {
  return {
    Name: md.name ?? '',
    Home: md.home ?? '',
    Sources: [...(md.sources ?? [])],
    Version: md.version ?? '',
    Description: md.description ?? '',
    Keywords: [...(md.keywords ?? [])],
    Maintainers: (md.maintainers ?? []).map((m) => maintainerMap(m as ChartMaintainer | null)),
    Icon: md.icon ?? '',
    APIVersion: md.apiVersion ?? '',
    Condition: md.condition ?? '',
    Tags: md.tags ?? '',
    AppVersion: md.appVersion ?? '',
    Deprecated: md.deprecated ?? false,
    Annotations: new StringMap(md.annotations),
    KubeVersion: md.kubeVersion ?? '',
    Dependencies: (md.dependencies ?? []).map((d) => dependencyMap(d as ChartDependency | null)),
    Type: md.type ?? '',
    IsRoot: isRoot,
  };
}
