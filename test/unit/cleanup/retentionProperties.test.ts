import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeepLimit, KeepPolicy } from '../../../src/core/config/projectConfig.js';
import type { CommitNode, GitReference } from '../../../src/core/cleanup/gitHistory.js';
import type { CommitImages } from '../../../src/core/cleanup/referenceImages.js';
import { selectReferences } from '../../../src/core/cleanup/referenceSelection.js';
import { retentionPlan, type ImageUse, type RetentionInput, type RetentionPlan } from '../../../src/core/cleanup/retentionPlan.js';
import { seededRandom } from '../../support/seededRandom.js';

const hour = 3_600_000;
const now = Date.UTC(2026, 11, 1);
const names = ['api', 'web'];
const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const hex32 = (n: number): string => n.toString(16).padStart(32, '0');

interface World {
  graph: Map<string, CommitNode>;
  references: GitReference[];
  records: Map<string, CommitImages>;
  /** tag → digest in the registry. */
  registry: Map<string, string>;
  builtAt: Map<string, number>;
  inUse: ImageUse[];
  policies: KeepPolicy[];
}

/** A random history: branches forking and merging, images changing now and then, some commits unbuilt, some deployed. */
function randomWorld(random: () => number): World {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const graph = new Map<string, CommitNode>();
  const records = new Map<string, CommitImages>();
  const registry = new Map<string, string>();
  const builtAt = new Map<string, number>();
  const version: Record<string, number> = { api: 0, web: 100 };
  const heads: string[] = [];
  const commits = 5 + Math.floor(random() * 60);
  for (let i = 0; i < commits; i++) {
    const id = createHash('sha1').update(`c${i}-${random()}`).digest('hex');
    const time = now - (commits - i) * hour * (0.5 + random() * 3);
    const parents: string[] = [];
    if (heads.length > 0) {
      const from = random() < 0.7 ? heads.length - 1 : Math.floor(random() * heads.length);
      parents.push(heads[from]!);
      if (random() < 0.15 && heads.length > 1) parents.push(pick(heads));
    }
    graph.set(id, { time, parents: [...new Set(parents)] });
    if (random() < 0.3 || heads.length === 0) heads.push(id);
    else heads[heads.length - 1] = id;
    for (const name of names) if (random() < 0.4) version[name]!++;
    if (random() < 0.8) {
      const images: Record<string, { tag: string; digest: string }> = {};
      for (const name of names) {
        const tag = `${name}-${hex32(version[name]!)}`;
        // Identical content of two tags is possible (same digest), rarely.
        const digest = random() < 0.05 ? digestOf('shared') : digestOf(tag);
        images[name] = { tag, digest };
        if (random() < 0.95) registry.set(tag, digest);
        builtAt.set(tag, time);
      }
      records.set(id, images);
      registry.set(`slipway-commit-${id}`, digestOf(`record-${id}`));
    }
  }
  const references: GitReference[] = heads.map((commit, index) => ({ kind: random() < 0.25 ? 'tag' : 'branch', name: index === 0 ? 'main' : `ref-${index}`, commit, time: graph.get(commit)!.time }));
  for (let i = 0; i < 3; i++) registry.set(`junk-${i}`, random() < 0.3 ? pick([...registry.values()]) : digestOf(`junk-${i}`));
  const tags = [...registry.keys()].filter((tag) => !tag.startsWith('slipway-'));
  const inUse: ImageUse[] = [];
  for (let i = 0; i < 3; i++) {
    const tag = pick(tags);
    inUse.push(random() < 0.5 ? { context: 'c', namespace: 'n', kind: 'Pod', name: `p${i}`, container: 'x', tag } : { context: 'c', namespace: 'n', kind: 'Pod', name: `p${i}`, container: 'x', digest: registry.get(tag)! });
  }
  const limit = (): KeepLimit | undefined => {
    if (random() < 0.3) return undefined;
    const l: KeepLimit = { operator: random() < 0.5 ? 'And' : 'Or' };
    if (random() < 0.7) l.last = Math.floor(random() * 4);
    if (random() < 0.6) l.inMs = Math.floor(random() * 100) * hour;
    return l.last === undefined && l.inMs === undefined ? undefined : l;
  };
  const policies: KeepPolicy[] = [];
  for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i++) {
    const references = { kind: random() < 0.7 ? ('branch' as const) : ('tag' as const), match: random() < 0.5 ? { regex: '.*' } : { name: 'main' } };
    const refLimit = limit();
    const images = limit();
    policies.push({ references: { ...references, ...(refLimit ? { limit: refLimit } : {}) }, ...(images ? { imagesPerReference: images } : {}) });
  }
  return { graph, references, records, registry, builtAt, inUse, policies };
}

/** Runs the plan against the world's registry until it settles. */
function plan(world: World, builtWithinHours?: number): RetentionPlan {
  const digests = new Map<string, string | null>();
  const builtAt = new Map<string, number | null>();
  const input = (): RetentionInput => ({
    now,
    imageNames: names,
    tags: [...world.registry.keys()],
    records: new Map([...world.records].filter(([commit]) => world.registry.has(`slipway-commit-${commit}`))),
    git: { references: world.references, graph: world.graph, policies: world.policies },
    inUse: world.inUse,
    keep: [],
    ...(builtWithinHours !== undefined ? { builtWithinHours } : {}),
    digests,
    builtAt,
  });
  let result = retentionPlan(input());
  for (let round = 0; result.needs.digests.length + result.needs.buildTimes.length > 0; round++) {
    if (round > 2) throw new Error('plan did not settle');
    for (const tag of result.needs.digests) digests.set(tag, world.registry.get(tag) ?? null);
    for (const tag of result.needs.buildTimes) builtAt.set(tag, world.builtAt.get(tag) ?? null);
    result = retentionPlan(input());
  }
  return result;
}

