import { createHash } from 'node:crypto';
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
  images: Record<string, { tag: string; digest: string }>;
}

/** The record's bytes: deterministic (sorted, no timestamps) so re-running a commit changes nothing. Pure. */
export function commitMetadataDocument(metadata: CommitMetadata): Buffer {
  const images: CommitMetadata['images'] = {};
  for (const name of Object.keys(metadata.images).sort()) images[name] = metadata.images[name]!;
  return Buffer.from(JSON.stringify({ schemaVersion: 1, project: metadata.project, commit: metadata.commit, images }));
}

/** The OCI 1.1 artifact manifest holding the record as its one layer. Pure. */
export function commitMetadataManifest(metadata: CommitMetadata, document: Buffer): Buffer {
  const digest = (content: Buffer): string => `sha256:${createHash('sha256').update(content).digest('hex')}`;
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: commitMetadataArtifactType,
      config: { mediaType: emptyConfigMediaType, digest: digest(emptyConfig), size: emptyConfig.length },
      layers: [{ mediaType: commitMetadataArtifactType, digest: digest(document), size: document.length }],
      annotations: { 'org.opencontainers.image.revision': metadata.commit, 'io.slipway.project': metadata.project },
    }),
  );
}

/**
 * Records the commit's images under the tag `slipway-commit-<commit>` in the image repository, unless
 * an identical record is there already (one HEAD request on the fast path).
 */
export async function recordCommitMetadata(client: RegistryClient, repository: string, metadata: CommitMetadata): Promise<'recorded' | 'unchanged'> {
  const document = commitMetadataDocument(metadata);
  const manifest = commitMetadataManifest(metadata, document);
  const manifestDigest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  const tag = commitMetadataTag(metadata.commit);
  const existing = await client.headManifest(repository, tag);
  if (existing?.digest === manifestDigest) return 'unchanged';
  await client.pushBlob(repository, emptyConfig);
  await client.pushBlob(repository, document);
  await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  return 'recorded';
}

/** Reads a commit's record back (for cleanup), or undefined when there is none. */
export async function readCommitMetadata(client: RegistryClient, repository: string, commit: string): Promise<CommitMetadata | undefined> {
  const found = await client.getManifest(repository, commitMetadataTag(commit));
  if (!found) return undefined;
  const manifest = JSON.parse(found.body.toString('utf8')) as { layers?: { digest: string; mediaType: string }[] };
  const layer = manifest.layers?.find((candidate) => candidate.mediaType === commitMetadataArtifactType);
  if (!layer) return undefined;
  return JSON.parse((await client.getBlob(repository, layer.digest)).toString('utf8')) as CommitMetadata;
}
