import type { ArtifactStore } from './artifactStore.js';

interface Descriptor {
  digest: string;
  mediaType?: string;
}

/**
 * Copies a manifest and everything it references (an index's manifests, a manifest's config and layers)
 * from one store to another, blobs before the manifests that need them, by digest: the copy has the
 * same digest. Returns the number of blobs written.
 */
export async function copyGraph(from: ArtifactStore, to: ArtifactStore, digest: string, tag?: string): Promise<number> {
  const manifest = await from.manifest(digest);
  if (!manifest) throw new Error(`manifest ${digest} vanished from ${from.name} during the copy`);
  const parsed = JSON.parse(manifest.body.toString('utf8')) as { manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] };
  let blobs = 0;
  for (const child of parsed.manifests ?? []) blobs += await copyGraph(from, to, child.digest);
  for (const blob of [...(parsed.config ? [parsed.config] : []), ...(parsed.layers ?? [])]) {
    await to.putBlob(await from.blob(blob.digest));
    blobs++;
  }
  await to.putManifest(manifest.body, manifest.mediaType, tag);
  return blobs;
}
