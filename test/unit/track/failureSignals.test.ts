import { describe, expect, it } from 'vitest';
import { persistingBases, podFailureSignals, readinessGrace, replicaSetFailureSignals, type EventLike } from '../../../src/core/track/failureSignals.js';
import type { TreeObject } from '../../../src/core/track/resourceTree.js';

const now = Date.parse('2026-12-05T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const ctx = (extra: object = {}) => ({ now, firstSeen: new Map<string, number>(), ...extra });

function pod(status: object, spec: object = { containers: [{ name: 'main' }] }): TreeObject {
  return { kind: 'Pod', metadata: { name: 'web-1', uid: 'u1' }, spec, status };
}

describe('podFailureSignals', () => {
  it.each([
    [
      'crashloop: one failure per restart, with the exit code of the crashed instance',
      pod({ phase: 'Running', containerStatuses: [{ name: 'main', restartCount: 2, lastState: { terminated: { exitCode: 137, reason: 'Error' } }, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 20s' } } }] }),
      [{ key: 'web-1/main/crash/2#0', reason: 'CrashLoopBackOff', exitCode: 137, restarts: 2, counts: true, previousInstance: true }],
    ],
    ['image pull', pod({ phase: 'Pending', containerStatuses: [{ name: 'main', restartCount: 0, state: { waiting: { reason: 'ErrImagePull', message: 'not found' } } }] }), [{ key: 'web-1/main/ErrImagePull/0#0', reason: 'ErrImagePull', counts: true }]],
    ['invalid image name is critical', pod({ phase: 'Pending', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'InvalidImageName' } } }] }), [{ reason: 'InvalidImageName', critical: true }]],
    ['config error', pod({ phase: 'Pending', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' } } }] }), [{ reason: 'CreateContainerConfigError', message: 'secret "db" not found' }]],
    ['ContainerCreating is no failure', pod({ phase: 'Pending', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'ContainerCreating' } } }] }), []],
    [
      'a container that exited non-zero in a pod that will not restart it',
      pod({ phase: 'Failed', containerStatuses: [{ name: 'main', restartCount: 0, state: { terminated: { exitCode: 3, reason: 'Error' } } }] }, { restartPolicy: 'Never', containers: [{ name: 'main' }] }),
      [{ key: 'web-1/main/exit/0', reason: 'Error', exitCode: 3, message: 'container main exited with code 3', counts: true }],
    ],
    [
      'OOMKilled and running again',
      pod({ phase: 'Running', containerStatuses: [{ name: 'main', restartCount: 1, ready: true, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } }, state: { running: { startedAt: iso(now - 1000) } } }] }),
      [{ key: 'web-1/main/crash/1#0', reason: 'OOMKilled', exitCode: 137, previousInstance: true }],
    ],
    [
      'unschedulable, with the scheduler\'s message',
      pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.', lastTransitionTime: iso(now - 25_000) }] }),
      [{ key: 'web-1/Unschedulable#2', reason: 'FailedScheduling', message: '0/3 nodes are available: 3 Insufficient cpu.' }],
    ],
    ['evicted', pod({ phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' }), [{ key: 'web-1/failed', reason: 'Evicted' }]],
  ])('%s', (_name, object, expected) => {
    const signals = podFailureSignals(object, [], ctx());
    expect(signals).toHaveLength(expected.length);
    signals.forEach((s, i) => expect(s).toMatchObject(expected[i]!));
  });

  it('counts a condition again for every window it persists', () => {
    const p = pod({ phase: 'Pending', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'ImagePullBackOff' } } }] });
    const firstSeen = new Map([['web-1/main/ImagePullBackOff/0', now - 21_000]]);
    expect(podFailureSignals(p, [], { now, firstSeen })[0]!.key).toBe('web-1/main/ImagePullBackOff/0#2');
    expect(persistingBases(podFailureSignals(p, [], { now, firstSeen }))).toEqual(['web-1/main/ImagePullBackOff/0']);
  });

  it('a readiness probe failing only after its own grace, then once per probe window, with the Unhealthy event', () => {
    const spec = { containers: [{ name: 'main', readinessProbe: { periodSeconds: 2, failureThreshold: 3 } }] };
    const running = (since: number) => pod({ phase: 'Running', containerStatuses: [{ name: 'main', ready: false, restartCount: 0, state: { running: { startedAt: iso(now - since) } } }] }, spec);
    const unhealthy: EventLike[] = [{ type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: connection refused', at: now - 500, count: 4 }];
    expect(podFailureSignals(running(5_000), unhealthy, ctx())).toEqual([]); // 6 s grace
    const late = podFailureSignals(running(19_000), unhealthy, ctx());
    expect(late).toMatchObject([{ key: 'web-1/main/NotReady#2', reason: 'ReadinessProbeFailed' }]);
    expect(late[0]!.message).toContain('Readiness probe failed: connection refused');
    // werf.io/ignore-readiness-probe-fails-for-main: 1m
    expect(podFailureSignals(running(19_000), unhealthy, ctx({ readinessGraceMs: { main: 60_000 } }))).toEqual([]);
  });

  it('a Job pod\'s exit is reported but not counted (the Job\'s backoffLimit decides)', () => {
    const p = pod({ phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode: 1 } } }] }, { restartPolicy: 'Never', containers: [{ name: 'main' }] });
    expect(podFailureSignals(p, [], ctx({ jobPod: true }))).toMatchObject([{ reason: 'Error', counts: false }]);
  });

  it('FailedMount while the pod is not running', () => {
    const p = pod({ phase: 'Pending' });
    const events: EventLike[] = [{ type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "data": configmap "x" not found', at: now, count: 1 }];
    expect(podFailureSignals(p, events, ctx())).toMatchObject([{ reason: 'FailedMount', message: expect.stringContaining('configmap "x" not found') }]);
  });
});

describe('readinessGrace', () => {
  it.each([
    ['no probe: 30 s, counted every 10 s', undefined, { graceMs: 30_000, windowMs: 10_000 }],
    ['defaults of a probe', { name: 'a', readinessProbe: {} }, { graceMs: 30_000, windowMs: 30_000 }],
    ['initial delay, period and threshold', { name: 'a', readinessProbe: { initialDelaySeconds: 5, periodSeconds: 1, failureThreshold: 2 } }, { graceMs: 7_000, windowMs: 2_000 }],
  ])('%s', (_name, container, expected) => {
    expect(readinessGrace(container)).toEqual(expected);
  });
});

describe('replicaSetFailureSignals', () => {
  it('a quota refusal: the ReplicaFailure condition or the FailedCreate event', () => {
    const rs: TreeObject = { kind: 'ReplicaSet', metadata: { name: 'web-abc' }, status: { conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "web-abc-x" is forbidden: exceeded quota: pods', lastTransitionTime: iso(now) }] } };
    expect(replicaSetFailureSignals(rs, [], ctx())).toMatchObject([{ key: 'web-abc/FailedCreate#0', reason: 'FailedCreate', message: expect.stringContaining('exceeded quota') }]);
    const noCondition: TreeObject = { kind: 'ReplicaSet', metadata: { name: 'web-abc' }, status: {} };
    const events: EventLike[] = [{ type: 'Warning', reason: 'FailedCreate', message: 'admission webhook "policy" denied the request', at: now, count: 3 }];
    expect(replicaSetFailureSignals(noCondition, events, ctx())).toMatchObject([{ message: 'admission webhook "policy" denied the request' }]);
    expect(replicaSetFailureSignals(noCondition, [], ctx())).toEqual([]);
  });
});