/** What the references keep, computed the slow obvious way: every reachable commit sorted newest first. */
function keptByReferences(world: World): Set<string> {
  const kept = new Set<string>();
  for (const selected of selectReferences(world.policies, world.references, now)) {
    const reachable: string[] = [];
    if (selected.reference.kind === 'tag') reachable.push(selected.reference.commit);
    else {
      const stack = [selected.reference.commit];
      const seen = new Set(stack);
      while (stack.length) {
        const id = stack.pop()!;
        reachable.push(id);
        for (const parent of world.graph.get(id)?.parents ?? []) if (!seen.has(parent)) seen.add(parent), stack.push(parent);
      }
      reachable.sort((a, b) => world.graph.get(b)!.time - world.graph.get(a)!.time || (a < b ? -1 : 1));
    }
    for (const name of names) {
      const distinct: { tag: string; time: number }[] = [];
      for (const commit of reachable) {
        if (!world.registry.has(`slipway-commit-${commit}`)) continue;
        const image = world.records.get(commit)?.[name];
        if (image && !distinct.some((d) => d.tag === image.tag)) distinct.push({ tag: image.tag, time: world.graph.get(commit)!.time });
      }
      distinct.forEach(({ tag, time }, rank) => {
        const l = selected.imagesPerReference;
        const conditions = [...(l?.last !== undefined ? [rank < l.last] : []), ...(l?.inMs !== undefined ? [time >= now - l.inMs] : [])];
        const pass = conditions.length === 0 || (l!.operator === 'Or' ? conditions.some(Boolean) : conditions.every(Boolean));
        if (pass) kept.add(tag);
      });
    }
  }
  return kept;
}

/** Applies deletions to the world's registry; `limit` stops after that many DELETEs (a killed run). */
function apply(world: World, result: RetentionPlan, limit = Infinity): number {
  let done = 0;
  for (const image of result.deleted) {
    if (done++ >= limit) return done;
    for (const [tag, digest] of world.registry) if (digest === image.digest) world.registry.delete(tag);
  }
  for (const record of result.deletedRecords) {
    if (done++ >= limit) return done;
    world.registry.delete(record);
  }
  return done;
}

describe('retention plan properties over random histories, policies and clusters', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(seeds)('seed %i: nothing in use or kept by a reference is deleted; deleting is idempotent; an interrupted run is finished by the next', (seed) => {
    const world = randomWorld(seededRandom(seed));
    const builtWithin = seed % 3 === 0 ? 5 : undefined;
    const first = plan(world, builtWithin);
    const deletedDigests = new Set(first.deleted.map((d) => d.digest));
    const deletedTags = new Set(first.deleted.flatMap((d) => d.tags));

    for (const use of world.inUse) {
      if (use.tag) expect(deletedTags.has(use.tag), `in-use tag ${use.tag}`).toBe(false);
      if (use.digest) expect(deletedDigests.has(use.digest), `in-use digest ${use.digest}`).toBe(false);
    }
    for (const tag of keptByReferences(world)) if (world.registry.has(tag)) expect(deletedTags.has(tag), `kept by a reference: ${tag}`).toBe(false);
    // A DELETE removes every tag of the digest: none of them may be one that stays.
    const staying = [...world.registry.keys()].filter((tag) => !deletedTags.has(tag) && !first.deletedRecords.includes(tag));
    for (const tag of staying) expect(deletedDigests.has(world.registry.get(tag)!), `staying tag ${tag} shares a deleted digest`).toBe(false);
    for (const image of first.deleted) for (const tag of image.tags) expect(world.registry.get(tag)).toBe(image.digest);

    // Uninterrupted: apply, plan again: nothing more to delete.
    const full: World = { ...world, registry: new Map(world.registry) };
    apply(full, first);
    const again = plan(full, builtWithin);
    expect(again.deleted).toEqual([]);
    expect(again.deletedRecords).toEqual([]);

    // Killed after some DELETEs, then run again: the same end state.
    const total = first.deleted.length + first.deletedRecords.length;
    if (total > 1) {
      const killed: World = { ...world, registry: new Map(world.registry) };
      apply(killed, first, Math.floor(total / 2));
      apply(killed, plan(killed, builtWithin));
      expect([...killed.registry.keys()].sort()).toEqual([...full.registry.keys()].sort());
    }
  });
});

describe('the random worlds exercise every rule', () => {
  it('across the seeds, images are deleted, kept by references, in use, shared by digest, and records removed', () => {
    const counts = { deleted: 0, policy: 0, inUse: 0, sharesDigest: 0, builtWithin: 0, records: 0, interrupted: 0 };
    for (let seed = 1; seed <= 300; seed++) {
      const world = randomWorld(seededRandom(seed));
      const result = plan(world, seed % 3 === 0 ? 5 : undefined);
      counts.deleted += result.deleted.length;
      counts.records += result.deletedRecords.length;
      if (result.deleted.length + result.deletedRecords.length > 1) counts.interrupted++;
      for (const kept of result.kept) {
        for (const reason of kept.reasons) {
          if (reason.kind === 'policy') counts.policy++;
          if (reason.kind === 'in-use') counts.inUse++;
          if (reason.kind === 'shares-digest') counts.sharesDigest++;
          if (reason.kind === 'built-within') counts.builtWithin++;
        }
      }
    }
    for (const [rule, count] of Object.entries(counts)) expect(count, rule).toBeGreaterThan(10);
  });
});
