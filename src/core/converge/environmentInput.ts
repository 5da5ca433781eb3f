import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import { valueOptionsOf, type ValuesFlags } from '../chart/values/valuesFlags.js';
import type { DeployInput } from '../deploy/deployInput.js';
import type { KubeClient } from '../kube/kubeClient.js';
import type { CapabilitiesOptions } from '../chart/builtins/capabilities.js';
import type { ReleaseStorageType } from '../release/releaseStorage.js';
import type { SecretValue } from '../secretValue.js';
import type { BuildResult } from '../images/buildResult.js';
import type { BuilderChoice } from '../images/builders/chooseBuilder.js';
import { cliInputNames, inputLabel, type InputNames } from '../errors/inputNames.js';
import type { DeployEventSink } from '../deploy/deployEvents.js';

/** The image registry as the edge found it (flags, action inputs, CI variables): the core reads no environment. */
export interface RegistryAccess {
  /** `registry/path` the images are pushed to. */
  repo?: string;
  username?: string;
  password?: SecretValue;
  /** Network mode for RUN steps. */
  network?: string;
  builder?: BuilderChoice;
  /** A Docker config directory (DOCKER_CONFIG) holding the credentials, e.g. an action step's private one. */
  dockerConfigDir?: string;
}

/** What selects and shapes an environment's deploy, plus Helm's values flags as `helm install` takes them. */
export interface EnvironmentFlags extends ValuesFlags {
  env: string;
  release?: string;
  namespace?: string;
  repo?: string;
  dev?: boolean;
  commit?: string;
  skipBuild?: boolean;
  /** werf compatibility (service values, `werf_image`, secrets) for a slipway.yaml project; werf.yaml projects always have it. */
  werf?: boolean;
  /** werf's `--secret-values` files (project-relative, read from the commit), after `.helm/secret-values.yaml`. */
  secretValues?: string[];
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `over` wins; maps merge key by key (user values override the injected image values, never drop them wholesale). */
export function mergeValues(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isMap(v) && isMap(out[k]) ? mergeValues(out[k] as Record<string, unknown>, v) : v;
  return out;
}

/** Giterminism for the deploy: configuration and chart are used as committed, so changes must be committed first. */
export async function refuseUncommittedDeployInputs(root: string, prefix: string, configFile: string, chart: string): Promise<void> {
  const { workingTreeStatus } = await import('../git/gitRepository.js');
  const { projectStatus } = await import('../git/projectTree.js');
  const { uncommittedChanges, uncommittedChangesError } = await import('../git/giterminism.js');
  const changes = uncommittedChanges(projectStatus(await workingTreeStatus(root), prefix), { files: [configFile], directories: [chart], contexts: [] });
  if (changes.length > 0) throw uncommittedChangesError(changes, 'the deploy');
}

/**
 * Converge's first half for one environment: configuration from the commit (or working tree with --dev),
 * images built or looked up, the chart rendered with their references — the deploy engine's input.
 * `plan` never builds: missing images are an error there.
 */
export interface EnvironmentInputOptions {
    build: boolean;
    log: (line: string) => void;
    warn: (line: string) => void;
    dir?: string;
    /**
     * The target cluster: charts then see its version and API versions in `.Capabilities`, `.Release`
     * tells an upgrade (with its revision) from an install, and `lookup` reads it, as with `helm upgrade --install`.
     */
    cluster?: KubeClient;
    /** Where the release records live (default: the release namespace, Secrets). */
    releaseStorage?: { namespace?: string; type?: ReleaseStorageType };
    registry?: RegistryAccess;
    /** What errors call the edge's inputs (default: the CLI's flags). */
    inputNames?: InputNames;
    /** Phases (build, render) and images as delivery events. */
    emit?: DeployEventSink;
    /** Where werf's secret key is looked for ($WERF_SECRET_KEY as the edge read it, ~/.werf); the project directory is `dir`. */
    werfSecretKey?: { environment?: SecretValue; homeDir?: string };
    /**
     * Convert a Helm 2 release (Tiller's records in `tillerNamespace`) to Helm 3 records before the deploy
     * when the release has no Helm 3 record yet (converge; never plan).
     */
    migrateHelm2?: { tillerNamespace: string; cleanup: boolean };
}

export interface EnvironmentInput {
  input: DeployInput;
  project: string;
  images: Record<string, string>;
  build?: BuildResult;
  url?: string;
  /** Decrypted werf secrets (values and files): outputs mask them. */
  revealedSecrets?: string[];
  /** The chart's name (the first part of every template path) and its directory from the repository root, so
   * outputs can point at the file in the repository (a GitHub annotation's `file`). */
  chartSource?: ChartSource;
}

export interface ChartSource {
  name: string;
  /** From the repository root. */
  dir: string;
  /** The repository root on this machine. */
  root?: string;
}

/** `demo-shop/templates/web.yaml` → `app/.helm/templates/web.yaml`: a template's path from the repository root. */
export function repositoryPath(file: string, chart: ChartSource | undefined): string {
  if (!chart || !file.startsWith(`${chart.name}/`)) return file;
  const dir = chart.dir.replace(/^\.\//, '').replace(/\/+$/, '');
  return `${dir === '' || dir === '.' ? '' : `${dir}/`}${file.slice(chart.name.length + 1)}`;
}

export async function environmentInput(flags: EnvironmentFlags, options: EnvironmentInputOptions): Promise<EnvironmentInput> {
  const emit: DeployEventSink = options.emit ?? (() => undefined);
  const inputNames = options.inputNames ?? cliInputNames;
  const registry = options.registry ?? {};
  const dir = options.dir ?? process.cwd();
  const { openProject } = await import('../config/openProject.js');
  const { deployNames, environmentUrl } = await import('../config/deployNames.js');
  const { loadChart } = await import('../chart/loader/loadChart.js');
  const { render } = await import('../chart/render.js');
  const { mergeValueOptions } = await import('../chart/values/valueOptions.js');
  const { deployInputOf } = await import('./chartDeployInput.js');
  const project = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
  const { root, prefix, commit, tree, config } = project;
  if (!flags.dev && flags.commit === undefined) await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
  const names = deployNames(config.deploy, { project: config.project, env: flags.env });
  const release = flags.release ?? names.release;
  const namespace = flags.namespace ?? names.namespace;

  const werfProject = config.format === 'werf' || (flags.werf ?? false);
  let imageValues: Record<string, unknown> = {};
  let build: BuildResult | undefined;
  const images: Record<string, string> = {};
  if (config.images.length > 0) {
    const repo = flags.repo ?? registry.repo;
    if (!repo) throw new SlipwayError('input', `slipway.yaml declares ${config.images.length} image(s) but no image repository is given`, { where: { input: inputNames.repo }, hint: `set ${inputLabel(inputNames.repo)} to <registry>/<path> (or SLIPWAY_REPO)` });
    const { buildImages } = await import('../images/buildImages.js');
    const { chartImageValues } = await import('../images/buildResult.js');
    emit({ type: 'phase', phase: 'build', state: 'started' });
    const result = await buildImages({
      project,
      dir,
      repo,
      commit,
      dev: flags.dev ?? false,
      requireBuiltImages: !options.build || (flags.skipBuild ?? false),
      ...(registry.username !== undefined ? { username: registry.username } : {}),
      ...(registry.password !== undefined ? { password: registry.password } : {}),
      ...(registry.network ? { network: registry.network } : {}),
      ...(registry.builder ? { builder: registry.builder } : {}),
      ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
      inputNames,
      log: {
        info: options.log,
        warning: options.warn,
        // With an event stream the outputs print the build from the events; without one (plan), as lines.
        imageStarted: (image) => {
          emit({ type: 'image', name: image, reference: '', state: 'building' });
          if (!options.emit) options.log(`[${image}] building`);
        },
        imageOutput: (image, line) => {
          emit({ type: 'image-output', name: image, line });
          if (!options.emit) options.log(`[${image}] ${line}`);
        },
        imageFinished: (image, ok) => {
          if (!options.emit) options.log(`[${image}] ${ok ? 'pushed' : 'FAILED'}`);
        },
      },
    }).catch((error) => {
      emit({ type: 'phase', phase: 'build', state: 'failed', message: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    for (const image of result.images) {
      emit({ type: 'image', name: image.name, reference: image.reference, state: image.action, durationMs: image.durationMs, ...(image.error ? { message: image.error } : {}) });
    }
    emit({ type: 'phase', phase: 'build', state: result.images.some((i) => i.action === 'failed') ? 'failed' : 'finished' });
    build = result;
    imageValues = chartImageValues(result);
    for (const image of result.images) if (image.action !== 'failed' && image.action !== 'not-built') images[image.name] = image.reference;
  }
  let injected = mergeValues(imageValues, {
    slipway: { env: flags.env, namespace, release },
    werf: { env: flags.env, namespace },
  });
  if (werfProject) {
    const { werfServiceValues } = await import('../werf/werfServiceValues.js');
    const { commitDate } = await import('../git/gitRepository.js');
    const built = (build?.images ?? []).filter((i) => i.action !== 'failed' && i.action !== 'not-built');
    injected = mergeValues(injected, werfServiceValues({ project: config.project, repo: build?.repository ?? flags.repo ?? registry.repo ?? '', env: flags.env, namespace, commit: { hash: commit, date: await commitDate(root, commit) }, images: built }));
  }
  const userValues = mergeValueOptions(
    valueOptionsOf(flags),
    (path) => readFileSync(path, 'utf8'),
  );
  const secretValueFiles = werfProject ? (flags.secretValues ?? []) : [];
  if (!werfProject && (flags.secretValues ?? []).length > 0) {
    throw new SlipwayError('input', '--secret-values is werf\'s encrypted values format, read for werf.yaml projects or with --werf', { where: { input: '--secret-values' }, hint: 'add --werf (or use plain --values files)' });
  }
  const materialized = await tree.materialize([config.deploy.chart, ...secretValueFiles]);
  try {
    let values = mergeValues(injected, userValues);
    let secretFunctions: Map<string, SecretValue> = new Map();
    const revealedSecrets: string[] = [];
    if (werfProject) {
      const { loadWerfSecrets } = await import('../werf/werfChartSecrets.js');
      const secrets = loadWerfSecrets({ root: materialized.dir, chartDir: config.deploy.chart, secretValueFiles, keySources: { ...options.werfSecretKey, projectDir: dir } });
      values = mergeValues(mergeValues(injected, secrets.values), userValues);
      secretFunctions = secrets.files;
      revealedSecrets.push(...secrets.revealed);
    }
    let chart;
    try {
      chart = loadChart(join(materialized.dir, config.deploy.chart));
    } catch (error) {
      if (error instanceof SlipwayError) throw error;
      throw new SlipwayError('chart', `cannot load the chart at ${config.deploy.chart}: ${(error as Error).message}`, { where: { file: config.deploy.chart, field: 'deploy.chart' }, hint: 'point deploy.chart in slipway.yaml at a Helm chart directory (with Chart.yaml)' });
    }
    const warnings: string[] = [];
    emit({ type: 'phase', phase: 'render', state: 'started' });
    const capabilities = options.cluster ? await liveCapabilities(options.cluster, options.warn) : undefined;
    if (options.cluster && options.migrateHelm2) {
      const { migrateHelm2Release } = await import('../release/helm2/migrateHelm2.js');
      const { ReleaseStorage } = await import('../release/releaseStorage.js');
      const storage = new ReleaseStorage(options.cluster, { namespace: options.releaseStorage?.namespace ?? namespace, type: options.releaseStorage?.type ?? 'secret' });
      await migrateHelm2Release(options.cluster, { release, tillerNamespace: options.migrateHelm2.tillerNamespace, storage, cleanup: options.migrateHelm2.cleanup, log: options.log });
    }
    const state = options.cluster ? await releaseState(options.cluster, release, options.releaseStorage?.namespace ?? namespace, options.releaseStorage?.type ?? 'secret') : undefined;
    const rendered = await render(chart, values, {
      releaseName: release,
      namespace,
      templateLines: true,
      warn: (m) => warnings.push(m),
      ...(capabilities ? { capabilities } : {}),
      ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
      ...(options.cluster ? { clusterLookup: (await import('../kube/clusterLookup.js')).clusterLookup(options.cluster) } : {}),
      ...(werfProject ? { extraFunctions: (await import('../chart/functions/werf.js')).werfFunctions(secretFunctions) } : {}),
    });
    for (const w of warnings) options.warn(w);
    emit({ type: 'phase', phase: 'render', state: 'finished', message: `${rendered.manifests.length} manifests, ${rendered.hooks.length} hooks` });
    const url = environmentUrl(config.deploy, { project: config.project, env: flags.env, release, namespace });
    const chartSource = { name: chart.metadata.name ?? '', dir: [prefix, config.deploy.chart].filter((p) => p !== '' && p !== '.').join('/'), root };
    return { input: deployInputOf(rendered, chart, { release, namespace, config: werfProject ? ((await import('../werf/werfServiceValues.js')).jsonSafeValues(values) as Record<string, unknown>) : values }), project: config.project, images, chartSource, ...(revealedSecrets.length > 0 ? { revealedSecrets } : {}), ...(build ? { build } : {}), ...(url !== undefined ? { url } : {}) };
  } finally {
    await materialized.dispose();
  }
}

/** `.Capabilities` from the cluster, as Helm's getCapabilities: its version and discovery's API version set. */
export async function liveCapabilities(client: KubeClient, warn: (line: string) => void): Promise<CapabilitiesOptions> {
  const { clusterCapabilities } = await import('../kube/clusterCapabilities.js');
  const live = await clusterCapabilities(client);
  if (live.failedGroupVersions.length > 0) {
    warn(`the cluster could not describe ${live.failedGroupVersions.join(', ')} (an orphaned or failing API service?): charts will not see them in .Capabilities.APIVersions`);
  }
  return { clusterVersion: live.version, ...(live.apiVersions ? { apiVersions: live.apiVersions, fromCluster: true } : {}) };
}

/**
 * `.Release.IsUpgrade` and `.Release.Revision` as the deploy will record them: an upgrade when the history
 * holds a release to upgrade (the deploy engine's own rule), the revision after the newest one.
 */
export async function releaseState(client: KubeClient, release: string, storageNamespace: string, type: ReleaseStorageType): Promise<{ isUpgrade: boolean; revision: number }> {
  const { ReleaseStorage } = await import('../release/releaseStorage.js');
  const { deployKind, nextRevisionNumber } = await import('../release/releaseHistory.js');
  const history = (await new ReleaseStorage(client, { namespace: storageNamespace, type }).history(release)).map((h) => h.release);
  return { isUpgrade: deployKind(history) === 'upgrade', revision: nextRevisionNumber(history) };
}
