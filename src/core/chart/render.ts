/**
 * The chart engine as a library: a loaded chart + user values + options → manifests, hooks and notes,
 * exactly as Helm's install action renders them (helm template's output is `formatTemplateOutput` of this).
 * Steps follow Helm: installable check, dependencies present, ProcessDependencies, ToRenderValues
 * (coalesce + schema), kubeVersion check, engine render over the whole tree, NOTES split, SortManifests.
 */
import { SlipwayError } from '../errors/slipwayError.js';
import { TemplateRenderError } from './templateRenderError.js';
import type { AsyncLookup, ExecuteOptions, FuncMap, GoFunc, LookupReader } from './template/funcTypes.js';
import { GoError } from './template/goErrors.js';
import { GoInt, asNamedMap, isGoMap } from './template/goValues.js';
import { HelmRenderError, executeHelmTemplates, parseHelmTemplates, type HelmTemplate } from './template/helmEngine.js';
import { helmFuncMap } from './functions/helmFuncMap.js';
import { executeLoadingLibraries, prepareFunctionLibraries } from './functions/functionLibraries.js';
import { buildCapabilities, KubeVersionError, type Capabilities, type CapabilitiesOptions } from './builtins/capabilities.js';
import { ChartFilesObject, toYamlFromFuncs } from './builtins/chartFilesObject.js';
import { chartMetadataObject } from './builtins/chartObject.js';
import { chartCrds, chartFullPath, chartName, isLibraryChart, type Chart } from './loader/chart.js';
import { isCompatibleRange } from './loader/semverRange.js';
import { coalesceValues, isTable, slogWarn, type Values, type Warn } from './values/coalesce.js';
import { missingDependencies, processDependencies } from './values/dependencies.js';
import { loadSchemaValidators, validateValuesAgainstSchemas } from './values/schemaValidation.js';
import type { OutputLineSources } from './template/outputSources.js';
import { ManifestParseError, sortManifests, type RenderedHook, type RenderedManifest } from './output/manifestSort.js';
import { decodeGoBytes } from './template/goBytes.js';

export interface RenderOptions {
  releaseName: string;
  namespace: string;
  /** `.Release.IsUpgrade` (helm template --is-upgrade; converge of an existing release). */
  isUpgrade?: boolean;
  revision?: number;
  capabilities?: CapabilitiesOptions;
  /** Helm's --strict (missingkey=error). */
  strict?: boolean;
  /** Cluster reader for `lookup` (empty results when absent, as offline Helm). */
  lookup?: LookupReader;
  /**
   * The cluster for `lookup` in a connected render (converge, plan): templates run, the objects they looked
   * up are read, and they run again with the answers until no new lookup appears (a lookup may depend on
   * another's result). Takes precedence over `lookup`.
   */
  clusterLookup?: AsyncLookup;
  skipSchemaValidation?: boolean;
  /** Render NOTES.txt of subcharts too (helm --render-subchart-notes). */
  subNotes?: boolean;
  /** Helm's log warnings (coalesce type mismatches, non-bool conditions…). */
  warn?: Warn;
  /**
   * Trace every output line to the template line that wrote it: documents then carry `templateLine`,
   * `templateLines` and `sourceOf`. Off by default (the output is the same; tracing costs a little).
   */
  templateLines?: boolean;
  /**
   * Functions added to Helm's (as Helm's CustomTemplateFuncs), e.g. werf's `werf_image` for a werf project.
   * Absent, templates see exactly Helm's functions.
   */
  extraFunctions?: Record<string, GoFunc>;
}

export interface RenderedCrd {
  /** `chart/crds/x.yaml` (subcharts: `top/charts/sub/crds/x.yaml`). */
  source: string;
  content: string;
}

export interface RenderResult {
  /** Ordinary resources in Helm's install order, each with its template and line range. */
  manifests: RenderedManifest[];
  /** Hook documents in Helm's order (by kind), with events, weight and policies. */
  hooks: RenderedHook[];
  /** Rendered NOTES.txt of the top chart (and subcharts with subNotes). */
  notes: string;
  /** crds/ files of the whole tree, not templated. */
  crds: RenderedCrd[];
  /** The values templates saw (`.Values` of the top chart): defaults coalesced with user values. */
  values: Values;
  /** The chart after dependency processing (disabled subcharts removed, aliases applied). */
  chart: Chart;
  /** Every template's raw output (NOTES included), keyed by template path, for debugging and --debug. */
  rendered: Map<string, string>;
}

const NOTES_SUFFIX = 'NOTES.txt';

function chartError(message: string, chart: Chart, hint?: string): SlipwayError {
  return new SlipwayError('chart', message, { where: { file: `${chart.origin}/Chart.yaml` }, ...(hint ? { hint } : {}) });
}

