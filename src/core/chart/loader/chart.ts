/**
 * A loaded chart as Helm's chart.Chart holds it: metadata (Chart.yaml, plus requirements.yaml for v1),
 * templates, default values, schema, other files, and the subcharts found in charts/.
 */
import type { ChartMetadata } from '../../release/helmRelease.js';

export interface ChartFile {
  /** Path inside the chart, with `/` separators, e.g. `templates/deployment.yaml`. */
  name: string;
  data: Uint8Array;
}

export interface Chart {
  metadata: ChartMetadata;
  /** Chart.lock (or requirements.lock for v1), as parsed. */
  lock?: Record<string, unknown>;
  templates: ChartFile[];
  /** values.yaml, numbers as float64 (Helm reads it through JSON). */
  values: Record<string, unknown>;
  /** values.schema.json, raw bytes. */
  schema?: Uint8Array;
  /** Every other file (exposed to templates as `.Files`), crds/ and NOTES.txt's neighbours included. */
  files: ChartFile[];
  /** Every file of the chart as loaded, for storing the chart in a release record. */
  raw: ChartFile[];
  dependencies: Chart[];
  parent?: Chart;
  /** Where the chart came from (a directory, an archive, or `parent/charts/x`), for error messages. */
  origin: string;
}

export function chartName(c: Chart): string {
  return c.metadata.name ?? '';
}

/** Helm's ChartFullPath: `top/charts/sub/charts/subsub`. */
export function chartFullPath(c: Chart): string {
  return c.parent === undefined ? chartName(c) : `${chartFullPath(c.parent)}/charts/${chartName(c)}`;
}

export function isLibraryChart(c: Chart): boolean {
  return (c.metadata.type ?? '').toLowerCase() === 'library';
}

/** Files of crds/ with a manifest extension, this chart's first, then each subchart's (Helm's CRDObjects). */
export function chartCrds(c: Chart): { filename: string; file: ChartFile }[] {
  const out: { filename: string; file: ChartFile }[] = [];
  for (const f of c.files) {
    if (f.name.startsWith('crds/') && /\.(ya?ml|json)$/i.test(f.name)) out.push({ filename: `${chartFullPath(c)}/${f.name}`, file: f });
  }
  for (const d of c.dependencies) out.push(...chartCrds(d));
  return out;
}
