import { createHash } from 'node:crypto';
import { SlipwayError } from '../errors/slipwayError.js';
import type { RegistryClient } from '../registry/registryClient.js';
import { commitMetadataTag } from './imageDigest.js';

export const commitMetadataArtifactType = 'application/vnd.slipway.commit.v1+json';
const emptyConfig = Buffer.from('{}');
const emptyConfigMediaType = 'application/vnd.oci.empty.v1+json';

/** Which images a commit produced or used: what cleanup reads to map Git history to images. */
export interface CommitMetadata {
  schemaVersion: 1;
  project: string;
  commit: string;
  /** `builtAt` (ISO time) is set for images pushed by the build that recorded the commit: cleanup's build time. */
  images: Record<string, { tag: string; digest: string; builtAt?: string }>;
}

/** The record's bytes: deterministic (sorted, no timestamps) so re-running a commit changes nothing. Pure. */
export function commitMetadataDocument(metadata: CommitMetadata): Buffer {
  const images: CommitMetadata['images'] = {};
  for (const name of Object.keys(metadata.images).sort()) images[name] = metadata.images[name]!;
  return Buffer.from(JSON.stringify({ schemaVersion: 1, project: metadata.project, commit: metadata.commit, images }));
}

/** Annotation holding the record (so the manifest is the whole record: one request to write or read). */
export const commitMetadataAnnotation = 'io.slipway.commit-images';

/**
 * The OCI 1.1 artifact manifest of a record: the empty config and empty layer of the OCI guidance,
 * the record itself in an annotation. Pure.
 */
export function commitMetadataManifest(metadata: CommitMetadata, document: Buffer): Buffer {
  const empty = { mediaType: emptyConfigMediaType, digest: `sha256:${createHash('sha256').update(emptyConfig).digest('hex')}`, size: emptyConfig.length };
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: commitMetadataArtifactType,
      config: empty,
      layers: [empty],
      annotations: {
        'org.opencontainers.image.revision': metadata.commit,
        'io.slipway.project': metadata.project,
        [commitMetadataAnnotation]: document.toString('utf8'),
      },
    }),
  );
}

/**
 * Records the commit's images under the tag `slipway-commit-<commit>` in the image repository: one
 * HEAD when the record is there and this run built nothing (a commit's images are a function of the commit,
 * so its record is already right), else one manifest PUT (plus the 2-byte empty blob the first time a
 * repository gets a record). When this run rebuilt an image of a recorded commit, the record is read and the
 * build times it holds for the other images are kept.
 */
export async function recordCommitMetadata(client: RegistryClient, repository: string, metadata: CommitMetadata): Promise<'recorded' | 'unchanged'> {
  const tag = commitMetadataTag(metadata.commit);
  const existing = await client.headManifest(repository, tag);
  const builtNow = Object.values(metadata.images).some((image) => image.builtAt !== undefined);
  if (existing && !builtNow) return 'unchanged';
  if (existing) {
    const previous = await readCommitMetadata(client, repository, metadata.commit).catch(() => undefined);
    for (const [name, image] of Object.entries(metadata.images)) {
      const before = previous?.images?.[name];
      if (image.builtAt === undefined && before?.tag === image.tag && before.builtAt !== undefined) metadata.images[name] = { ...image, builtAt: before.builtAt };
    }
  }
  const document = commitMetadataDocument(metadata);
  const manifest = commitMetadataManifest(metadata, document);
  const manifestDigest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  if (existing?.digest === manifestDigest) return 'unchanged';
  try {
    await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  } catch (error) {
    if (!(error instanceof SlipwayError) || !/BLOB_UNKNOWN/i.test(error.message)) throw error;
    await client.pushBlob(repository, emptyConfig);
    await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  }
  return 'recorded';
}

/** Reads a commit's record back (for cleanup), or undefined when there is none. */
export async function readCommitMetadata(client: RegistryClient, repository: string, commit: string): Promise<CommitMetadata | undefined> {
  return (await readCommitRecord(client, repository, commit))?.metadata;
}

/** A commit's record and the digest of its manifest (what deleting it takes). */
export async function readCommitRecord(client: RegistryClient, repository: string, commit: string): Promise<{ metadata: CommitMetadata | undefined; digest: string } | undefined> {
  const found = await client.getManifest(repository, commitMetadataTag(commit));
  if (!found) return undefined;
  const manifest = JSON.parse(found.body.toString('utf8')) as { annotations?: Record<string, string> };
  const record = manifest.annotations?.[commitMetadataAnnotation];
  return { metadata: record === undefined ? undefined : (JSON.parse(record) as CommitMetadata), digest: found.descriptor.digest };
}
