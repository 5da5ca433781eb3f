import { SlipwayError } from '../errors/slipwayError.js';
import type { ChartMetadata } from '../release/helmRelease.js';
import type { ArtifactStore } from './artifactStore.js';
import { selectBundleTag } from './bundleTag.js';
import {
  chartConfigBlob,
  chartLayerOf,
  chartManifestBlob,
  chartOciAnnotations,
  descriptorOf,
  helmChartLayerMediaType,
  helmConfigMediaType,
  ociManifestMediaType,
  type OciManifest,
} from './helmOciArtifact.js';

/** A bundle as read from a store: its tag, manifest digest, and the chart archive (verified by digest). */
export interface PulledBundle {
  tag: string;
  digest: string;
  manifest: OciManifest;
  chartArchive: Buffer;
}

/** The Helm OCI artifact of a packaged chart: config, layer and manifest blobs, and the manifest's digest. */
export function chartArtifact(chartArchive: Buffer, metadata: ChartMetadata, created: string): { config: Buffer; manifest: Buffer } {
  const config = chartConfigBlob(metadata);
  const manifest = chartManifestBlob(descriptorOf(helmConfigMediaType, config), [descriptorOf(helmChartLayerMediaType, chartArchive)], chartOciAnnotations(metadata, created));
  return { config, manifest };
}

/** Pushes a packaged chart as a Helm OCI chart under `tag`; returns the manifest digest. */
export async function pushChartArtifact(store: ArtifactStore, tag: string, chartArchive: Buffer, metadata: ChartMetadata, created: string): Promise<string> {
  const { config, manifest } = chartArtifact(chartArchive, metadata, created);
  await store.putBlob(config);
  await store.putBlob(chartArchive);
  return store.putManifest(manifest, ociManifestMediaType, tag);
}

/** The tag `wanted` (a tag or a semver constraint) names in the store, or an error listing the nearest tags. */
export async function resolveBundleTag(store: ArtifactStore, wanted: string, input = '--tag'): Promise<string> {
  if (wanted.startsWith('sha256:')) return wanted;
  const selection = selectBundleTag(await store.tags(), wanted);
  if ('tag' in selection) return selection.tag;
  const near = 'nearest' in selection && selection.nearest.length > 0 ? `; nearest: ${selection.nearest.join(', ')}` : '';
  switch (selection.problem) {
    case 'no-tags':
      throw new SlipwayError('registry', `${store.name} has no bundles (no tags)`, { where: { input: '--repo' }, hint: 'publish one first: slipway bundle publish --repo …' });
    case 'not-found':
      throw new SlipwayError('registry', `${store.name} has no tag "${wanted}"${near}`, { where: { input }, hint: 'give an existing tag or a semver constraint such as ^1.2' });
    case 'no-match':
      throw new SlipwayError('registry', `no tag of ${store.name} satisfies "${wanted}"${near}`, { where: { input }, hint: 'widen the constraint or publish a matching version' });
    case 'bad-constraint':
      throw new SlipwayError('input', `"${wanted}" is neither a tag of ${store.name} nor a semver constraint: ${selection.message}`, { where: { input }, hint: 'e.g. --tag latest, --tag 1.4.2, --tag "^1.4"' });
  }
}

/**
 * Reads the bundle `wanted` names: resolves the tag, checks the manifest is a Helm chart (and, with
 * `expectedDigest`, that it is that exact manifest), and reads the chart layer, every byte verified.
 */
export async function pullBundle(store: ArtifactStore, wanted: string, options: { expectedDigest?: string; input?: string } = {}): Promise<PulledBundle> {
  const tag = await resolveBundleTag(store, wanted, options.input);
  const stored = await store.manifest(tag);
  if (!stored) throw new SlipwayError('registry', `${store.name}:${tag} vanished while it was read`, { hint: 'someone deleted the tag meanwhile; try again' });
  if (options.expectedDigest !== undefined && stored.digest !== options.expectedDigest) {
    throw new SlipwayError('registry', `digest mismatch for ${store.name}:${tag}: expected ${options.expectedDigest}, the registry has ${stored.digest}`, {
      where: { input: '--digest' },
      hint: 'the tag was moved to other content since the digest was recorded; nothing was deployed',
    });
  }
  let manifest: OciManifest;
  try {
    manifest = JSON.parse(stored.body.toString('utf8')) as OciManifest;
  } catch {
    throw new SlipwayError('registry', `${store.name}:${tag} is not a Helm chart: its manifest is not JSON`);
  }
  const chart = chartLayerOf(manifest);
  if ('problem' in chart) {
    throw new SlipwayError('registry', `${store.name}:${tag} is not a Helm chart: ${chart.problem}`, { where: { input: options.input ?? '--tag' }, hint: 'point --repo/--tag at a bundle (slipway bundle publish or helm push), not at an image' });
  }
  const chartArchive = await store.blob(chart.layer.digest);
  if (chartArchive.length !== chart.layer.size) {
    throw new SlipwayError('registry', `size mismatch for the chart layer of ${store.name}:${tag}: manifest says ${chart.layer.size} bytes, got ${chartArchive.length}`);
  }
  return { tag, digest: stored.digest, manifest, chartArchive };
}
