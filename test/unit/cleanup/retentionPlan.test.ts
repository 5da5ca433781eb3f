import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeepPolicy } from '../../../src/core/config/projectConfig.js';
import type { CommitNode } from '../../../src/core/cleanup/gitHistory.js';
import type { CommitImages } from '../../../src/core/cleanup/referenceImages.js';
import { retentionPlan, type ImageUse, type RetentionInput } from '../../../src/core/cleanup/retentionPlan.js';
import { selectReferences, withinLimit } from '../../../src/core/cleanup/referenceSelection.js';
import { classifyTag } from '../../../src/core/cleanup/imageTags.js';
import { parseImageReference } from '../../../src/core/cleanup/workloadImages.js';

const hour = 3_600_000;
const now = Date.UTC(2026, 11, 1);
const hex = (n: number, length: number): string => n.toString(16).padStart(length, '0');
const sha = (n: number): string => hex(n, 40);
const tagOf = (image: string, version: number): string => `${image}-${hex(version, 32)}`;
const digestOf = (tag: string): string => `sha256:${createHash('sha256').update(tag).digest('hex')}`;

/**
 * A linear history: commit i at now - (n - i) hours; `versions[i]` is the image version built at commit i
 * (equal versions = unchanged inputs, one image).
 */
function linear(n: number, versions: (i: number) => number, image = 'app') {
  const graph = new Map<string, CommitNode>();
  const records = new Map<string, CommitImages>();
  for (let i = 0; i < n; i++) {
    graph.set(sha(i + 1), { time: now - (n - i) * hour, parents: i === 0 ? [] : [sha(i)] });
    const tag = tagOf(image, versions(i));
    records.set(sha(i + 1), { [image]: { tag, digest: digestOf(tag) } });
  }
  return { graph, records, head: sha(n) };
}

function input(over: Partial<RetentionInput> & Pick<RetentionInput, 'tags'>): RetentionInput {
  return { now, imageNames: ['app'], records: new Map(), keep: [], digests: new Map(), builtAt: new Map(), ...over };
}

/** Runs the plan to completion answering its needs from `registry` (tag → digest, build time). */
function settle(base: RetentionInput, registry: (tag: string) => { digest: string | null; builtAt: number | null }) {
  const digests = new Map(base.digests);
  const builtAt = new Map(base.builtAt);
  let plan = retentionPlan({ ...base, digests, builtAt });
  for (let round = 0; plan.needs.digests.length + plan.needs.buildTimes.length > 0; round++) {
    if (round > 2) throw new Error('did not settle');
    for (const tag of plan.needs.digests) digests.set(tag, registry(tag).digest);
    for (const tag of plan.needs.buildTimes) builtAt.set(tag, registry(tag).builtAt);
    plan = retentionPlan({ ...base, digests, builtAt });
  }
  return plan;
}
const old = (tag: string) => ({ digest: digestOf(tag), builtAt: now - 1000 * hour });

describe('classifyTag', () => {
  it.each([
    ['app-' + hex(1, 32), { kind: 'image', image: 'app', contentDigest: hex(1, 32) }],
    ['my-api-' + hex(2, 32), { kind: 'image', image: 'my-api', contentDigest: hex(2, 32) }],
    ['other-' + hex(1, 32), { kind: 'foreign' }],
    ['latest', { kind: 'foreign' }],
    ['app-' + hex(1, 31), { kind: 'foreign' }],
    ['slipway-commit-' + sha(7), { kind: 'commit-record', commit: sha(7) }],
  ])('%s', (tag, expected) => {
    expect(classifyTag(tag, new Set(['app', 'my-api']))).toEqual(expected);
  });
});

describe('withinLimit', () => {
  it.each<[string, Parameters<typeof withinLimit>[0], number, number, boolean]>([
    ['no limit', undefined, 99, 0, true],
    ['last: rank below', { last: 2, operator: 'And' }, 1, 0, true],
    ['last: rank at limit', { last: 2, operator: 'And' }, 2, now, false],
    ['in: recent', { inMs: 10 * hour, operator: 'And' }, 50, now - 9 * hour, true],
    ['in: old', { inMs: 10 * hour, operator: 'And' }, 0, now - 11 * hour, false],
    ['And: both needed', { last: 1, inMs: 10 * hour, operator: 'And' }, 0, now - 11 * hour, false],
    ['Or: either is enough', { last: 1, inMs: 10 * hour, operator: 'Or' }, 0, now - 11 * hour, true],
    ['Or: neither', { last: 1, inMs: 10 * hour, operator: 'Or' }, 3, now - 11 * hour, false],
  ])('%s', (_name, limit, rank, time, expected) => {
    expect(withinLimit(limit, rank, time, now)).toBe(expected);
  });
});

