import type { ChartFile } from '../chart/loader/chart.js';
import { toYaml } from '../chart/functions/yaml.js';
import { mergeValues } from '../converge/environmentInput.js';

type Values = Record<string, unknown>;

const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The chart's files with `baked` merged over its values.yaml (written as Helm's toYaml writes YAML), so
 * `helm install oci://…` of the bundle sees the image references too. Nothing to bake: files unchanged.
 */
export function bakeValues(files: readonly ChartFile[], chartValues: Values, baked: Values): ChartFile[] {
  if (Object.keys(baked).length === 0) return [...files];
  const text = `${toYaml(mergeValues(chartValues, baked))}\n`;
  const data = new TextEncoder().encode(text);
  const others = files.filter((f) => f.name !== 'values.yaml');
  return [...others, { name: 'values.yaml', data }];
}

/** An image a bundle refers to, as published: `.Values.slipway.image.<name>` and its digest. */
export interface BundleImage {
  name: string;
  /** `registry/path:tag` */
  reference: string;
  digest?: string;
}

/** The images baked into a bundle's values (empty for a chart published by helm). Pure. */
export function bundleImages(values: Values): BundleImage[] {
  const slipway = isMap(values.slipway) ? values.slipway : {};
  const images = isMap(slipway.image) ? slipway.image : {};
  const digests = isMap(slipway.imageDigest) ? slipway.imageDigest : {};
  return Object.entries(images)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, reference]) => ({ name, reference, ...(typeof digests[name] === 'string' ? { digest: digests[name] as string } : {}) }));
}

/** `registry/path:tag` split at the tag (a port's colon is not a tag). */
export function splitImageReference(reference: string): { repository: string; tag: string } {
  const at = reference.lastIndexOf(':');
  if (at < 0 || reference.slice(at).includes('/')) return { repository: reference, tag: 'latest' };
  return { repository: reference.slice(0, at), tag: reference.slice(at + 1) };
}

/** The values with every image reference moved to `repository` (same tags), as after `copy --with-images`. Pure. */
export function rewriteImageRepository(values: Values, repository: string): Values {
  const moved: Record<string, string> = {};
  for (const image of bundleImages(values)) moved[image.name] = `${repository}:${splitImageReference(image.reference).tag}`;
  const werf = isMap(values.werf) ? values.werf : {};
  return mergeValues(values, {
    slipway: { image: moved, repo: repository },
    ...(isMap(werf.image) || werf.repo !== undefined ? { werf: { image: moved, repo: repository } } : {}),
  });
}
