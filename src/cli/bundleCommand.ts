import { readFileSync, writeFileSync } from 'node:fs';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { valueOptionsOf, type ValuesFlags } from '../core/chart/values/valuesFlags.js';
import type { ArtifactStore } from '../core/bundle/artifactStore.js';
import type { RegistryAccess } from '../core/bundle/bundleRepository.js';
import { SecretValue } from '../core/secretValue.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import type { KubeFlags } from './flags.js';
import { interruptSignal } from './interruptSignal.js';
import { keyValues } from './keyValueFlags.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);
const warn = (line: string) => void process.stderr.write(`warning: ${line}\n`);

interface MetadataFlags {
  addAnnotation: string[];
  addLabel: string[];
}

export interface BundlePublishFlags extends ValuesFlags, MetadataFlags {
  repo?: string;
  tag: string;
  env?: string;
  dev?: boolean;
  commit?: string;
  skipBuild?: boolean;
}

export interface BundleApplyFlags extends ValuesFlags, KubeFlags, MetadataFlags {
  repo: string;
  tag: string;
  digest?: string;
  release: string;
  timeout: string;
  autoRollback?: boolean;
  waitForLock?: boolean;
  historyMax: string;
  keepFailedInstall?: boolean;
  releaseStorageNamespace?: string;
  releaseStorageType: 'secret' | 'configmap';
  reportPath?: string;
  annotationsPath?: string;
  codeQualityPath?: string;
}

export interface BundleRenderFlags extends ValuesFlags {
  repo: string;
  tag: string;
  digest?: string;
  release: string;
  namespace: string;
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds?: boolean;
}

export interface BundleCopyFlags {
  from: string;
  to: string;
  tag: string;
  toTag?: string;
  withImages?: boolean;
}

/** Registry credentials from SLIPWAY_REGISTRY_USERNAME / SLIPWAY_REGISTRY_PASSWORD (else Docker's config.json). */
function registryAccess(): RegistryAccess {
  const password = process.env.SLIPWAY_REGISTRY_PASSWORD;
  return {
    ...(process.env.SLIPWAY_REGISTRY_USERNAME !== undefined ? { username: process.env.SLIPWAY_REGISTRY_USERNAME } : {}),
    ...(password !== undefined ? { password: new SecretValue(password) } : {}),
  };
}

async function userValues(flags: ValuesFlags): Promise<Record<string, unknown>> {
  const { mergeValueOptions } = await import('../core/chart/values/valueOptions.js');
  return mergeValueOptions(valueOptionsOf(flags), (path) => readFileSync(path, 'utf8'));
}

/** `archive:<file>` is a .tgz; anything else a registry repository. */
async function openStore(text: string, input: string, forWriting: boolean): Promise<{ store: ArtifactStore; archive?: string }> {
  if (text.startsWith('archive:')) {
    const file = text.slice('archive:'.length);
    const { LayoutArchive } = await import('../core/bundle/layoutArchive.js');
    if (forWriting) return { store: new LayoutArchive(file), archive: file };
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch (error) {
      throw new SlipwayError('input', `cannot read ${file}: ${(error as Error).message}`, { where: { input, file } });
    }
    return { store: LayoutArchive.read(file, data) };
  }
  const { openBundleRepository } = await import('../core/bundle/bundleRepository.js');
  return { store: await openBundleRepository(text, registryAccess(), { input }) };
}

