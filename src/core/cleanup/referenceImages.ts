import type { CommitGraph } from './gitHistory.js';
import { historyNewestFirst } from './gitHistory.js';
import { withinLimit, type SelectedReference } from './referenceSelection.js';

/** A commit record's images: image name → its tag and manifest digest. */
export type CommitImages = Readonly<Record<string, { tag: string; digest: string; builtAt?: string }>>;

/** An image a reference keeps. */
export interface ReferenceImage {
  image: string;
  tag: string;
  digest: string;
  /** The newest commit of the reference that has this image. */
  commit: string;
  /** That commit's committer time (what `imagesPerReference.in` is measured against). */
  time: number;
  /** 0 for the newest distinct image of this name on the reference, 1 for the one before, … */
  rank: number;
}

/**
 * The images a selected reference keeps, per image name of the configuration: walking the reference's history
 * newest first, each distinct image (an image whose inputs did not change across many commits is one image)
 * gets the next rank, and `imagesPerReference` (last N / in a duration / operator) decides which ranks are kept;
 * no imagesPerReference keeps every image of the history. A tag is scanned at its own commit only. The walk
 * stops as soon as no further commit can add an image. Pure.
 */
export function imagesOfReference(
  selected: SelectedReference,
  graph: CommitGraph,
  records: ReadonlyMap<string, CommitImages>,
  imageNames: readonly string[],
  now: number,
): ReferenceImage[] {
  const limit = selected.imagesPerReference;
  const names = new Set(imageNames);
  const seen = new Map<string, Set<string>>();
  const kept: ReferenceImage[] = [];
  const reference = selected.reference;
  const commits = reference.kind === 'tag' ? [{ commit: reference.commit, time: graph.get(reference.commit)?.time ?? reference.time }] : historyNewestFirst(graph, reference.commit);
  for (const { commit, time } of commits) {
    if (limit && exhausted(limit, seen, imageNames, time, now)) break;
    const images = records.get(commit);
    if (!images) continue;
    for (const image of Object.keys(images).sort()) {
      if (!names.has(image)) continue;
      const { tag, digest } = images[image]!;
      let tags = seen.get(image);
      if (!tags) seen.set(image, (tags = new Set()));
      if (tags.has(tag)) continue;
      const rank = tags.size;
      tags.add(tag);
      if (withinLimit(limit, rank, time, now)) kept.push({ image, tag, digest, commit, time, rank });
    }
  }
  return kept;
}

/** Whether no older commit can add a kept image: the limit's set conditions can no longer pass. */
function exhausted(limit: NonNullable<SelectedReference['imagesPerReference']>, seen: Map<string, Set<string>>, imageNames: readonly string[], time: number, now: number): boolean {
  const spent: boolean[] = [];
  if (limit.last !== undefined) spent.push(imageNames.every((name) => (seen.get(name)?.size ?? 0) >= limit.last!));
  if (limit.inMs !== undefined) spent.push(time < now - limit.inMs);
  if (spent.length === 0) return false;
  return limit.operator === 'Or' ? spent.every(Boolean) : spent.some(Boolean);
}
