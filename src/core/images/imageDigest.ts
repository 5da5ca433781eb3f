import { createHash } from 'node:crypto';
import type { TreeFile } from '../git/gitRepository.js';

/** Bump when the digest recipe changes, so old tags are never reused for differently computed content. */
export const digestFormatVersion = '1';

/** Everything that determines an image, as plain values. */
export interface ImageDigestInput {
  /** Git blob id of the Dockerfile. */
  dockerfileId: string;
  /** Context files after .dockerignore, paths relative to the context, sorted. */
  contextFiles: readonly TreeFile[];
  target?: string;
  args: Readonly<Record<string, string>>;
  platforms: readonly string[];
  /** Secret ids (never values: a secret must not change or leak through a tag). */
  secretIds: readonly string[];
  /** Content digests of the images it is built from, keyed by the build arg that receives them. */
  dependencies: Readonly<Record<string, string>>;
  cacheVersion: string;
}

/**
 * The content digest of an image: sha256 (hex) over a canonical, line-based serialisation of its
 * inputs. The same inputs give the same digest on any commit and machine. Pure.
 */
export function imageDigest(input: ImageDigestInput): string {
  const hash = createHash('sha256');
  const line = (...parts: string[]): void => {
    hash.update(parts.map((part) => JSON.stringify(part)).join(' '));
    hash.update('\n');
  };
  line('slipway-image-digest', digestFormatVersion);
  line('cache-version', input.cacheVersion);
  line('dockerfile', input.dockerfileId);
  line('target', input.target ?? '');
  for (const key of Object.keys(input.args).sort()) line('arg', key, input.args[key]!);
  for (const platform of [...input.platforms].sort()) line('platform', platform);
  for (const id of [...input.secretIds].sort()) line('secret', id);
  for (const key of Object.keys(input.dependencies).sort()) line('dependency', key, input.dependencies[key]!);
  const files = [...input.contextFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) line('file', file.mode, file.id, file.path);
  return hash.digest('hex');
}

/** Hex characters of the digest kept in the tag: 128 bits. */
export const tagDigestLength = 32;

/**
 * The tag of an image: `<image name>-<first 32 hex of its content digest>`, e.g.
 * `backend-3f5a…`. All images of a project share one repository (works on every registry, Docker Hub
 * included); the name prefix keeps them apart and readable.
 */
export function imageTag(imageName: string, digest: string): string {
  return `${imageName}-${digest.slice(0, tagDigestLength)}`;
}

/** The tag under which a commit's image metadata is recorded (see commitMetadata). */
export function commitMetadataTag(commit: string): string {
  return `slipway-commit-${commit}`;
}
