import { tagDigestLength } from '../images/imageDigest.js';

/** What a tag of a project repository is, as cleanup sees it. */
export type TagKind =
  | { kind: 'image'; image: string; contentDigest: string }
  | { kind: 'commit-record'; commit: string }
  | { kind: 'foreign' };

const imageTagPattern = new RegExp(`^(.+)-([0-9a-f]{${tagDigestLength}})$`);
const recordTagPattern = /^slipway-commit-([0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Classifies a tag: `<image>-<32 hex>` is an image when the image is one slipway knows (from the config or
 * from a commit record); `slipway-commit-<sha>` is a commit record; anything else belongs to someone else
 * and is never touched. Pure.
 */
export function classifyTag(tag: string, knownImages: ReadonlySet<string>): TagKind {
  const record = recordTagPattern.exec(tag);
  if (record) return { kind: 'commit-record', commit: record[1]! };
  const image = imageTagPattern.exec(tag);
  if (image && knownImages.has(image[1]!)) return { kind: 'image', image: image[1]!, contentDigest: image[2]! };
  return { kind: 'foreign' };
}
