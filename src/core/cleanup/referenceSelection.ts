import type { KeepLimit, KeepPolicy, ReferenceMatch } from '../config/projectConfig.js';
import type { GitReference } from './gitHistory.js';

/** A reference chosen by a keep policy, with the images-per-reference limit it is scanned with. */
export interface SelectedReference {
  reference: GitReference;
  /** Index of the policy that decides the scan (the last one in order that selects the reference). */
  policy: number;
  imagesPerReference?: KeepLimit;
}

/** A name or a `/regex/` matched against the whole name, as werf anchors it (`^(?:regex)$`). Pure. */
export function referenceMatches(match: ReferenceMatch, name: string): boolean {
  return match.regex !== undefined ? new RegExp(`^(?:${match.regex})$`).test(name) : match.name === name;
}

/**
 * Which references each policy keeps images for: the references of its kind whose name matches, limited by
 * `limit` (`last`: the N most recently active (a branch by its head commit's committer time, a tag by its creation:
 * the tagger date of an annotated tag, the commit's time for a lightweight one); `in`:
 * active within the duration; `operator`: both or either). When several policies select one reference, the
 * last of them gives its imagesPerReference ("from the general to the particular", as werf documents). Pure.
 */
export function selectReferences(policies: readonly KeepPolicy[], references: readonly GitReference[], now: number): SelectedReference[] {
  const chosen = new Map<string, SelectedReference>();
  policies.forEach((policy, index) => {
    const candidates = references
      .filter((reference) => reference.kind === policy.references.kind && referenceMatches(policy.references.match, reference.name))
      .sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    candidates.forEach((reference, rank) => {
      if (!withinLimit(policy.references.limit, rank, reference.time, now)) return;
      chosen.set(`${reference.kind}/${reference.name}`, {
        reference,
        policy: index,
        ...(policy.imagesPerReference ? { imagesPerReference: policy.imagesPerReference } : {}),
      });
    });
  });
  return [...chosen.values()];
}

/**
 * Whether the item of this rank (0 = newest) and time passes a limit: the conditions that are set are
 * combined with the operator; no limit passes everything. Pure.
 */
export function withinLimit(limit: KeepLimit | undefined, rank: number, time: number, now: number): boolean {
  if (!limit) return true;
  const conditions: boolean[] = [];
  if (limit.last !== undefined) conditions.push(rank < limit.last);
  if (limit.inMs !== undefined) conditions.push(time >= now - limit.inMs);
  if (conditions.length === 0) return true;
  return limit.operator === 'Or' ? conditions.some(Boolean) : conditions.every(Boolean);
}
