import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { openProject, type OpenedProject } from '../config/openProject.js';
import type { ProjectConfig } from '../config/projectConfig.js';
import { closest } from '../config/configNode.js';
import { SlipwayError, formatError } from '../errors/slipwayError.js';
import { cliInputNames, type InputNames } from '../errors/inputNames.js';
import { uncommittedChanges, uncommittedChangesError, type ReadPaths } from '../git/giterminism.js';
import { isShallowRepository, workingTreeStatus } from '../git/gitRepository.js';
import type { SourceTree } from '../git/sourceTree.js';
import { projectStatus } from '../git/projectTree.js';
import { isLoopbackRegistry, parseImageRepository, type ImageRepository } from '../registry/imageRepository.js';
import { RegistryClient } from '../registry/registryClient.js';
import { findRegistryCredentials, type RegistryCredentials } from '../registry/registryCredentials.js';
import type { RetryPolicy } from '../registry/retryPolicy.js';
import type { SecretValue } from '../secretValue.js';
import { buildPlan, type BuildPlan } from './buildPlan.js';
import type { BuildResult, ImageResult } from './buildResult.js';
import { chooseBuilder, type BuilderChoice } from './builders/chooseBuilder.js';
import type { ImageBuilder, ImageBuildRequest } from './builders/imageBuilder.js';
import { recordCommitMetadata } from './commitMetadata.js';
import { dockerignoreCandidates } from './contextFiles.js';
import { ignoreFilesToRead, imageIdentities, type ImageIdentity } from './imageIdentities.js';

/** Where build progress goes; the CLI prints it, the actions group it per image. */
export interface BuildLog {
  info(message: string): void;
  warning(message: string): void;
  imageStarted(image: string): void;
  imageOutput(image: string, line: string): void;
  imageFinished(image: string, ok: boolean): void;
}

export interface BuildImagesOptions {
  /** A directory inside the repository. */
  dir: string;
  /** `--repo`: `registry/path` all images are pushed to. */
  repo: string;
  /** Revision to build (default HEAD). */
  commit?: string;
  /** Read from the working tree instead of the commit. */
  dev?: boolean;
  configFile?: string;
  /** Only these images (and what they depend on). */
  images?: string[];
  /** The project as openProject read it for these dir/commit/dev options. */
  project?: OpenedProject;
  builder?: BuilderChoice;
  /** Never build: fail when an image is missing (converge --skip-build / --require-built-images). */
  requireBuiltImages?: boolean;
  username?: string;
  password?: SecretValue;
  /** Plain HTTP / no TLS verification for the registry (loopback registries are plain HTTP anyway). */
  insecureRegistry?: boolean;
  parallelism?: number;
  network?: string;
  cacheRepository?: string;
  retry?: RetryPolicy;
  /** Attempts for a builder push (each push retries whole). */
  pushAttempts?: number;
  env?: NodeJS.ProcessEnv;
  /** What errors call the edge's inputs (default: the CLI's flags). */
  inputNames?: InputNames;
  log: BuildLog;
}

/**
 * The build-images pipeline: commit → config → content digests → one manifest HEAD per image → build
 * and push only the missing ones (dependencies first, independent images in parallel) → verify each
 * push in the registry → record the commit's images for cleanup → result. Converge calls this first.
 */
/** Everything decided before building: the commit, its config and image identities, and what the registry has. */
export interface ImagePlan {
  root: string;
  commit: string;
  shallowClone: boolean;
  tree: SourceTree;
  config: ProjectConfig;
  identities: Map<string, ImageIdentity>;
  repository: ImageRepository;
  credentials: RegistryCredentials | undefined;
  insecure: boolean;
  client: RegistryClient;
  plan: BuildPlan;
  /** Tag → manifest digest of the images the registry already has. */
  found: Map<string, string>;
}

