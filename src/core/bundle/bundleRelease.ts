import { SlipwayError } from '../errors/slipwayError.js';
import type { Chart } from '../chart/loader/chart.js';
import type { RenderResult } from '../chart/render.js';
import type { DeployInput } from '../deploy/deployInput.js';
import type { KubeClient } from '../kube/kubeClient.js';
import type { ReleaseStorageType } from '../release/releaseStorage.js';
import type { PulledBundle } from './bundleArtifact.js';

type Values = Record<string, unknown>;

const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface BundleRenderOptions {
  release: string;
  namespace: string;
  /** Values given at apply time (-f, --set…), already merged. */
  values: Values;
  /** The target cluster (apply): .Capabilities, .Release.IsUpgrade/Revision and lookup read it. */
  cluster?: KubeClient;
  releaseStorage?: { namespace?: string; type?: ReleaseStorageType };
  /** `bundle render`: these API versions and Kubernetes version instead of a cluster's. */
  capabilities?: { kubeVersion?: string; apiVersions: string[] };
  warn: (message: string) => void;
  /** For tracing errors to template lines (apply); `bundle render` prints as `render` does. */
  templateLines?: boolean;
}

export interface RenderedBundle {
  chart: Chart;
  config: Values;
  rendered: RenderResult;
  /** Annotations and labels baked at publish (`--add-annotation/--add-label`), for every resource. */
  addAnnotations: Record<string, string>;
  addLabels: Record<string, string>;
}

/** The chart of a pulled bundle, or an error naming the bundle (a corrupt or non-chart archive). */
export async function bundleChart(bundle: PulledBundle, origin: string): Promise<Chart> {
  const { chartFromArchive } = await import('../chart/loader/chartFromFiles.js');
  try {
    return chartFromArchive(bundle.chartArchive, origin, true);
  } catch (error) {
    throw new SlipwayError('chart', `the bundle ${origin} does not hold a loadable chart: ${(error as Error).message}`, { hint: 'republish it (slipway bundle publish or helm push of a `helm package` archive)', cause: error });
  }
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isMap(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Renders a pulled bundle for a release: its baked values are the chart's defaults; `.Values.slipway.release`
 * / `.namespace` (and werf's namespace) and the apply-time values are the release's config, as converge gives them.
 */
export async function renderBundle(bundle: PulledBundle, origin: string, options: BundleRenderOptions): Promise<RenderedBundle> {
  const { render } = await import('../chart/render.js');
  const { mergeValues, liveCapabilities, releaseState } = await import('../converge/environmentInput.js');
  const chart = await bundleChart(bundle, origin);
  const config = mergeValues({ slipway: { release: options.release, namespace: options.namespace }, werf: { namespace: options.namespace } }, options.values);
  const warnings: string[] = [];
  const cluster = options.cluster;
  const capabilities = cluster ? await liveCapabilities(cluster, options.warn) : options.capabilities;
  const state = cluster ? await releaseState(cluster, options.release, options.releaseStorage?.namespace ?? options.namespace, options.releaseStorage?.type ?? 'secret') : undefined;
  const rendered = await render(chart, config, {
    releaseName: options.release,
    namespace: options.namespace,
    templateLines: options.templateLines ?? false,
    warn: (m) => warnings.push(m),
    ...(capabilities ? { capabilities } : {}),
    ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
    ...(cluster ? { clusterLookup: (await import('../kube/clusterLookup.js')).clusterLookup(cluster) } : {}),
  });
  for (const w of warnings) options.warn(w);
  const baked = isMap(chart.values.slipway) && isMap(chart.values.slipway.bundle) ? chart.values.slipway.bundle : {};
  return { chart, config, rendered, addAnnotations: stringMap(baked.addAnnotations), addLabels: stringMap(baked.addLabels) };
}

/** `bundle apply`'s input to the deploy engine. */
export async function bundleDeployInput(bundle: PulledBundle, origin: string, options: BundleRenderOptions): Promise<{ input: DeployInput; addAnnotations: Record<string, string>; addLabels: Record<string, string> }> {
  const { deployInputOf } = await import('../converge/chartDeployInput.js');
  const result = await renderBundle(bundle, origin, { ...options, templateLines: true });
  return { input: deployInputOf(result.rendered, result.chart, { release: options.release, namespace: options.namespace, config: result.config }), addAnnotations: result.addAnnotations, addLabels: result.addLabels };
}
