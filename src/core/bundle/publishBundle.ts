import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import type { ValueOptions } from '../chart/values/valueOptions.js';
import type { BuildLog } from '../images/buildImages.js';
import type { ChartFile } from '../chart/loader/chart.js';
import { isValidTag, tagOfVersion } from './bundleTag.js';
import { openBundleRepository, type RegistryAccess } from './bundleRepository.js';
import { bakeValues } from './bundleValues.js';
import { packageChart } from './chartPackage.js';
import { pushChartArtifact } from './bundleArtifact.js';

export interface PublishBundleOptions {
  dir: string;
  /** `registry/path`: where the images are and the bundle goes (werf's --repo). */
  repo: string;
  tag?: string;
  commit?: string;
  dev?: boolean;
  skipBuild?: boolean;
  /** Baked as `.Values.slipway.env` / `.Values.werf.env` when given. */
  env?: string;
  values: ValueOptions;
  addAnnotations: Record<string, string>;
  addLabels: Record<string, string>;
  registry: RegistryAccess & { network?: string };
  log: BuildLog;
}

export interface PublishedBundle {
  reference: string;
  tag: string;
  digest: string;
  chart: { name: string; version: string };
  images: Record<string, string>;
}

/**
 * `bundle publish`: the commit's images (built, or required with skipBuild), their references and the
 * given values baked into the chart's values.yaml, the chart's files packaged deterministically (mtime
 * and `created` are the commit's time) and pushed as a Helm OCI chart.
 */
export async function publishBundle(options: PublishBundleOptions): Promise<PublishedBundle> {
  const tag = tagOfVersion(options.tag ?? 'latest');
  if (!isValidTag(tag)) throw new SlipwayError('input', `"${options.tag}" is not a valid tag`, { where: { input: '--tag' }, hint: 'letters, digits, ".", "_", "-" (at most 128), or a semver version such as 1.4.2' });
  const { openProject } = await import('../config/openProject.js');
  const { refuseUncommittedDeployInputs, mergeValues } = await import('../converge/environmentInput.js');
  const { mergeValueOptions } = await import('../chart/values/valueOptions.js');
  const { loadChart } = await import('../chart/loader/loadChart.js');
  const { chartFromArchive } = await import('../chart/loader/chartFromFiles.js');
  const { runGit } = await import('../git/gitCommand.js');
  const store = await openBundleRepository(options.repo, options.registry, { input: '--repo' });
  const project = await openProject({ dir: options.dir, ...(options.commit ? { commit: options.commit } : {}), dev: options.dev ?? false });
  const { root, prefix, commit, tree, config } = project;
  if (!options.dev && options.commit === undefined) await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
  const userValues = mergeValueOptions(options.values, (path) => readFileSync(path, 'utf8'));

  let baked: Record<string, unknown> = {};
  const images: Record<string, string> = {};
  if (config.images.length > 0) {
    const { buildImages } = await import('../images/buildImages.js');
    const { chartImageValues } = await import('../images/buildResult.js');
    const result = await buildImages({
      project,
      dir: options.dir,
      repo: options.repo,
      commit,
      dev: options.dev ?? false,
      requireBuiltImages: options.skipBuild ?? false,
      ...(options.registry.username !== undefined ? { username: options.registry.username } : {}),
      ...(options.registry.password !== undefined ? { password: options.registry.password } : {}),
      ...(options.registry.network ? { network: options.registry.network } : {}),
      log: options.log,
    });
    baked = chartImageValues(result);
    for (const image of result.images) images[image.name] = image.reference;
  }
  if (options.env !== undefined) baked = mergeValues(baked, { slipway: { env: options.env }, werf: { env: options.env } });
  if (Object.keys(options.addAnnotations).length > 0 || Object.keys(options.addLabels).length > 0) {
    baked = mergeValues(baked, { slipway: { bundle: { addAnnotations: options.addAnnotations, addLabels: options.addLabels } } });
  }
  baked = mergeValues(baked, userValues);

  const created = new Date(Number((await runGit(root, ['show', '-s', '--format=%ct', commit])).toString('utf8').trim()) * 1000);
  const materialized = await tree.materialize([config.deploy.chart]);
  let files: ChartFile[];
  let name: string;
  let version: string;
  try {
    const chart = loadChart(join(materialized.dir, config.deploy.chart));
    name = chart.metadata.name ?? '';
    version = chart.metadata.version ?? '';
    files = bakeValues(chart.raw, chart.values, baked);
  } finally {
    await materialized.dispose();
  }
  const archive = packageChart(name, files, Math.floor(created.getTime() / 1000));
  // What was packaged must load as a chart (a values file that does not re-read would fail every apply).
  const packaged = chartFromArchive(archive, `${options.repo}:${tag}`, true);
  const digest = await pushChartArtifact(store, tag, archive, packaged.metadata, created.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  return { reference: `${store.name}:${tag}`, tag, digest, chart: { name, version }, images };
}
