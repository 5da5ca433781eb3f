import type { Chart } from '../chart/loader/chart.js';
import type { RenderResult } from '../chart/render.js';
import type { ChartFile, HelmChart } from '../release/helmRelease.js';
import type { DeployInput } from '../deploy/deployInput.js';

const file = (f: { name: string; data: Uint8Array }): ChartFile => ({ name: f.name, data: Buffer.from(f.data).toString('base64') });

/** The chart as Helm stores it in a release record (metadata, lock, templates, values, schema, files). */
export function helmChartOf(chart: Chart): HelmChart {
  return {
    metadata: chart.metadata,
    lock: (chart.lock as HelmChart['lock']) ?? null,
    templates: chart.templates.map(file),
    values: chart.values,
    schema: chart.schema ? Buffer.from(chart.schema).toString('base64') : null,
    files: chart.files.map(file),
  };
}

/** The renderer's output as the deploy engine's input: the seam between chart and deploy. Pure. */
export function deployInputOf(result: RenderResult, chart: Chart, options: { release: string; namespace: string; config: Record<string, unknown> }): DeployInput {
  return {
    release: options.release,
    namespace: options.namespace,
    chart: helmChartOf(chart),
    config: options.config,
    // The line in the template file (render with templateLines), so errors point at `templates/x.yaml:LINE`;
    // a line of the rendered output would point at the wrong template line.
    documents: [...result.manifests, ...result.hooks].map((m) => ({ source: m.source, content: m.content, ...(m.templateLine !== undefined ? { line: m.templateLine } : {}) })),
    crds: result.crds.map((c) => ({ source: c.source, content: c.content })),
    ...(result.notes ? { notes: result.notes } : {}),
  };
}