/** Helm's recAllTpls: template list and per-chart top-level data (`.Values` scoped to each subchart). */
function collectTemplates(chart: Chart, parentData: Record<string, unknown>, isRoot: boolean, out: { templates: HelmTemplate[]; dataOf: Map<string, { data: Record<string, unknown>; basePath: string }> }, funcs: FuncMap): Record<string, unknown> {
  const subcharts: Record<string, unknown> = {};
  let values: unknown = {};
  if (isRoot) values = parentData.Values;
  else {
    let table: unknown = parentData;
    for (const p of ['Values', ...chartName(chart).split('.')]) table = isTable(table) ? table[p] : undefined;
    if (isTable(table)) values = table;
  }
  // Helm hands every chart its values as common.Values (what typeOf reports), the same map otherwise.
  if (isGoMap(values)) asNamedMap(values, 'common.Values');
  const data: Record<string, unknown> = {
    Chart: chartMetadataObject(chart.metadata, isRoot),
    Files: ChartFilesObject.of(chart.files, toYamlFromFuncs(funcs)),
    Release: parentData.Release,
    Capabilities: parentData.Capabilities,
    Values: values,
    Subcharts: subcharts,
  };
  for (const child of chart.dependencies) subcharts[chartName(child)] = collectTemplates(child, data, false, out, funcs);
  const fullPath = chartFullPath(chart);
  const library = isLibraryChart(chart);
  for (const t of chart.templates) {
    if (library && !t.name.slice(t.name.lastIndexOf('/') + 1).startsWith('_')) continue;
    const name = `${fullPath}/${t.name}`;
    out.templates.push({ name, text: decodeGoBytes(t.data) });
    out.dataOf.set(name, { data, basePath: `${fullPath}/templates` });
  }
  return data;
}

