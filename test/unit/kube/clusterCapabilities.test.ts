import { describe, expect, it } from 'vitest';
import { fromAggregatedDiscovery, versionSet, type AggregatedDiscoveryList } from '../../../src/core/kube/clusterCapabilities.js';

describe('versionSet (Helm GetVersionSet)', () => {
  it.each([
    ['nothing discovered → undefined (Helm keeps its defaults)', [], [], undefined],
    ['group versions alone', ['v1', 'apps/v1'], [], ['apps/v1', 'v1']],
    [
      'kinds joined to their group version, each once',
      ['v1', 'apps/v1'],
      [
        { groupVersion: 'v1', kinds: ['Pod', 'Pod', 'Binding'] },
        { groupVersion: 'apps/v1', kinds: ['Deployment', 'Scale', 'Deployment'] },
      ],
      ['apps/v1', 'apps/v1/Deployment', 'apps/v1/Scale', 'v1', 'v1/Binding', 'v1/Pod'],
    ],
    ['an empty kind is path.Join(gv, "") = gv', [], [{ groupVersion: 'batch/v1', kinds: [''] }], ['batch/v1']],
  ])('%s', (_name, gvs, resources, expected) => {
    expect(versionSet(gvs, resources)).toEqual(expected);
  });
});

describe('fromAggregatedDiscovery (client-go conversion)', () => {
  const list: AggregatedDiscoveryList = {
    kind: 'APIGroupDiscoveryList',
    items: [
      {
        metadata: { name: '' },
        versions: [{ version: 'v1', resources: [{ responseKind: { kind: 'Pod' }, subresources: [{ responseKind: { kind: 'Pod' } }, { responseKind: { kind: 'Eviction' } }] }] }],
      },
      {
        metadata: { name: 'apps' },
        versions: [
          { version: 'v1', freshness: 'Current', resources: [{ responseKind: { kind: 'Deployment' }, subresources: [{ responseKind: { kind: 'Scale' } }, { responseKind: null }] }] },
        ],
      },
      { metadata: { name: 'metrics.k8s.io' }, versions: [{ version: 'v1beta1', freshness: 'Stale', resources: [{ responseKind: { kind: 'PodMetrics' } }] }] },
      {
        metadata: { name: 'example.com' },
        versions: [{ version: 'v1', resources: [{ responseKind: null, subresources: [{ responseKind: { kind: 'Orphan' } }] }, { responseKind: { kind: 'Widget' } }] }],
      },
    ],
  };

  it('core group as "v1", stale versions failed and absent, resources without a kind skipped with their subresources', () => {
    const r = fromAggregatedDiscovery(list);
    expect(r.groupVersions).toEqual(['v1', 'apps/v1', 'example.com/v1']);
    expect(r.failed).toEqual(['metrics.k8s.io/v1beta1']);
    expect(r.resources).toEqual([
      { groupVersion: 'v1', kinds: ['Pod', 'Pod', 'Eviction'] },
      { groupVersion: 'apps/v1', kinds: ['Deployment', 'Scale'] },
      { groupVersion: 'example.com/v1', kinds: ['Widget'] },
    ]);
    expect(versionSet(r.groupVersions, r.resources)).toEqual(['apps/v1', 'apps/v1/Deployment', 'apps/v1/Scale', 'example.com/v1', 'example.com/v1/Widget', 'v1', 'v1/Eviction', 'v1/Pod']);
  });

  it('takes missing lists as empty', () => {
    expect(fromAggregatedDiscovery({ kind: 'APIGroupDiscoveryList', items: null })).toEqual({ groupVersions: [], resources: [], failed: [] });
    expect(fromAggregatedDiscovery({ items: [{ metadata: { name: 'a' }, versions: [{ version: 'v1', resources: null }] }] }).resources).toEqual([{ groupVersion: 'a/v1', kinds: [] }]);
  });
});
