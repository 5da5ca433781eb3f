import { describe, expect, it } from 'vitest';
import { currentReplicaSet, resourceTree, type TreeObject } from '../../../src/core/track/resourceTree.js';

const owner = (uid: string) => [{ uid, controller: true }];
const rs = (name: string, revision: string, created: string): TreeObject => ({ kind: 'ReplicaSet', metadata: { name, uid: name, ownerReferences: owner('d1'), creationTimestamp: created, annotations: { 'deployment.kubernetes.io/revision': revision } } });
const pod = (name: string, ownerUid: string, extra: Partial<TreeObject['metadata']> = {}): TreeObject => ({ kind: 'Pod', metadata: { name, uid: name, ownerReferences: owner(ownerUid), creationTimestamp: '2026-12-05T00:00:00Z', ...extra } });
const deployment = (generation: number, observed: number | undefined, revision: string): TreeObject => ({
  kind: 'Deployment',
  metadata: { name: 'web', uid: 'd1', generation, annotations: { 'deployment.kubernetes.io/revision': revision } },
  status: observed === undefined ? {} : { observedGeneration: observed },
});
const replicaSets = [rs('web-old', '1', '2026-12-05T00:00:00Z'), rs('web-new', '2', '2026-12-05T00:01:00Z')];
const pods = [pod('old-a', 'web-old'), pod('new-a', 'web-new'), pod('new-b', 'web-new', { deletionTimestamp: '2026-12-05T00:02:00Z' }), pod('stranger', 'other')];

describe('resourceTree', () => {
  it.each([
    ['a Deployment the controller has observed: its revision\'s ReplicaSet and live pods', deployment(2, 2, '2'), 'web-new', ['new-a']],
    ['a Deployment whose new spec is not observed yet: no ReplicaSet (the newest is the old revision)', deployment(2, 1, '1'), undefined, []],
    ['a Deployment never observed', deployment(1, undefined, ''), undefined, []],
  ])('%s', (_, root, replicaSet, podNames) => {
    const tree = resourceTree(root, replicaSets, pods);
    expect(tree.replicaSet?.metadata.name).toBe(replicaSet);
    expect(tree.pods.map((p) => p.metadata.name)).toEqual(podNames);
  });

  it('a ReplicaSet of the revision wins over a newer one; without the annotation the newest', () => {
    expect(currentReplicaSet(deployment(3, 3, '1'), replicaSets)?.metadata.name).toBe('web-old');
    expect(currentReplicaSet({ ...deployment(3, 3, ''), metadata: { name: 'web', uid: 'd1' } }, replicaSets)?.metadata.name).toBe('web-new');
  });

  it('a StatefulSet: the pods of its update revision; a Job: ended pods too', () => {
    const sts: TreeObject = { kind: 'StatefulSet', metadata: { name: 'db', uid: 's1' }, status: { updateRevision: 'db-2' } };
    const stsPods = [pod('db-0', 's1', { labels: { 'controller-revision-hash': 'db-1' } }), pod('db-1', 's1', { labels: { 'controller-revision-hash': 'db-2' } })];
    expect(resourceTree(sts, [], stsPods).pods.map((p) => p.metadata.name)).toEqual(['db-1']);
    const job: TreeObject = { kind: 'Job', metadata: { name: 'seed', uid: 'j1' } };
    expect(resourceTree(job, [], [pod('seed-x', 'j1', { deletionTimestamp: '2026-12-05T00:02:00Z' })]).pods).toHaveLength(1);
  });

  it('a DaemonSet: the pods of its template generation, all of them when none carries it yet', () => {
    const ds: TreeObject = { kind: 'DaemonSet', metadata: { name: 'agent', uid: 'a1', generation: 2 } };
    const dsPods = [pod('agent-1', 'a1', { labels: { 'pod-template-generation': '1' } }), pod('agent-2', 'a1', { labels: { 'pod-template-generation': '2' } })];
    expect(resourceTree(ds, [], dsPods).pods.map((p) => p.metadata.name)).toEqual(['agent-2']);
    expect(resourceTree({ ...ds, metadata: { ...ds.metadata, generation: 3 } }, [], dsPods).pods).toHaveLength(2);
  });
});
