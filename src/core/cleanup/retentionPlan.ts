import type { KeepPolicy, ReferenceMatch } from '../config/projectConfig.js';
import { classifyTag } from './imageTags.js';
import type { CommitGraph, GitReference } from './gitHistory.js';
import { imagesOfReference, type CommitImages } from './referenceImages.js';
import { referenceMatches, selectReferences } from './referenceSelection.js';

/** Where a running workload uses an image of the repository. */
export interface ImageUse {
  context: string;
  namespace: string;
  kind: string;
  name: string;
  container: string;
  /** The tag or digest it names. */
  tag?: string;
  digest?: string;
}

export type KeepReason =
  | { kind: 'in-use'; use: ImageUse; more: number }
  | { kind: 'keep-list'; pattern: string }
  | { kind: 'policy'; policy: number; reference: string; commit: string; rank: number }
  | { kind: 'built-within'; hours: number; builtAt: number }
  | { kind: 'build-time-unknown' }
  | { kind: 'shares-digest'; digest: string; with: string };

export interface RetentionInput {
  now: number;
  /** Image names of the configuration (only these are kept by Git history, as werf scans werf.yaml's images). */
  imageNames: readonly string[];
  /** Every tag of the repository. */
  tags: readonly string[];
  /** Commit records read from the registry: commit → its images. */
  records: ReadonlyMap<string, CommitImages>;
  /** Git history and policies; undefined when the Git-history policy is disabled. */
  git?: { references: readonly GitReference[]; graph: CommitGraph; policies: readonly KeepPolicy[] };
  /** Images used in the clusters; undefined when the Kubernetes policy is disabled or skipped. */
  inUse?: readonly ImageUse[];
  /** Tags (names or /regex/) kept whatever else says. */
  keep: readonly ReferenceMatch[];
  /** Keep images built within this many hours; undefined disables the rule. */
  builtWithinHours?: number;
  /** Manifest digests read from the registry by tag (null: the tag is gone). */
  digests: ReadonlyMap<string, string | null>;
  /** Build times (ms) of images, read from their config (null: the image says none). */
  builtAt: ReadonlyMap<string, number | null>;
}

export interface KeptImage {
  tag: string;
  image: string;
  digest?: string;
  reasons: KeepReason[];
}

export interface DeletedImage {
  digest: string;
  /** Every tag of the repository with this digest (all are removed by one DELETE). */
  tags: string[];
  image: string;
}

export interface RetentionPlan {
  kept: KeptImage[];
  deleted: DeletedImage[];
  /** Commit record tags to delete: every image they list is deleted or gone. */
  deletedRecords: string[];
  keptRecords: number;
  /** Tags slipway did not make, left alone. */
  foreign: string[];
  /** Image tags that vanished while planning (already deleted by someone). */
  gone: string[];
  /** What the registry must be asked before the plan is final; empty when it is final. */
  needs: { digests: string[]; buildTimes: string[] };
}

/**
 * The cleanup decision, from plain values: every image tag of the repository is kept when something needs it
 * (in use in a cluster, the keep list, a keep policy for a reference, built within the last N hours) and
 * otherwise deleted by digest, unless a tag that stays shares the digest. Call it, fetch what `needs` lists,
 * call it again: the second plan is final. Pure.
 */