describe('selectReferences', () => {
  const refs = [
    { kind: 'branch' as const, name: 'main', commit: sha(1), time: now - 1 * hour },
    { kind: 'branch' as const, name: 'feature/a', commit: sha(2), time: now - 200 * hour },
    { kind: 'branch' as const, name: 'feature/b', commit: sha(3), time: now - 2 * hour },
    { kind: 'tag' as const, name: 'v1', commit: sha(4), time: now - 300 * hour },
  ];
  it('limits by activity and lets the last matching policy decide imagesPerReference', () => {
    const policies: KeepPolicy[] = [
      { references: { kind: 'branch', match: { regex: '.*' }, limit: { last: 10, inMs: 168 * hour, operator: 'And' } }, imagesPerReference: { last: 2, operator: 'And' } },
      { references: { kind: 'branch', match: { name: 'main' } }, imagesPerReference: { last: 10, operator: 'And' } },
    ];
    const selected = selectReferences(policies, refs, now);
    expect(selected.map((s) => [s.reference.name, s.policy, s.imagesPerReference?.last])).toEqual([
      ['main', 1, 10],
      ['feature/b', 0, 2],
    ]);
  });
  it('regexes match the whole name, as werf anchors them; names are exact', () => {
    const select = (policies: KeepPolicy[]) => selectReferences(policies, refs, now).map((s) => s.reference.name).sort();
    expect(select([{ references: { kind: 'branch', match: { regex: 'feature' } } }, { references: { kind: 'tag', match: { name: 'v' } } }])).toEqual([]);
    expect(select([{ references: { kind: 'branch', match: { regex: 'feature/.*' } } }])).toEqual(['feature/a', 'feature/b']);
    expect(select([{ references: { kind: 'branch', match: { regex: 'main|feature/a' } } }])).toEqual(['feature/a', 'main']);
    expect(select([{ references: { kind: 'tag', match: { name: 'v1' } } }])).toEqual(['v1']);
  });
});

