import { compareSemver, constraintsAllow, parseConstraintsE, parseSemver, type SemVersion } from '../chart/loader/semverRange.js';

/** OCI tags cannot hold "+": Helm pushes build metadata with "_" in its place and reads it back. */
export const tagOfVersion = (version: string): string => version.replaceAll('+', '_');
export const versionOfTag = (tag: string): string => tag.replaceAll('_', '+');

/** A tag slipway may publish or ask for: OCI's tag grammar. */
export const isValidTag = (tag: string): boolean => /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag);

export type TagSelection =
  | { tag: string }
  | { problem: 'no-tags' }
  | { problem: 'not-found'; nearest: string[] }
  | { problem: 'no-match'; nearest: string[] }
  | { problem: 'bad-constraint'; message: string };

interface TaggedVersion {
  tag: string;
  version: SemVersion;
}

function semverTags(tags: readonly string[]): TaggedVersion[] {
  const out: TaggedVersion[] = [];
  for (const tag of tags) {
    const version = parseSemver(versionOfTag(tag));
    if (version) out.push({ tag, version });
  }
  // Newest first, as Helm's client.Tags sorts them before matching.
  return out.sort((a, b) => compareSemver(b.version, a.version));
}

/**
 * Which tag `wanted` names among a repository's tags, as Helm's GetTagMatchingVersionOrConstraint does:
 * an exact tag first (also with "+" written as "_"), else the newest semver tag satisfying `wanted` as a
 * constraint (`^1.2`, `~1.2.3`, `>=1 <2`, `1.x`). When nothing matches, the nearest tags are given:
 * the newest semver tags, or the tags that start alike. Pure.
 */
export function selectBundleTag(tags: readonly string[], wanted: string): TagSelection {
  if (tags.length === 0) return { problem: 'no-tags' };
  if (tags.includes(wanted)) return { tag: wanted };
  if (tags.includes(tagOfVersion(wanted))) return { tag: tagOfVersion(wanted) };
  const versions = semverTags(tags);
  const nearest = (): string[] => {
    if (versions.length > 0) return versions.slice(0, 5).map((v) => v.tag);
    const prefix = wanted.slice(0, 3);
    return [...tags].filter((t) => t.startsWith(prefix)).sort().slice(0, 5);
  };
  const operators = /[\^~<>=*|xX,\s]/.test(wanted);
  const constraints = parseConstraintsE(wanted);
  if (typeof constraints === 'string') return operators ? { problem: 'bad-constraint', message: constraints } : { problem: 'not-found', nearest: nearest() };
  const match = versions.find((v) => constraintsAllow(constraints, v.version));
  if (match) return { tag: match.tag };
  // A full version that is not there is a missing tag, not a constraint nobody satisfies.
  if (!operators && /^v?[0-9]+\.[0-9]+\.[0-9]+/.test(wanted)) return { problem: 'not-found', nearest: nearest() };
  return { problem: 'no-match', nearest: nearest() };
}
