import type { HelmChart } from '../release/helmRelease.js';

/**
 * One rendered YAML document and the chart template it came from (`mychart/templates/web.yaml`),
 * as Helm's renderer produces it; `line` is the line of that template file that wrote the document's first
 * line, when the renderer traced it (for text of an included define, the line of the `include`). Hooks are ordinary documents with `helm.sh/hook`; the engine sorts them out.
 */
export interface RenderedDocument {
  source: string;
  content: string;
  line?: number;
}

/**
 * What the deploy engine needs: exactly what Helm's install/upgrade action holds after rendering.
 * `chart` is stored in the release record as Helm stores it (metadata from Chart.yaml; templates, files,
 * default values and schema when the loader provides them, so `helm rollback` and `helm get all` have them).
 */
export interface DeployInput {
  release: string;
  namespace: string;
  chart: HelmChart;
  /** The user-supplied values (Helm's release.config), not merged with chart defaults. */
  config: Record<string, unknown>;
  /** Every rendered template document, hooks included, in render order. */
  documents: RenderedDocument[];
  /** Files of the chart's (and subcharts') crds/ directories; created before anything else, never deleted. */
  crds?: RenderedDocument[];
  /** Rendered NOTES.txt of the top chart. */
  notes?: string;
}
