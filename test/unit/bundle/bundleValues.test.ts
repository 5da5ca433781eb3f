import { describe, expect, it } from 'vitest';
import { bakeValues, bundleImages, rewriteImageRepository, splitImageReference } from '../../../src/core/bundle/bundleValues.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('bundle values', () => {
  it('bakes values over values.yaml, keeping every other file; nothing to bake leaves the files as they are', () => {
    const files = [{ name: 'Chart.yaml', data: enc('x') }, { name: 'values.yaml', data: enc('# comment\nreplicas: 1\nimage: { pull: Always }\n') }];
    expect(bakeValues(files, { replicas: 1 }, {})).toEqual(files);
    const baked = bakeValues(files, { replicas: 1, image: { pull: 'Always' } }, { slipway: { image: { web: 'r/app:abc' } }, image: { tag: 'x' } });
    expect(baked.map((f) => f.name)).toEqual(['Chart.yaml', 'values.yaml']);
    expect(dec(baked[1]!.data)).toBe('image:\n  pull: Always\n  tag: x\nreplicas: 1\nslipway:\n  image:\n    web: r/app:abc\n');
  });

  it('lists baked images with their digests, and moves them to another repository', () => {
    const values = {
      slipway: { image: { web: '127.0.0.1:5100/team/app:web-abc', worker: 'reg.example/app:worker-def' }, imageDigest: { web: 'sha256:aa' }, repo: '127.0.0.1:5100/team/app' },
      werf: { image: { web: '127.0.0.1:5100/team/app:web-abc', worker: 'reg.example/app:worker-def' }, repo: '127.0.0.1:5100/team/app', tag: { web: 'web-abc' } },
    };
    expect(bundleImages(values)).toEqual([
      { name: 'web', reference: '127.0.0.1:5100/team/app:web-abc', digest: 'sha256:aa' },
      { name: 'worker', reference: 'reg.example/app:worker-def' },
    ]);
    expect(bundleImages({})).toEqual([]);
    const moved = rewriteImageRepository(values, 'prod.example/app');
    expect(moved.slipway).toEqual({ image: { web: 'prod.example/app:web-abc', worker: 'prod.example/app:worker-def' }, imageDigest: { web: 'sha256:aa' }, repo: 'prod.example/app' });
    expect(moved.werf).toEqual({ image: { web: 'prod.example/app:web-abc', worker: 'prod.example/app:worker-def' }, repo: 'prod.example/app', tag: { web: 'web-abc' } });
  });

  it.each([
    ['127.0.0.1:5100/a/b:t1', { repository: '127.0.0.1:5100/a/b', tag: 't1' }],
    ['127.0.0.1:5100/a/b', { repository: '127.0.0.1:5100/a/b', tag: 'latest' }],
    ['ghcr.io/x:1.0', { repository: 'ghcr.io/x', tag: '1.0' }],
  ])('splits %s', (reference, expected) => {
    expect(splitImageReference(reference)).toEqual(expected);
  });
});