describe('parseImageReference', () => {
  it.each([
    ['127.0.0.1:5000/shop:app-1', { repository: '127.0.0.1:5000/shop', tag: 'app-1' }],
    ['nginx', { repository: 'docker.io/library/nginx' }],
    ['docker.io/library/nginx:1.27', { repository: 'docker.io/library/nginx', tag: '1.27' }],
    ['index.docker.io/acme/shop@sha256:' + 'a'.repeat(64), { repository: 'docker.io/acme/shop', digest: 'sha256:' + 'a'.repeat(64) }],
    ['docker-pullable://ghcr.io/acme/shop@sha256:' + 'b'.repeat(64), { repository: 'ghcr.io/acme/shop', digest: 'sha256:' + 'b'.repeat(64) }],
    ['localhost:5000/a/b:t@sha256:' + 'c'.repeat(64), { repository: 'localhost:5000/a/b', tag: 't', digest: 'sha256:' + 'c'.repeat(64) }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });
});

describe('retentionPlan', () => {
  const main = (head: string) => ({ kind: 'branch' as const, name: 'main', commit: head, time: now - hour });

  it('imagesPerReference.last counts distinct images, not commits (unchanged inputs over many commits are one image)', () => {
    // 12 commits, image changes every 3 commits: versions 0,0,0,1,1,1,2,2,2,3,3,3
    const { graph, records, head } = linear(12, (i) => Math.floor(i / 3));
    const tags = [0, 1, 2, 3].map((v) => tagOf('app', v));
    const plan = settle(
      input({ tags, records, git: { references: [main(head)], graph, policies: [{ references: { kind: 'branch', match: { name: 'main' } }, imagesPerReference: { last: 2, operator: 'And' } }] } }),
      old,
    );
    expect(plan.kept.map((k) => k.tag)).toEqual([tagOf('app', 2), tagOf('app', 3)]);
    expect(plan.deleted.map((d) => d.tags)).toEqual([[tagOf('app', 0)], [tagOf('app', 1)]]);
    expect(plan.kept[1]!.reasons).toEqual([{ kind: 'policy', policy: 0, reference: 'branch main', commit: sha(12), rank: 0 }]);
  });

  it('imagesPerReference.in keeps images whose newest commit on the reference is recent enough', () => {
    const { graph, records, head } = linear(10, (i) => i); // commit i at now-(10-i)h
    const tags = Array.from({ length: 10 }, (_, v) => tagOf('app', v));
    const plan = settle(input({ tags, records, git: { references: [main(head)], graph, policies: [{ references: { kind: 'branch', match: { name: 'main' } }, imagesPerReference: { inMs: 3 * hour, operator: 'And' } }] } }), old);
    expect(plan.kept.map((k) => k.tag)).toEqual([7, 8, 9].map((v) => tagOf('app', v)));
  });

  it('a tag keeps only the images of its own commit', () => {
    const { graph, records } = linear(5, (i) => i);
    const tags = Array.from({ length: 5 }, (_, v) => tagOf('app', v));
    const plan = settle(input({ tags, records, git: { references: [{ kind: 'tag', name: 'v1', commit: sha(3), time: 0 }], graph, policies: [{ references: { kind: 'tag', match: { regex: '.*' } } }] } }), old);
    expect(plan.kept.map((k) => k.tag)).toEqual([tagOf('app', 2)]);
  });

  it('keeps images in use (by tag or by digest), on the keep list, and built within the window; reasons say which', () => {
    const tags = [1, 2, 3, 4, 5].map((v) => tagOf('app', v));
    const use: ImageUse = { context: 'prod', namespace: 'shop', kind: 'Deployment', name: 'web', container: 'app', tag: tags[0]! };
    const byDigest: ImageUse = { context: 'prod', namespace: 'shop', kind: 'Pod', name: 'web-1', container: 'app', digest: digestOf(tags[1]!) };
    const plan = settle(input({ tags, inUse: [use, byDigest], keep: [{ name: tags[2]! }], builtWithinHours: 2 }), (tag) =>
      tag === tags[3] ? { digest: digestOf(tag), builtAt: now - hour } : old(tag),
    );
    expect(Object.fromEntries(plan.kept.map((k) => [k.tag, k.reasons.map((r) => r.kind)]))).toEqual({
      [tags[0]!]: ['in-use'],
      [tags[1]!]: ['in-use'],
      [tags[2]!]: ['keep-list'],
      [tags[3]!]: ['built-within'],
    });
    expect(plan.deleted.map((d) => d.tags)).toEqual([[tags[4]]]);
  });

  it('never deletes a digest another staying tag shares, and groups tags of one digest', () => {
    const tags = [tagOf('app', 1), tagOf('app', 2), tagOf('app', 3), 'latest'];
    const shared = digestOf('x');
    const registry = (tag: string) => ({ digest: tag === tags[0] || tag === 'latest' ? shared : tag === tags[2] ? digestOf(tags[1]!) : digestOf(tag), builtAt: now - 100 * hour });
    const plan = settle(input({ tags }), registry);
    expect(plan.kept.map((k) => [k.tag, k.reasons[0]])).toEqual([[tags[0], { kind: 'shares-digest', digest: shared, with: 'latest' }]]);
    expect(plan.deleted).toEqual([{ digest: digestOf(tags[1]!), tags: [tags[1], tags[2]], image: 'app' }]);
    expect(plan.foreign).toEqual(['latest']);
  });

  it('removes a commit record once every image it lists is deleted or gone; keeps the others', () => {
    const a = tagOf('app', 1);
    const b = tagOf('app', 2);
    const records = new Map<string, CommitImages>([
      [sha(1), { app: { tag: a, digest: digestOf(a) } }],
      [sha(2), { app: { tag: b, digest: digestOf(b) } }],
      [sha(3), { app: { tag: tagOf('app', 9), digest: digestOf('gone') } }],
    ]);
    const tags = [a, b, `slipway-commit-${sha(1)}`, `slipway-commit-${sha(2)}`, `slipway-commit-${sha(3)}`];
    const plan = settle(input({ tags, records, keep: [{ name: b }] }), old);
    expect(plan.deletedRecords).toEqual([`slipway-commit-${sha(1)}`, `slipway-commit-${sha(3)}`]);
    expect(plan.keptRecords).toBe(1);
  });

  it('an image whose build time is unknown is kept while the built-within rule is on; a vanished tag is not planned', () => {
    const tags = [tagOf('app', 1), tagOf('app', 2)];
    const plan = settle(input({ tags, builtWithinHours: 2 }), (tag) => (tag === tags[0] ? { digest: digestOf(tag), builtAt: null } : { digest: null, builtAt: null }));
    expect(plan.kept.map((k) => [k.tag, k.reasons[0]!.kind])).toEqual([[tags[0], 'build-time-unknown']]);
    expect(plan.gone).toEqual([tags[1]]);
    expect(plan.deleted).toEqual([]);
  });

  it('images of names that are neither in the configuration nor in a record are foreign and untouched', () => {
    const plan = settle(input({ tags: [tagOf('legacy', 1)] }), old);
    expect(plan.foreign).toEqual([tagOf('legacy', 1)]);
    expect(plan.deleted).toEqual([]);
  });
});

describe("werf's default keep policies", () => {
  it('are the documented ones', async () => {
    const { defaultKeepPolicies } = await import('../../../src/core/config/projectConfig.js');
    const week = 168 * hour;
    expect(defaultKeepPolicies).toEqual([
      { references: { kind: 'tag', match: { regex: '.*' }, limit: { last: 10, operator: 'And' } } },
      { references: { kind: 'branch', match: { regex: '.*' }, limit: { last: 10, inMs: week, operator: 'And' } }, imagesPerReference: { last: 2, inMs: week, operator: 'And' } },
      { references: { kind: 'branch', match: { regex: '^(main|master|staging|production)$' } }, imagesPerReference: { last: 2, operator: 'And' } },
    ]);
  });
});