/**
 * The planning half of buildImages (no builder is touched): read the commit, compute identities,
 * check giterminism, and send one manifest HEAD per image. `plan`/`render` can call it alone.
 */
export async function planImages(options: Omit<BuildImagesOptions, 'log'> & { log?: BuildLog }): Promise<ImagePlan> {
  // A caller that opened the project already (converge, bundle publish) passes it: no second read of the commit.
  const { root, prefix, commit, tree, config } = options.project ?? (await openProject(options));
  const shallowClone = await isShallowRepository(root);
  const selected = checkSelection(config, options.images ?? []);

  const ignoreFiles = new Map<string, string>();
  for (const path of ignoreFilesToRead(config)) {
    const content = await tree.read(path);
    if (content !== undefined) ignoreFiles.set(path, content.toString('utf8'));
  }
  const identities = imageIdentities(config, tree.files, ignoreFiles);
  if (!options.dev && options.commit === undefined) await refuseUncommittedChanges(root, prefix, config, ignoreFiles);

  const repository = parseImageRepository(options.repo, { input: (options.inputNames ?? cliInputNames).repo });
  const credentials = await findRegistryCredentials(repository.registry, { username: options.username, password: options.password, env: options.env });
  const insecure = options.insecureRegistry ?? isLoopbackRegistry(repository.registry);
  const log = options.log;
  const client = new RegistryClient({
    host: repository.apiHost,
    ...(credentials ? { credentials } : {}),
    insecure,
    ...(options.retry ? { retry: options.retry } : {}),
    onRetry: (what, attempt, reason, delay) => log?.info(`registry: ${what}: ${reason}, retry ${attempt} in ${delay} ms`),
  });

  const graph = config.images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) }));
  const tags = new Map([...identities.values()].map((identity) => [identity.name, identity.tag]));
  const wantedTags = buildPlan(graph, tags, new Set(), selected).images.map((image) => image.tag);
  const found = new Map<string, string>();
  await Promise.all(
    wantedTags.map(async (tag) => {
      const descriptor = await client.headManifest(repository.path, tag);
      if (descriptor) found.set(tag, descriptor.digest);
    }),
  );
  const plan = buildPlan(graph, tags, new Set(found.keys()), selected);
  return { root, commit, shallowClone, tree, config, identities, repository, credentials, insecure, client, plan, found };
}

/**
 * The build-images pipeline: commit → config → content digests → one manifest HEAD per image → build
 * and push only the missing ones (dependencies first, independent images in parallel) → verify each
 * push in the registry → record the commit's images for cleanup → result. Converge calls this first.
 */