export async function runBundlePublish(flags: BundlePublishFlags): Promise<void> {
  const repo = flags.repo ?? process.env.SLIPWAY_REPO;
  if (!repo) throw new SlipwayError('input', 'no repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
  if (flags.env !== undefined) requireDnsLabel(flags.env, 'environment', { input: '--env' });
  const { publishBundle } = await import('../core/bundle/publishBundle.js');
  const result = await publishBundle({
    dir: process.cwd(),
    repo,
    tag: flags.tag,
    ...(flags.commit !== undefined ? { commit: flags.commit } : {}),
    dev: flags.dev ?? false,
    skipBuild: flags.skipBuild ?? false,
    ...(flags.env !== undefined ? { env: flags.env } : {}),
    values: valueOptionsOf(flags),
    addAnnotations: keyValues(flags.addAnnotation, '--add-annotation'),
    addLabels: keyValues(flags.addLabel, '--add-label'),
    registry: { ...registryAccess(), ...(process.env.SLIPWAY_BUILD_NETWORK ? { network: process.env.SLIPWAY_BUILD_NETWORK } : {}) },
    log: {
      info: out,
      warning: warn,
      imageStarted: (image) => out(`[${image}] building`),
      imageOutput: (image, line) => out(`[${image}] ${line}`),
      imageFinished: (image, ok) => out(`[${image}] ${ok ? 'pushed' : 'FAILED'}`),
    },
  });
  out(`published ${result.reference}@${result.digest} (chart ${result.chart.name} ${result.chart.version}${Object.keys(result.images).length ? `, images ${Object.keys(result.images).join(', ')}` : ''})`);
}

/** The terminal edge of `slipway bundle apply`: pull → verify → render → the same deploy engine call and printer as converge. */
export async function runBundleApply(flags: BundleApplyFlags): Promise<void> {
  if (flags.namespace !== undefined) requireDnsLabel(flags.namespace, 'namespace', { input: '--namespace' });
  const timeoutMs = parseDuration(flags.timeout, { input: '--timeout' });
  const maxHistory = Number(flags.historyMax);
  if (!Number.isInteger(maxHistory) || maxHistory < 0) throw new SlipwayError('input', `--history-max must be a whole number, not "${flags.historyMax}"`, { where: { input: '--history-max' } });
  const addLabels = keyValues(flags.addLabel, '--add-label');
  const addAnnotations = keyValues(flags.addAnnotation, '--add-annotation');
  const values = await userValues(flags);
  const { pullBundle } = await import('../core/bundle/bundleArtifact.js');
  const { bundleDeployInput } = await import('../core/bundle/bundleRelease.js');
  const { deploy } = await import('../core/deploy/deploy.js');
  const { store } = await openStore(flags.repo, '--repo', false);
  const bundle = await pullBundle(store, flags.tag, flags.digest !== undefined ? { expectedDigest: flags.digest } : {});
  out(`bundle ${store.name}:${bundle.tag}@${bundle.digest}`);
  // Only apply talks to a cluster: publish, render and copy never load the Kubernetes client.
  const { kubeTarget } = await import('./kubeTarget.js');
  const { client, namespace } = kubeTarget(flags);
  let interrupt: ReturnType<typeof interruptSignal> | undefined;
  const started = Date.now();
  const { cliDeliveryReporting } = await import('./cliReporting.js');
  // The chart came from the bundle, not a checkout: its files are named as the chart names them.
  const reporting = await cliDeliveryReporting({
    ...(flags.annotationsPath !== undefined ? { annotationsPath: flags.annotationsPath } : {}),
    ...(flags.codeQualityPath !== undefined ? { codeQualityPath: flags.codeQualityPath } : {}),
  });
  let failure: unknown;
  try {
    const storage = { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) };
    const prepared = await bundleDeployInput(bundle, `${store.name}:${bundle.tag}`, { release: flags.release, namespace, values, cluster: client, releaseStorage: storage, warn });
    const input = prepared.input;
    interrupt = interruptSignal();
    out(`deploying release ${input.release} into namespace ${input.namespace} (context ${client.contextName})`);
    const result = await deploy(input, {
      client,
      timeoutMs,
      maxHistory,
      waitForLock: flags.waitForLock ?? false,
      autoRollback: flags.autoRollback ?? false,
      keepFailedInstall: flags.keepFailedInstall ?? false,
      storageType: flags.releaseStorageType,
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      // Apply-time flags win over what was baked at publish.
      addLabels: { ...prepared.addLabels, ...addLabels },
      addAnnotations: { ...prepared.addAnnotations, ...addAnnotations },
      signal: interrupt.signal,
      emit: reporting.emit,
      description: `slipway bundle apply ${store.name}:${bundle.tag}`,
    });
    await reporting.finish({ action: 'bundle apply', command: 'slipway bundle apply' });
    const c = result.counts;
    out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged; ${result.resourceWrites} resource writes`);
    if (result.notes) out(`\nNOTES:\n${result.notes}`);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    await reporting.finish({ action: 'bundle apply', command: 'slipway bundle apply', ...(failure !== undefined ? { failure } : {}) });
    if (flags.reportPath !== undefined) writeFileSync(flags.reportPath, `${JSON.stringify(reporting.report, null, 2)}\n`);
    interrupt?.dispose();
    client.close();
  }
}

export async function runBundleRender(flags: BundleRenderFlags): Promise<void> {
  requireDnsLabel(flags.namespace, 'namespace', { input: '--namespace' });
  const values = await userValues(flags);
  const { pullBundle } = await import('../core/bundle/bundleArtifact.js');
  const { renderBundle } = await import('../core/bundle/bundleRelease.js');
  const { formatTemplateOutput } = await import('../core/chart/output/templateOutput.js');
  const { store } = await openStore(flags.repo, '--repo', false);
  const bundle = await pullBundle(store, flags.tag, flags.digest !== undefined ? { expectedDigest: flags.digest } : {});
  const result = await renderBundle(bundle, `${store.name}:${bundle.tag}`, {
    release: flags.release,
    namespace: flags.namespace,
    values,
    capabilities: { ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}), apiVersions: flags.apiVersions },
    warn: (m) => void process.stderr.write(`${m}\n`),
  });
  process.stdout.write(formatTemplateOutput(result.rendered, { includeCrds: flags.includeCrds ?? false }));
}

export async function runBundleCopy(flags: BundleCopyFlags): Promise<void> {
  const { copyBundle } = await import('../core/bundle/copyBundle.js');
  const { openBundleRepository } = await import('../core/bundle/bundleRepository.js');
  const from = await openStore(flags.from, '--from', false);
  const to = await openStore(flags.to, '--to', true);
  const result = await copyBundle(from.store, to.store, {
    tag: flags.tag,
    ...(flags.toTag !== undefined ? { toTag: flags.toTag } : {}),
    withImages: flags.withImages ?? false,
    openImageRepository: (name) => openBundleRepository(name, registryAccess(), { input: '--from' }),
    log: out,
  });
  if (to.archive !== undefined) {
    const { LayoutArchive } = await import('../core/bundle/layoutArchive.js');
    writeFileSync(to.archive, (to.store as InstanceType<typeof LayoutArchive>).toArchive());
  }
  out(`copied ${from.store.name}:${result.tag} (${result.sourceDigest}) to ${to.store.name}:${result.tag} (${result.digest})${result.images.length ? `, images: ${result.images.map((i) => `${i.name} → ${i.to}`).join(', ')}` : ''}`);
}
