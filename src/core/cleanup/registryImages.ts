import { boundedParallel } from '../kube/boundedParallel.js';
import { SlipwayError } from '../errors/slipwayError.js';
import { readCommitRecord } from '../images/commitMetadata.js';
import { RegistryStatusError, type RegistryClient } from '../registry/registryClient.js';
import type { CommitImages } from './referenceImages.js';

const indexTypes = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);

/** The commit records of these commits (tags `slipway-commit-<sha>`), read in parallel; unreadable ones are skipped with a warning. */
export async function readCommitRecords(
  client: RegistryClient,
  repository: string,
  commits: readonly string[],
  parallelism: number,
  warn: (message: string) => void,
): Promise<{ records: Map<string, CommitImages>; manifestDigests: Map<string, string> }> {
  const records = new Map<string, CommitImages>();
  const manifestDigests = new Map<string, string>();
  await boundedParallel(commits, parallelism, async (commit) => {
    try {
      const found = await readCommitRecord(client, repository, commit);
      if (found) manifestDigests.set(commit, found.digest);
      const record = found?.metadata;
      if (record && record.commit === commit && record.images && typeof record.images === 'object') records.set(commit, record.images);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // A record that is not slipway's JSON keeps its images unknown: they are not kept by history, so say so.
      warn(`the commit record of ${commit.slice(0, 12)} is not valid JSON; it is left alone`);
    }
  });
  return { records, manifestDigests };
}

/** A tag's manifest digest and (when asked) the image's build time from its config's `created`. */
export interface ImageFacts {
  digest: string | null;
  builtAt?: number | null;
  /** Bytes the manifest lists (config and layers; layers may be shared with other images). */
  size?: number;
}

/**
 * Reads what the plan needs of each tag: one HEAD for a digest; for a build time one manifest GET and one
 * config blob GET (the first platform's, for an index). A tag that vanished is `digest: null`.
 */
export async function inspectTags(
  client: RegistryClient,
  repository: string,
  tags: readonly string[],
  withBuildTime: ReadonlySet<string>,
  parallelism: number,
): Promise<Map<string, ImageFacts>> {
  const facts = new Map<string, ImageFacts>();
  await boundedParallel(tags, parallelism, async (tag) => {
    if (!withBuildTime.has(tag)) {
      const head = await client.headManifest(repository, tag);
      facts.set(tag, { digest: head?.digest || null });
      return;
    }
    const found = await client.getManifest(repository, tag);
    if (!found) {
      facts.set(tag, { digest: null });
      return;
    }
    facts.set(tag, { digest: found.descriptor.digest, ...(await buildTimeAndSize(client, repository, found.body, found.descriptor.mediaType)) });
  });
  return facts;
}

async function buildTimeAndSize(client: RegistryClient, repository: string, body: Buffer, mediaType: string): Promise<{ builtAt: number | null; size?: number }> {
  type Manifest = { mediaType?: string; manifests?: { digest: string; size?: number }[]; config?: { digest?: string; size?: number }; layers?: { size?: number }[] };
  let manifest = JSON.parse(body.toString('utf8')) as Manifest;
  let size = 0;
  if (indexTypes.has(manifest.mediaType ?? mediaType) && manifest.manifests?.length) {
    const child = await client.getManifest(repository, manifest.manifests[0]!.digest);
    if (!child) return { builtAt: null };
    manifest = JSON.parse(child.body.toString('utf8')) as Manifest;
  }
  size += (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
  const configDigest = manifest.config?.digest;
  if (!configDigest) return { builtAt: null, size };
  const config = JSON.parse((await client.getBlob(repository, configDigest)).toString('utf8')) as { created?: string };
  const time = config.created ? Date.parse(config.created) : NaN;
  return { builtAt: Number.isNaN(time) || time <= 0 ? null : time, size };
}

/**
 * Deletes manifests by digest with bounded parallelism (the client retries 429/5xx). A manifest already gone
 * counts as deleted (a second run finishes an interrupted one). A registry that refuses deletion stops
 * everything with an error naming what to enable or grant.
 */
export async function deleteDigests(
  client: RegistryClient,
  registry: string,
  repository: string,
  digests: readonly string[],
  parallelism: number,
  onDeleted: (digest: string, outcome: 'deleted' | 'gone') => void,
): Promise<void> {
  let refused: SlipwayError | undefined;
  await boundedParallel(digests, parallelism, async (digest) => {
    if (refused) return;
    try {
      onDeleted(digest, await client.deleteManifest(repository, digest));
    } catch (error) {
      refused ??= explainDeleteRefusal(error, registry, repository);
    }
  });
  if (refused) throw refused;
}

export function explainDeleteRefusal(error: unknown, registry: string, repository: string): SlipwayError {
  if (!(error instanceof RegistryStatusError)) return error as SlipwayError;
  const on = `${registry}/${repository}`;
  if (error.status === 405) {
    return new SlipwayError('registry', `the registry refuses to delete manifests of ${on} (HTTP 405): ${error.message}`, {
      hint:
        registry === 'ghcr.io'
          ? 'ghcr.io deletes through the GitHub API: pass a token with delete:packages (github-token input, $GITHUB_TOKEN)'
          : 'enable deletes in the registry (distribution: REGISTRY_STORAGE_DELETE_ENABLED=true; Harbor/GitLab: a token allowed to delete)',
    });
  }
  if (error.status === 401 || error.status === 403) {
    return new SlipwayError('registry', `not allowed to delete from ${on} (HTTP ${error.status}): ${error.message}`, {
      hint: 'the registry credentials need the delete permission on this repository (a token scope such as delete:packages on GitHub, api on GitLab)',
    });
  }
  return error;
}
