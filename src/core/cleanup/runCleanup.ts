import { openProject } from '../config/openProject.js';
import type { KeepPolicy, ReferenceMatch } from '../config/projectConfig.js';
import { SlipwayError } from '../errors/slipwayError.js';
import { cliInputNames, type InputNames } from '../errors/inputNames.js';
import { readReferenceHistory, type ReferenceHistory } from '../git/referenceHistory.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { isLoopbackRegistry, parseImageRepository, type ImageRepository } from '../registry/imageRepository.js';
import { RegistryClient, type RegistryRequestStats } from '../registry/registryClient.js';
import { findRegistryCredentials } from '../registry/registryCredentials.js';
import type { RetryPolicy } from '../registry/retryPolicy.js';
import type { SecretValue } from '../secretValue.js';
import { clusterImageUses } from './clusterImageUses.js';
import { classifyTag } from './imageTags.js';
import { deleteDigests, inspectTags, readCommitRecords } from './registryImages.js';
import { retentionPlan, type ImageUse, type RetentionInput, type RetentionPlan } from './retentionPlan.js';
import { canonicalImageRepository } from './workloadImages.js';

export interface CleanupLog {
  info(message: string): void;
  warning(message: string): void;
}

/** A cluster whose running images are kept. */
export interface KubeTarget {
  context: string;
  client: KubeClient;
}

/** Deletes images some other way than the distribution API (GitHub Packages by digest, GitLab's API by tag). */
export interface ImageDeleter {
  deleteImages(images: readonly { digest: string; tags: readonly string[] }[], onDeleted: (digest: string, outcome: 'deleted' | 'gone') => void): Promise<void>;
}

export interface CleanupOptions {
  dir: string;
  configFile?: string;
  repo: string;
  username?: string;
  password?: SecretValue;
  insecureRegistry?: boolean;
  env?: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
  dryRun: boolean;
  /** Clusters to read; `without-kube` skips them (explicitly asked for, never a fallback). */
  kube: KubeTarget[] | 'without-kube';
  /** Fetch origin's branches and tags first. */
  fetch: boolean;
  /** Extra tags (names or /regex/) to keep. */
  keep: ReferenceMatch[];
  /** Overrides the config's keep-built-within hours (0 disables). */
  keepBuiltWithinHours?: number;
  parallelism?: number;
  /** Another API than the registry's DELETE for this repository (GitHub Packages); undefined: the registry API. */
  deleter?: (repository: ImageRepository) => ImageDeleter | undefined;
  now?: number;
  inputNames?: InputNames;
  log: CleanupLog;
}

export interface CleanupResult {
  repository: string;
  dryRun: boolean;
  plan: RetentionPlan;
  policies: KeepPolicy[];
  /** Image sizes by tag, where the manifest was read (deleted images when their build time was checked). */
  sizes: Record<string, number>;
  /** Digests actually deleted (or found gone) in this run; empty on a dry run. */
  deletedDigests: string[];
  deletedRecords: string[];
  git: { references: number; commits: number; branchSource: string } | 'disabled';
  kube: { contexts: string[]; uses: number } | 'disabled' | 'skipped';
  tags: number;
  records: number;
  registryRequests: RegistryRequestStats;
  timings: { planMs: number; deleteMs: number };
  warnings: string[];
}

/**
 * `slipway cleanup`: read Git history (branches, tags, commits), the images running in every given cluster and
 * the repository's tags and commit records; decide (retentionPlan, pure); then delete by digest, images first
 * and commit records after, so an interrupted run leaves nothing a second run cannot finish. Every read
 * happens before the first deletion; any read that fails stops the cleanup with nothing deleted.
 */
