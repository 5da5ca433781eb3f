import { SlipwayError } from '../errors/slipwayError.js';
import type { ChartFile } from '../chart/loader/chart.js';
import { type ArtifactStore, RegistryStore } from './artifactStore.js';
import { pullBundle, pushChartArtifact } from './bundleArtifact.js';
import { bundleChart } from './bundleRelease.js';
import { bakeValues, bundleImages, rewriteImageRepository, splitImageReference } from './bundleValues.js';
import { packageChart } from './chartPackage.js';

export interface CopyBundleOptions {
  /** The tag or semver constraint to copy (default latest). */
  tag: string;
  /** The tag in the destination (default: the source's). */
  toTag?: string;
  /** Copy the images the bundle refers to as well (by digest), and point the copy's values at them. */
  withImages: boolean;
  /** Opens an image repository named in the bundle's values (`registry/path`), for reading. */
  openImageRepository(name: string): Promise<ArtifactStore>;
  log(line: string): void;
}

export interface CopiedBundle {
  tag: string;
  /** The source bundle's digest and the copy's (equal unless image references were rewritten). */
  sourceDigest: string;
  digest: string;
  images: { name: string; from: string; to: string; digest: string }[];
}

/**
 * `bundle copy`: a bundle from one store to another, byte for byte (same digest). With images, each
 * image the bundle refers to is copied by digest too — into the destination repository, whose name
 * then replaces the old one in the bundle's values (a new chart digest), or into the archive as is.
 */
export async function copyBundle(from: ArtifactStore, to: ArtifactStore, options: CopyBundleOptions): Promise<CopiedBundle> {
  const { copyGraph } = await import('./copyGraph.js');
  const bundle = await pullBundle(from, options.tag);
  const toTag = options.toTag ?? bundle.tag;
  if (!options.withImages) {
    await copyGraph(from, to, bundle.digest, toTag);
    return { tag: toTag, sourceDigest: bundle.digest, digest: bundle.digest, images: [] };
  }
  const chart = await bundleChart(bundle, `${from.name}:${bundle.tag}`);
  const images = bundleImages(chart.values);
  const copied: CopiedBundle['images'] = [];
  for (const image of images) {
    const source = splitImageReference(image.reference);
    // An archive carries the images it was written with; a registry bundle points at their repository.
    const imageStore = from instanceof RegistryStore ? await options.openImageRepository(source.repository) : from;
    const digest = image.digest ?? (await imageStore.manifest(source.tag))?.digest;
    if (!digest) throw new SlipwayError('registry', `image ${image.name} of the bundle (${image.reference}) is not in ${imageStore.name}`, { hint: 'the image was deleted (cleanup?) after the bundle was published; publish the bundle again' });
    options.log(`copying image ${image.name} ${image.reference}@${digest}`);
    await copyGraph(imageStore, to, digest, to instanceof RegistryStore ? source.tag : undefined);
    copied.push({ name: image.name, from: image.reference, to: to instanceof RegistryStore ? `${to.name}:${source.tag}` : image.reference, digest });
  }
  if (!(to instanceof RegistryStore) || images.length === 0) {
    await copyGraph(from, to, bundle.digest, toTag);
    return { tag: toTag, sourceDigest: bundle.digest, digest: bundle.digest, images: copied };
  }
  // The copy points at the destination repository: same files but values.yaml, same created time.
  const created = bundle.manifest.annotations?.['org.opencontainers.image.created'] ?? '';
  const mtime = Number.isNaN(Date.parse(created)) ? 0 : Math.floor(Date.parse(created) / 1000);
  const files: ChartFile[] = bakeValues(chart.raw, {}, rewriteImageRepository(chart.values, to.name));
  const archive = packageChart(chart.metadata.name ?? '', files, mtime);
  const digest = await pushChartArtifact(to, toTag, archive, chart.metadata, created);
  return { tag: toTag, sourceDigest: bundle.digest, digest, images: copied };
}
