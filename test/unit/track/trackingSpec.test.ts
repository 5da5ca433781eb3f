import { describe, expect, it } from 'vitest';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { defaultTrackingSpec, logLinePasses, showsLogsOf, trackingSpecOf } from '../../../src/core/track/trackingSpec.js';
import { LineDeduper, splitTimestamp } from '../../../src/core/track/podLogs.js';
import { currentReplicaSet, resourceTree, type TreeObject } from '../../../src/core/track/resourceTree.js';

const where = { resource: 'Deployment/shop/web', file: 'shop/templates/web.yaml', line: 4 };

describe('trackingSpecOf', () => {
  it('has werf\'s defaults', () => {
    expect(trackingSpecOf({}, where)).toMatchObject({ failMode: 'FailWholeDeployProcessImmediately', failuresAllowedPerReplica: 1, terminationMode: 'WaitUntilResourceReady', noActivityTimeoutMs: 240_000, skipLogs: false, showServiceMessages: false });
  });

  it('reads every annotation', () => {
    const spec = trackingSpecOf(
      {
        'werf.io/fail-mode': 'HopeUntilEndOfDeployProcess',
        'werf.io/failures-allowed-per-replica': '3',
        'werf.io/track-termination-mode': 'NonBlocking',
        'werf.io/no-activity-timeout': '90s',
        'werf.io/skip-logs-for-containers': 'sidecar, proxy',
        'werf.io/show-logs-only-for-containers': 'app',
        'werf.io/log-regex': 'ERROR',
        'werf.io/log-regex-for-app': '^app:',
        'werf.io/show-service-messages': 'true',
        'werf.io/ignore-readiness-probe-fails-for-app': '2m',
        'werf.io/weight': '10',
      },
      where,
    );
    expect(spec).toMatchObject({ failMode: 'HopeUntilEndOfDeployProcess', failuresAllowedPerReplica: 3, terminationMode: 'NonBlocking', noActivityTimeoutMs: 90_000, skipLogsForContainers: ['sidecar', 'proxy'], showLogsOnlyForContainers: ['app'], showServiceMessages: true, ignoreReadinessProbeFailsForMs: { app: 120_000 } });
    expect(showsLogsOf(spec, 'app')).toBe(true);
    expect(showsLogsOf(spec, 'sidecar')).toBe(false);
    expect(showsLogsOf(spec, 'other')).toBe(false);
    // The container's own regex takes the place of the general one.
    expect(logLinePasses(spec, 'app', 'app: ready')).toBe(true);
    expect(logLinePasses(spec, 'app', 'ERROR elsewhere')).toBe(false);
    expect(logLinePasses(spec, 'worker', 'ERROR x')).toBe(true);
    expect(logLinePasses(spec, 'worker', 'fine')).toBe(false);
    expect(showsLogsOf({ ...defaultTrackingSpec, skipLogs: true }, 'app')).toBe(false);
  });

  it.each([
    ['werf.io/fail-mode', 'Sometimes'],
    ['werf.io/failures-allowed-per-replica', '-1'],
    ['werf.io/failures-allowed-per-replica', 'two'],
    ['werf.io/track-termination-mode', 'Never'],
    ['werf.io/no-activity-timeout', 'soon'],
    ['werf.io/skip-logs', 'yes'],
    ['werf.io/show-service-messages', '1'],
    ['werf.io/log-regex', '(unclosed'],
  ])('%s: %s is an error naming the resource and template line', (key, value) => {
    let error: unknown;
    try {
      trackingSpecOf({ [key]: value }, where);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).message).toBe(`annotation ${key}: "${value}" is not valid`);
    expect((error as SlipwayError).where).toEqual(where);
  });
});

describe('pod log lines', () => {
  it('splits and normalises the kubelet\'s timestamps', () => {
    expect(splitTimestamp('2026-12-05T16:20:00.1234Z hello')).toEqual({ stamp: '2026-12-05T16:20:00.123400000Z', text: 'hello' });
    expect(splitTimestamp('no stamp')).toEqual({ stamp: '', text: 'no stamp' });
  });

  it('never delivers a line twice across a reconnect, even lines sharing one timestamp', () => {
    const d = new LineDeduper();
    const l = (s: string, t: string) => ({ stamp: `2026-12-05T16:20:0${s}.000000000Z`, text: t });
    expect([l('1', 'a'), l('2', 'b'), l('2', 'c')].map((x) => d.accept(x))).toEqual([true, true, true]);
    expect(d.since).toBe('2026-12-05T16:20:02Z');
    d.restart(); // the stream is asked again from second 2
    expect([l('1', 'a'), l('2', 'b'), l('2', 'c'), l('2', 'd'), l('3', 'e')].map((x) => d.accept(x))).toEqual([false, false, false, true, true]);
  });
});

describe('resource trees', () => {
  const owner = (uid: string) => [{ uid, controller: true }];
  const deployment: TreeObject = { kind: 'Deployment', metadata: { name: 'web', uid: 'd1', annotations: { 'deployment.kubernetes.io/revision': '2' } } };
  const rs1: TreeObject = { kind: 'ReplicaSet', metadata: { name: 'web-1', uid: 'r1', ownerReferences: owner('d1'), annotations: { 'deployment.kubernetes.io/revision': '1' }, creationTimestamp: '2026-01-01T00:00:00Z' } };
  const rs2: TreeObject = { kind: 'ReplicaSet', metadata: { name: 'web-2', uid: 'r2', ownerReferences: owner('d1'), annotations: { 'deployment.kubernetes.io/revision': '2' }, creationTimestamp: '2026-01-02T00:00:00Z' } };
  const other: TreeObject = { kind: 'ReplicaSet', metadata: { name: 'api-9', uid: 'r9', ownerReferences: owner('d9'), annotations: { 'deployment.kubernetes.io/revision': '2' } } };
  const pod = (name: string, uid: string, extra: Partial<TreeObject['metadata']> = {}): TreeObject => ({ kind: 'Pod', metadata: { name, ownerReferences: owner(uid), ...extra } });

  it('a Deployment: the ReplicaSet of its revision and that ReplicaSet\'s live pods', () => {
    expect(currentReplicaSet(deployment, [rs1, other, rs2])?.metadata.name).toBe('web-2');
    const tree = resourceTree(deployment, [rs1, rs2, other], [pod('web-1-a', 'r1'), pod('web-2-a', 'r2'), pod('web-2-b', 'r2', { deletionTimestamp: 'x' }), pod('api-9-a', 'r9')]);
    expect(tree.replicaSet?.metadata.name).toBe('web-2');
    expect(tree.pods.map((p) => p.metadata.name)).toEqual(['web-2-a']);
  });

  it('a StatefulSet: the pods of its update revision', () => {
    const sts: TreeObject = { kind: 'StatefulSet', metadata: { name: 'db', uid: 's1' }, status: { updateRevision: 'db-2' } };
    const tree = resourceTree(sts, [], [pod('db-0', 's1', { labels: { 'controller-revision-hash': 'db-1' } }), pod('db-1', 's1', { labels: { 'controller-revision-hash': 'db-2' } })]);
    expect(tree.pods.map((p) => p.metadata.name)).toEqual(['db-1']);
  });

  it('a Job: its pods, ended ones included', () => {
    const job: TreeObject = { kind: 'Job', metadata: { name: 'seed', uid: 'j1' } };
    expect(resourceTree(job, [], [pod('seed-a', 'j1', { deletionTimestamp: 'x' }), pod('seed-b', 'j1')]).pods).toHaveLength(2);
  });
});