/** Asynchronous only to load the libraries of the template functions the chart calls (after parsing, before executing). */
export async function render(loaded: Chart, userValues: Values, options: RenderOptions): Promise<RenderResult> {
  const warn = options.warn ?? (() => {});
  const type = loaded.metadata.type ?? '';
  if (type !== '' && type !== 'application') throw chartError(`${type} charts are not installable`, loaded, 'a library chart can only be used as a dependency of an application chart');
  // Helm's install action warns, and renders anyway.
  if (loaded.metadata.deprecated) slogWarn(warn, 'this chart is deprecated');
  const missing = missingDependencies(loaded);
  if (missing.length > 0) {
    throw new SlipwayError(
      'chart',
      `an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
      { where: { file: `${loaded.origin}/Chart.yaml`, field: 'dependencies' }, hint: `put ${missing.map((m) => `${m} (a directory or .tgz)`).join(', ')} under ${loaded.origin}/charts/: slipway does not download charts` },
    );
  }
  let chart: Chart;
  try {
    chart = processDependencies(loaded, userValues, warn);
  } catch (e) {
    throw new SlipwayError('values', `chart dependencies processing failed: ${(e as Error).message}`, { cause: e });
  }
  let caps: Capabilities;
  try {
    caps = buildCapabilities(options.capabilities);
  } catch (e) {
    if (e instanceof KubeVersionError) throw new SlipwayError('input', `invalid kube version '${options.capabilities?.kubeVersion}': ${e.message}`, { where: { input: '--kube-version' } });
    throw e;
  }
  let values: Values;
  try {
    values = coalesceValues(chart, userValues, warn);
  } catch (e) {
    throw new SlipwayError('values', (e as Error).message, { cause: e });
  }
  if (!options.skipSchemaValidation) {
    await loadSchemaValidators(chart);
    validateValuesAgainstSchemas(chart, values);
  }
  const kubeConstraint = chart.metadata.kubeVersion ?? '';
  if (kubeConstraint !== '' && !isCompatibleRange(kubeConstraint, caps.KubeVersion.String())) {
    throw new TemplateRenderError('chart', `chart requires kubeVersion: ${kubeConstraint} which is incompatible with Kubernetes ${caps.KubeVersion.Version}`, {
      where: { file: `${chart.origin}/Chart.yaml` },
      hint: 'pass --kube-version to render for another Kubernetes version',
    });
  }
  const top: Record<string, unknown> = {
    Chart: chartMetadataObject(chart.metadata, true),
    Capabilities: caps,
    Release: {
      Name: options.releaseName,
      Namespace: options.namespace,
      IsUpgrade: options.isUpgrade ?? false,
      IsInstall: !(options.isUpgrade ?? false),
      Revision: BigInt(options.revision ?? 1),
      Service: 'Helm',
    },
    Values: values,
  };
  const funcs = helmFuncMap();
  for (const [name, fn] of Object.entries(options.extraFunctions ?? {})) funcs.set(name, fn);
  const collected = { templates: [] as HelmTemplate[], dataOf: new Map<string, { data: Record<string, unknown>; basePath: string }>() };
  collectTemplates(chart, top, true, collected, funcs);
  const exec: ExecuteOptions = { missingKey: options.strict ? 'error' : 'zero', ...(options.lookup ? { lookup: options.lookup } : {}) };
  let rendered: Map<string, string>;
  const lineSources = options.templateLines ? new Map<string, OutputLineSources>() : undefined;
  try {
    const parsed = parseHelmTemplates(collected.templates, funcs);
    await prepareFunctionLibraries(funcs, parsed.set.usedFunctions);
    const run = () =>
      executeHelmTemplates(
        parsed,
        (name) => {
          // Helm sets .Template on the chart's shared top-level map before executing each file.
          const { data, basePath } = collected.dataOf.get(name)!;
          data.Template = asNamedMap({ Name: name, BasePath: basePath }, 'common.Values');
          return data;
        },
        exec,
        lineSources,
      );
    const used = parsed.set.usedFunctions;
    const clusterLookup = options.clusterLookup;
    // Kept across a rerun for a library a tpl reached, so no object is read twice.
    const answers: LookupAnswers = new Map();
    rendered = await executeLoadingLibraries(() => (clusterLookup && (used.has('lookup') || used.has('tpl')) ? runWithClusterLookups(run, exec, clusterLookup, answers) : run()));
  } catch (e) {
    if (e instanceof HelmRenderError) {
      const m = /^(?:parse error at|execution error at) \(([^:)]+):(\d+)(?::(\d+))?\)/.exec(e.message);
      throw new TemplateRenderError('template', e.message, {
        where: m ? { file: m[1]!, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) } : { file: e.template },
        cause: e,
      });
    }
    throw e;
  }
  const notesParts: string[] = [];
  const manifestsIn = new Map<string, string>();
  const rootNotes = `${chartName(chart)}/templates/${NOTES_SUFFIX}`;
  for (const [k, v] of rendered) {
    if (k.endsWith(NOTES_SUFFIX)) {
      if (options.subNotes || k === rootNotes) notesParts.push(v);
      continue;
    }
    manifestsIn.set(k, v);
  }
  let sorted;
  try {
    sorted = sortManifests(manifestsIn, lineSources, warn);
  } catch (e) {
    if (e instanceof ManifestParseError) {
      // Traced, the rendered line becomes the template line that wrote it; untraced it stays a rendered line.
      const line = lineSources?.get(e.source)?.siteLine[e.line - 1] ?? e.line;
      throw new TemplateRenderError('template', e.message, { where: { file: e.source, line }, hint: 'the template renders invalid YAML; `slipway render --debug` prints what it rendered', cause: e, renderedFiles: manifestsIn });
    }
    throw e;
  }
  return {
    manifests: sorted.manifests,
    hooks: sorted.hooks,
    notes: notesParts.join('\n'),
    crds: chartCrds(chart).map((c) => ({ source: c.filename, content: decodeGoBytes(c.file.data) })),
    values,
    chart,
    rendered,
  };
}

const MAX_LOOKUP_PASSES = 10;

/**
 * Runs the templates with lookups answered from a cache of cluster reads: a pass that asked for objects not
 * read yet is discarded (it may even have failed on the empty answers), those objects are read, and the
 * templates run again. Each lookup gets a fresh copy, as each Helm lookup is a fresh GET.
 */
type LookupAnswers = Map<string, { json: string } | { error: string }>;

async function runWithClusterLookups(run: () => Map<string, string>, exec: ExecuteOptions, read: AsyncLookup, answers: LookupAnswers): Promise<Map<string, string>> {
  for (let pass = 1; ; pass++) {
    const missing = new Map<string, [string, string, string, string]>();
    exec.lookup = (apiVersion, kind, namespace, name) => {
      const key = JSON.stringify([apiVersion, kind, namespace, name]);
      const answer = answers.get(key);
      if (answer === undefined) {
        missing.set(key, [apiVersion, kind, namespace, name]);
        return {};
      }
      if ('error' in answer) throw new GoError(answer.error);
      return jsonToGo(JSON.parse(answer.json)) as Record<string, unknown>;
    };
    let rendered: Map<string, string> | undefined;
    let failure: unknown;
    try {
      rendered = run();
    } catch (e) {
      failure = e;
    }
    if (missing.size === 0) {
      if (rendered === undefined) throw failure;
      return rendered;
    }
    if (pass >= MAX_LOOKUP_PASSES) {
      throw new SlipwayError('template', `lookups did not settle after ${MAX_LOOKUP_PASSES} passes: each pass asked for new objects (${[...missing.keys()].slice(0, 3).join(', ')})`, {
        hint: 'a chart whose lookups depend on each other in a chain longer than this is not supported',
      });
    }
    await Promise.all(
      [...missing].map(async ([key, [apiVersion, kind, namespace, name]]) => {
        try {
          answers.set(key, { json: JSON.stringify(await read(apiVersion, kind, namespace, name)) });
        } catch (e) {
          answers.set(key, { error: (e as Error).message });
        }
      }),
    );
  }
}

/** An object from the API as Go's unstructured decoding gives it: integers int64, other numbers float64. */
function jsonToGo(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && Number.isSafeInteger(v) ? new GoInt('int64', BigInt(v)) : v;
  if (Array.isArray(v)) return v.map(jsonToGo);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = jsonToGo(x);
    return out;
  }
  return v;
}