export async function buildImages(options: BuildImagesOptions): Promise<BuildResult> {
  const started = Date.now();
  const { log } = options;
  const { root, commit, shallowClone, tree, config, identities, repository, credentials, insecure, client, plan, found } = await planImages(options);
  const planMs = Date.now() - started;
  const reference = (identity: ImageIdentity): string => `${repository.name}:${identity.tag}`;

  const results = new Map<string, ImageResult>();
  for (const planned of plan.images) {
    const identity = identities.get(planned.name)!;
    results.set(planned.name, {
      name: planned.name,
      reference: reference(identity),
      tag: identity.tag,
      digest: found.get(identity.tag) ?? '',
      contentDigest: identity.digest,
      action: planned.action === 'reuse' ? 'reused' : 'not-built',
      durationMs: 0,
    });
  }
  const missing = plan.levels.flat();
  if (missing.length === 0) {
    log.info(`nothing to build: all ${plan.images.length} image(s) of ${commit.slice(0, 12)} are in ${repository.name}`);
  } else if (options.requireBuiltImages) {
    throw new SlipwayError('build', `images missing from ${repository.name} and building is not allowed: ${missing.map((name) => `${name} (${identities.get(name)!.tag})`).join(', ')}`, {
      hint: 'run slipway build (or the build-images action) for this commit first, or drop --skip-build',
    });
  } else {
    log.info(`to build: ${plan.levels.map((level) => level.join(', ')).join(' → ')}; reused: ${plan.images.filter((i) => i.action === 'reuse').map((i) => i.name).join(', ') || 'none'}`);
    const builder = await chooseBuilder(options.builder ?? 'auto', { ...(options.env ? { env: options.env } : {}), log: log.info, ...(options.inputNames ? { inputNames: options.inputNames } : {}) });
    const auth = await writeAuthFile(repository, credentials);
    try {
      let failure: unknown;
      for (const level of plan.levels) {
        await runLimited(level, options.parallelism ?? 2, async (name) => {
          const result = results.get(name)!;
          const startedImage = Date.now();
          log.imageStarted(name);
          try {
            const image = config.images.find((candidate) => candidate.name === name)!;
            const args = { ...image.args };
            for (const dependency of image.dependsOn) args[dependency.buildArg] = results.get(dependency.image)!.reference;
            result.digest = await buildAndPush(builder, tree, client, repository, {
              image: name,
              contextDir: '',
              dockerfile: image.dockerfile,
              reference: result.reference,
              ...(image.target !== undefined ? { target: image.target } : {}),
              args,
              platforms: image.platforms,
              secrets: image.secrets.map((secret) => (secret.src !== undefined && !isAbsolute(secret.src) ? { ...secret, src: join(root, secret.src) } : secret)),
              labels: { 'io.slipway.project': config.project, 'io.slipway.image': name, 'org.opencontainers.image.revision': commit, 'io.slipway.content-digest': identities.get(name)!.digest },
              ...(options.cacheRepository ? { cacheRepository: options.cacheRepository } : {}),
              ...(options.network ? { network: options.network } : {}),
              insecureRegistry: insecure,
              ...(auth ? { authFile: auth.file } : {}),
            }, image.context, options.pushAttempts ?? 3, (line) => log.imageOutput(name, line), log);
            result.action = 'built';
            result.builder = builder.name;
            log.imageFinished(name, true);
          } catch (error) {
            result.action = 'failed';
            result.error = formatError(error);
            log.imageFinished(name, false);
            failure ??= error;
          } finally {
            result.durationMs = Date.now() - startedImage;
          }
        });
        if (failure) break;
      }
      if (failure) {
        const failed = [...results.values()].filter((r) => r.action === 'failed').map((r) => r.name);
        const error = failure instanceof SlipwayError ? failure : new SlipwayError('build', formatError(failure));
        throw Object.assign(new SlipwayError(error.kind, `image ${failed.join(', ')} failed: ${error.message}`, { where: error.where, ...(error.hint ? { hint: error.hint } : {}) }), {
          partialResult: finish(),
        });
      }
    } finally {
      await auth?.dispose();
    }
  }

  function finish(metadata: BuildResult['metadata'] = 'skipped', warnings: string[] = []): BuildResult {
    return {
      project: config.project,
      commit,
      source: tree.kind,
      shallowClone,
      configFile: config.file,
      repository: repository.name,
      images: [...results.values()],
      metadata,
      registryRequests: client.stats,
      timings: { planMs, totalMs: Date.now() - started },
      warnings,
    };
  }

  const warnings: string[] = [];
  let metadata: BuildResult['metadata'] = 'skipped';
  if (!options.dev && results.size > 0) {
    try {
      const images: Record<string, { tag: string; digest: string; builtAt?: string }> = {};
      const recordedAt = new Date().toISOString();
      for (const result of results.values()) images[result.name] = { tag: result.tag, digest: result.digest, ...(result.action === 'built' ? { builtAt: recordedAt } : {}) };
      metadata = await recordCommitMetadata(client, repository.path, { schemaVersion: 1, project: config.project, commit, images });
    } catch (error) {
      metadata = 'failed';
      warnings.push(`could not record the commit's images for cleanup: ${formatError(error)}`);
      log.warning(warnings[warnings.length - 1]!);
    }
  }
  return finish(metadata, warnings);
}