export function retentionPlan(input: RetentionInput): RetentionPlan {
  const knownImages = new Set(input.imageNames);
  for (const images of input.records.values()) for (const name of Object.keys(images)) knownImages.add(name);
  // What the records say of each tag: its digest when every record agrees (a tag pushed again with other bytes
  // makes records disagree, and then the registry is asked), and the earliest build time any record holds.
  const recordDigest = new Map<string, string>();
  const disagreeing = new Set<string>();
  const recordBuiltAt = new Map<string, number>();
  for (const images of input.records.values()) {
    for (const { tag, digest, builtAt } of Object.values(images)) {
      const known = recordDigest.get(tag);
      if (known !== undefined && known !== digest) disagreeing.add(tag);
      recordDigest.set(tag, digest);
      const time = builtAt !== undefined ? Date.parse(builtAt) : NaN;
      if (!Number.isNaN(time)) recordBuiltAt.set(tag, Math.min(time, recordBuiltAt.get(tag) ?? Infinity));
    }
  }
  for (const tag of disagreeing) recordDigest.delete(tag);
  const digestOf = (tag: string): string | null | undefined => (input.digests.has(tag) ? input.digests.get(tag) : recordDigest.get(tag));
  const builtAtOf = (tag: string): number | null | undefined => (input.builtAt.has(tag) ? input.builtAt.get(tag) : recordBuiltAt.get(tag));

  const imageTags = new Map<string, string>();
  const recordTags = new Map<string, string>();
  const foreign: string[] = [];
  for (const tag of input.tags) {
    const kind = classifyTag(tag, knownImages);
    if (kind.kind === 'image') imageTags.set(tag, kind.image);
    else if (kind.kind === 'commit-record') recordTags.set(tag, kind.commit);
    else foreign.push(tag);
  }

  const reasons = new Map<string, KeepReason[]>();
  const keepFor = (tag: string, reason: KeepReason): void => {
    if (!imageTags.has(tag)) return;
    const list = reasons.get(tag) ?? [];
    list.push(reason);
    reasons.set(tag, list);
  };

  // In use: by tag now, by digest once the candidates' digests are known (below).
  const usesByTag = new Map<string, ImageUse[]>();
  const usesByDigest = new Map<string, ImageUse[]>();
  for (const use of input.inUse ?? []) {
    if (use.tag !== undefined) usesByTag.set(use.tag, [...(usesByTag.get(use.tag) ?? []), use]);
    if (use.digest !== undefined) usesByDigest.set(use.digest, [...(usesByDigest.get(use.digest) ?? []), use]);
  }
  const inUseReason = (uses: ImageUse[]): KeepReason => ({ kind: 'in-use', use: [...uses].sort(byOwnerFirst)[0]!, more: uses.length - 1 });
  for (const [tag, uses] of usesByTag) keepFor(tag, inUseReason(uses));
  for (const tag of imageTags.keys()) {
    const digest = recordDigest.get(tag);
    const uses = digest !== undefined ? usesByDigest.get(digest) : undefined;
    if (uses && !usesByTag.has(tag)) keepFor(tag, inUseReason(uses));
  }

  for (const tag of imageTags.keys()) {
    const pattern = input.keep.find((match) => referenceMatches(match, tag));
    if (pattern) keepFor(tag, { kind: 'keep-list', pattern: pattern.regex !== undefined ? `/${pattern.regex}/` : pattern.name! });
  }

  if (input.git) {
    for (const selected of selectReferences(input.git.policies, input.git.references, input.now)) {
      const reference = `${selected.reference.kind} ${selected.reference.name}`;
      for (const found of imagesOfReference(selected, input.git.graph, input.records, input.imageNames, input.now)) {
        keepFor(found.tag, { kind: 'policy', policy: selected.policy, reference, commit: found.commit, rank: found.rank });
      }
    }
  }

  const gone: string[] = [];
  const needsDigests: string[] = [];
  const needsBuildTimes: string[] = [];
  const candidates: string[] = [];
  for (const tag of imageTags.keys()) {
    if (reasons.has(tag)) continue;
    const digest = digestOf(tag);
    if (digest === null) {
      gone.push(tag);
      continue;
    }
    if (digest === undefined) {
      needsDigests.push(tag);
      if (input.builtWithinHours !== undefined && builtAtOf(tag) === undefined) needsBuildTimes.push(tag);
      continue;
    }
    const uses = usesByDigest.get(digest);
    if (uses) {
      keepFor(tag, inUseReason(uses));
      continue;
    }
    if (input.builtWithinHours !== undefined) {
      const builtAt = builtAtOf(tag);
      if (builtAt === undefined) {
        needsBuildTimes.push(tag);
        continue;
      }
      if (builtAt === null) {
        keepFor(tag, { kind: 'build-time-unknown' });
        continue;
      }
      if (builtAt >= input.now - input.builtWithinHours * 3_600_000) {
        keepFor(tag, { kind: 'built-within', hours: input.builtWithinHours, builtAt });
        continue;
      }
    }
    candidates.push(tag);
  }

  // A DELETE by digest removes every tag with that digest, so the digest of every tag that stays must be known:
  // from the records for slipway's images, from the registry for the others.
  const stays = [...foreign, ...[...imageTags.keys()].filter((tag) => reasons.has(tag))];
  const stayingDigests = new Map<string, string>();
  if (candidates.length > 0 || needsDigests.length > 0) {
    for (const tag of stays) {
      const digest = digestOf(tag);
      if (digest === undefined) needsDigests.push(tag);
      else if (digest !== null) stayingDigests.set(digest, tag);
    }
  }
  if (needsDigests.length > 0 || needsBuildTimes.length > 0) {
    return { kept: keptList(imageTags, reasons, input.digests, recordDigest), deleted: [], deletedRecords: [], keptRecords: recordTags.size, foreign, gone, needs: { digests: needsDigests, buildTimes: needsBuildTimes } };
  }

  const deletedByDigest = new Map<string, DeletedImage>();
  for (const tag of candidates) {
    const digest = digestOf(tag)!;
    const sharedWith = stayingDigests.get(digest);
    if (sharedWith !== undefined) {
      keepFor(tag, { kind: 'shares-digest', digest, with: sharedWith });
      continue;
    }
    const entry = deletedByDigest.get(digest) ?? { digest, tags: [], image: imageTags.get(tag)! };
    entry.tags.push(tag);
    deletedByDigest.set(digest, entry);
  }

  const deletedTags = new Set([...deletedByDigest.values()].flatMap((entry) => entry.tags));
  const present = new Set(input.tags.filter((tag) => !gone.includes(tag)));
  const deletedRecords: string[] = [];
  for (const [tag, commit] of recordTags) {
    const images = input.records.get(commit);
    if (!images) continue;
    const all = Object.values(images);
    if (all.every(({ tag: imageTag }) => deletedTags.has(imageTag) || !present.has(imageTag))) deletedRecords.push(tag);
  }

  return {
    kept: keptList(imageTags, reasons, input.digests, recordDigest),
    deleted: [...deletedByDigest.values()].sort((a, b) => (a.tags[0]! < b.tags[0]! ? -1 : 1)),
    deletedRecords: deletedRecords.sort(),
    keptRecords: recordTags.size - deletedRecords.length,
    foreign: foreign.sort(),
    gone: gone.sort(),
    needs: { digests: [], buildTimes: [] },
  };
}

/** Workloads people name first: the Deployment rather than its ReplicaSet or Pod. */
const kindPreference = ['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job', 'ReplicationController', 'ReplicaSet', 'Pod'];
function byOwnerFirst(a: ImageUse, b: ImageUse): number {
  const rank = (use: ImageUse): number => (kindPreference.indexOf(use.kind) + kindPreference.length + 1) % (kindPreference.length + 1);
  return rank(a) - rank(b) || (a.context < b.context ? -1 : a.context > b.context ? 1 : 0) || (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function keptList(imageTags: Map<string, string>, reasons: Map<string, KeepReason[]>, digests: ReadonlyMap<string, string | null>, recordDigest: Map<string, string>): KeptImage[] {
  return [...reasons.entries()]
    .map(([tag, list]) => {
      const digest = digests.has(tag) ? digests.get(tag) : recordDigest.get(tag);
      return { tag, image: imageTags.get(tag)!, ...(digest ? { digest } : {}), reasons: list };
    })
    .sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