export async function runCleanup(options: CleanupOptions): Promise<CleanupResult> {
  const started = Date.now();
  const now = options.now ?? Date.now();
  const parallelism = options.parallelism ?? 8;
  const names = options.inputNames ?? cliInputNames;
  const { root, config } = await openProject({ dir: options.dir, ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
  const repository = parseImageRepository(options.repo, { input: names.repo });
  const credentials = await findRegistryCredentials(repository.registry, { username: options.username, password: options.password, env: options.env });
  const client = new RegistryClient({
    host: repository.apiHost,
    ...(credentials ? { credentials } : {}),
    insecure: options.insecureRegistry ?? isLoopbackRegistry(repository.registry),
    ...(options.retry ? { retry: options.retry } : {}),
    onRetry: (what, attempt, reason, delay) => options.log.info(`registry: ${what}: ${reason}, retry ${attempt} in ${delay} ms`),
  });
  const policy = config.cleanup;

  let history: ReferenceHistory | undefined;
  if (!policy.disableGitHistoryBasedPolicy) {
    history = await readReferenceHistory(root, { fetch: options.fetch });
    options.log.info(`git: ${history.references.filter((r) => r.kind === 'branch').length} branches (${history.branchSource}), ${history.references.filter((r) => r.kind === 'tag').length} tags, ${history.graph.size} commits`);
  } else {
    options.log.info('git: the Git-history policy is disabled (cleanup.disableGitHistoryBasedPolicy); images are kept only by the other rules');
  }

  let inUse: ImageUse[] | undefined;
  let kube: CleanupResult['kube'];
  if (policy.disableKubernetesBasedPolicy) {
    kube = 'disabled';
    options.log.warning('the Kubernetes policy is disabled (cleanup.disableKubernetesBasedPolicy): images running in clusters are not protected');
  } else if (options.kube === 'without-kube') {
    kube = 'skipped';
    options.log.warning('--without-kube: the clusters are not read, images running in them are not protected');
  } else {
    if (options.kube.length === 0) throw new SlipwayError('input', 'no kube context to read the images in use from', { where: { input: names.kubeContext }, hint: 'pass --kube-context (or a kubeconfig with contexts), or --without-kube to skip the clusters' });
    const canonical = canonicalImageRepository(repository);
    inUse = [];
    for (const target of options.kube) {
      const uses = await clusterImageUses(target.client, target.context, canonical);
      options.log.info(`kube: context ${target.context}: ${uses.length} container(s) use ${repository.name}`);
      inUse.push(...uses);
    }
    kube = { contexts: options.kube.map((target) => target.context), uses: inUse.length };
  }

  const tags = await client.listTags(repository.path);
  const recordCommits = tags.flatMap((tag) => {
    const kind = classifyTag(tag, new Set());
    return kind.kind === 'commit-record' ? [kind.commit] : [];
  });
  const { records, manifestDigests } = await readCommitRecords(client, repository.path, recordCommits, parallelism, options.log.warning);
  options.log.info(`registry: ${repository.name}: ${tags.length} tags, ${records.size} commit records`);

  const builtWithinHours = options.keepBuiltWithinHours !== undefined ? (options.keepBuiltWithinHours > 0 ? options.keepBuiltWithinHours : undefined) : policy.keepImagesBuiltWithinLastNHours;
  const digests = new Map<string, string | null>();
  const builtAt = new Map<string, number | null>();
  const sizes = new Map<string, number>();
  const input = (): RetentionInput => ({
    now,
    imageNames: config.images.map((image) => image.name),
    tags,
    records,
    ...(history ? { git: { references: history.references, graph: history.graph, policies: policy.keepPolicies } } : {}),
    ...(inUse ? { inUse } : {}),
    keep: [...policy.keepImages, ...options.keep],
    ...(builtWithinHours !== undefined ? { builtWithinHours } : {}),
    digests,
    builtAt,
  });
  let plan = retentionPlan(input());
  for (let round = 0; plan.needs.digests.length + plan.needs.buildTimes.length > 0; round++) {
    if (round > 2) throw new SlipwayError('internal', 'the cleanup plan did not settle after reading the registry twice');
    const wanted = [...new Set([...plan.needs.digests, ...plan.needs.buildTimes])];
    const facts = await inspectTags(client, repository.path, wanted, new Set(plan.needs.buildTimes), parallelism);
    for (const [tag, fact] of facts) {
      digests.set(tag, fact.digest);
      if (fact.size !== undefined) sizes.set(tag, fact.size);
      if (fact.builtAt !== undefined) builtAt.set(tag, fact.builtAt);
      else if (fact.digest === null) builtAt.set(tag, null);
    }
    plan = retentionPlan(input());
  }
  const planned = Date.now();

  const deletedDigests: string[] = [];
  const deletedRecords: string[] = [];
  const warnings: string[] = [];
  if (!options.dryRun) {
    const deleter = options.deleter?.(repository);
    const remove = (images: { digest: string; tags: string[] }[], onDeleted: (digest: string, outcome: 'deleted' | 'gone') => void): Promise<void> =>
      deleter ? deleter.deleteImages(images, onDeleted) : deleteDigests(client, repository.registry, repository.path, images.map((image) => image.digest), parallelism, onDeleted);
    const goneDigests: string[] = [];
    await remove(
      plan.deleted,
      (digest, outcome) => {
        deletedDigests.push(digest);
        if (outcome === 'gone') goneDigests.push(digest);
      },
    );
    // A digest already gone while its tag is still there means the tag was pushed again with other bytes
    // after its records were written: leave it for the next cleanup, which reads its digest from the registry.
    const goneTags = plan.deleted.filter((image) => goneDigests.includes(image.digest)).flatMap((image) => image.tags);
    for (const [tag, fact] of await inspectTags(client, repository.path, goneTags, new Set(), parallelism)) {
      if (fact.digest) {
        const warning = `tag ${tag} now points at ${fact.digest}, not the digest its commit records give; it is left for the next cleanup`;
        warnings.push(warning);
        options.log.warning(warning);
      }
    }
    // Records go after their images: a run killed in between leaves records a second run removes.
    const recordByDigest = new Map<string, string>();
    for (const tag of plan.deletedRecords) {
      const digest = manifestDigests.get(tag.slice('slipway-commit-'.length));
      if (digest) recordByDigest.set(digest, tag);
    }
    await remove([...recordByDigest].map(([digest, tag]) => ({ digest, tags: [tag] })), (digest) => void deletedRecords.push(recordByDigest.get(digest)!));
  }
  return {
    repository: repository.name,
    dryRun: options.dryRun,
    plan,
    policies: policy.keepPolicies,
    sizes: Object.fromEntries(sizes),
    deletedDigests,
    deletedRecords: deletedRecords.sort(),
    git: history ? { references: history.references.length, commits: history.graph.size, branchSource: history.branchSource } : 'disabled',
    kube,
    tags: tags.length,
    records: records.size,
    registryRequests: client.stats,
    timings: { planMs: planned - started, deleteMs: Date.now() - planned },
    warnings,
  };
}
