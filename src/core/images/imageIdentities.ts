import type { ProjectConfig } from '../config/projectConfig.js';
import { SlipwayError } from '../errors/slipwayError.js';
import type { TreeFile } from '../git/gitRepository.js';
import { buildOrder } from './buildOrder.js';
import { contextFiles, dockerignoreCandidates } from './contextFiles.js';
import { imageDigest, imageTag } from './imageDigest.js';

/** An image of a commit: its content digest and tag, and how many context files fed the digest. */
export interface ImageIdentity {
  name: string;
  digest: string;
  tag: string;
  contextFileCount: number;
  /** The .dockerignore file used, if any. */
  dockerignore?: string;
}

/**
 * Computes every image's digest and tag from the tree's files, dependencies first. `readText` gives
 * the already-read contents of small files (.dockerignore). Pure given its inputs.
 */
export function imageIdentities(
  config: ProjectConfig,
  files: readonly TreeFile[],
  ignoreFiles: ReadonlyMap<string, string>,
): Map<string, ImageIdentity> {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const order = buildOrder(config.images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) })));
  if (!order.ok) throw new SlipwayError('internal', `unchecked dependency cycle ${order.cycle.join(' → ')}`);
  const identities = new Map<string, ImageIdentity>();
  for (const name of order.levels.flat()) {
    const image = config.images.find((candidate) => candidate.name === name)!;
    const dockerfile = byPath.get(image.dockerfile);
    if (!dockerfile || dockerfile.mode === '160000') {
      const inContext = image.context === '.' || files.some((file) => file.path.startsWith(`${image.context}/`));
      throw new SlipwayError('config', `Dockerfile ${image.dockerfile} of image "${image.name}" does not exist${inContext ? '' : ` (and context ${image.context} has no files)`}`, {
        where: image.where.dockerfile,
        hint: 'the Dockerfile is read from the commit: check the path (relative to the context) and that the file is committed',
      });
    }
    if (!inContextOrRoot(image.context, files)) {
      throw new SlipwayError('config', `context ${image.context} of image "${image.name}" has no committed files`, { where: image.where.context });
    }
    const ignorePath = dockerignoreCandidates(image.context, image.dockerfile).find((path) => ignoreFiles.has(path));
    const included = contextFiles(files, image.context, ignorePath === undefined ? undefined : ignoreFiles.get(ignorePath));
    const dependencies: Record<string, string> = {};
    for (const dependency of image.dependsOn) dependencies[dependency.buildArg] = identities.get(dependency.image)!.digest;
    const digest = imageDigest({
      dockerfileId: dockerfile.id,
      contextFiles: included,
      ...(image.target !== undefined ? { target: image.target } : {}),
      args: image.args,
      platforms: image.platforms,
      secretIds: image.secrets.map((secret) => secret.id),
      dependencies,
      cacheVersion: config.cacheVersion,
    });
    identities.set(name, {
      name,
      digest,
      tag: imageTag(name, digest),
      contextFileCount: included.length,
      ...(ignorePath !== undefined ? { dockerignore: ignorePath } : {}),
    });
  }
  return identities;
}

function inContextOrRoot(context: string, files: readonly TreeFile[]): boolean {
  return context === '.' || files.some((file) => file.path.startsWith(`${context}/`));
}

/** The ignore files that may matter for the configuration's images (to read before `imageIdentities`). */
export function ignoreFilesToRead(config: ProjectConfig): string[] {
  return [...new Set(config.images.flatMap((image) => dockerignoreCandidates(image.context, image.dockerfile)))];
}