/** Builds one image from its context (extracted from the commit, or the working tree), pushes with retries and verifies. */
async function buildAndPush(
  builder: ImageBuilder,
  tree: SourceTree,
  client: RegistryClient,
  repository: ImageRepository,
  request: ImageBuildRequest,
  context: string,
  pushAttempts: number,
  onOutput: (line: string) => void,
  log: BuildLog,
): Promise<string> {
  const dockerfile = request.dockerfile;
  const ignoreFiles = dockerignoreCandidates(context, dockerfile).filter((path) => tree.files.some((file) => file.path === path));
  const materialized = await tree.materialize([context, dockerfile, ...ignoreFiles]);
  try {
    const full = { ...request, contextDir: join(materialized.dir, context), dockerfile: join(materialized.dir, dockerfile) };
    await builder.build(full, onOutput);
    const tag = request.reference.slice(request.reference.lastIndexOf(':') + 1);
    let lastError: unknown;
    for (let attempt = 1; attempt <= pushAttempts; attempt++) {
      try {
        const reported = await builder.push(full, onOutput);
        // A push only counts when the registry has the manifest under the tag.
        const descriptor = await client.headManifest(repository.path, tag);
        if (!descriptor) throw new SlipwayError('registry', `${builder.name} reported a push of ${request.reference}, but the registry does not have it`);
        if (reported && descriptor.digest && reported !== descriptor.digest) {
          log.warning(`${request.image}: ${builder.name} reported digest ${reported}, the registry has ${descriptor.digest} for ${tag}`);
        }
        return descriptor.digest || reported || '';
      } catch (error) {
        lastError = error;
        if (attempt < pushAttempts) log.warning(`${request.image}: push attempt ${attempt} failed, retrying: ${formatError(error).split('\n')[0]}`);
      }
    }
    throw lastError;
  } finally {
    await materialized.dispose();
  }
}

/** Giterminism: refuse uncommitted or untracked changes to what the build reads from the commit. */
async function refuseUncommittedChanges(root: string, prefix: string, config: ProjectConfig, ignoreFiles: ReadonlyMap<string, string>): Promise<void> {
  const read: ReadPaths = {
    files: [config.file, ...config.images.map((image) => image.dockerfile), ...ignoreFilesToRead(config)],
    directories: [],
    contexts: config.images.map((image) => {
      const ignorePath = dockerignoreCandidates(image.context, image.dockerfile).find((path) => ignoreFiles.has(path));
      return { dir: image.context, ...(ignorePath ? { dockerignore: ignoreFiles.get(ignorePath)! } : {}) };
    }),
  };
  const changes = uncommittedChanges(projectStatus(await workingTreeStatus(root), prefix), read);
  if (changes.length > 0) throw uncommittedChangesError(changes, 'the build');
}

function checkSelection(config: ProjectConfig, images: readonly string[]): string[] {
  const names = config.images.map((image) => image.name);
  for (const name of images) {
    if (!names.includes(name)) {
      const suggestion = closest(name, names);
      throw new SlipwayError('input', `image "${name}" is not defined in ${config.file}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
        where: { input: 'images' },
        hint: `defined images: ${names.join(', ') || 'none'}`,
      });
    }
  }
  return [...images];
}

/** A private Docker-format auth file (0600, in its own directory) for the builder; removed afterwards. */
async function writeAuthFile(repository: ImageRepository, credentials: RegistryCredentials | undefined): Promise<{ file: string; dispose(): Promise<void> } | undefined> {
  if (!credentials) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'slipway-auth-'));
  await chmod(dir, 0o700);
  const file = join(dir, 'config.json');
  const auth = Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64');
  await writeFile(file, JSON.stringify({ auths: { [repository.registry]: { auth } } }), { mode: 0o600 });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function runLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  });
  await Promise.all(workers);
}
