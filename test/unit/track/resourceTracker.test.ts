import { describe, expect, it } from 'vitest';
import type { DeliveryEvent } from '../../../src/core/events/deliveryEvents.js';
import { eventEmitter } from '../../../src/core/events/deliveryEvents.js';
import { trackResources, type TrackTarget } from '../../../src/core/track/resourceTracker.js';
import { defaultTrackingSpec } from '../../../src/core/track/trackingSpec.js';
import { WatchHub } from '../../../src/core/track/watchHub.js';
import { FakeKube } from '../../support/fakeKube.js';

const deployments = '/apis/apps/v1/namespaces/shop/deployments';
const replicaSets = '/apis/apps/v1/namespaces/shop/replicasets';
const pods = '/api/v1/namespaces/shop/pods';
const target: TrackTarget = {
  mapping: { group: 'apps', version: 'v1', kind: 'Deployment', resource: 'deployments', namespaced: true },
  namespace: 'shop',
  name: 'web',
  label: 'Deployment/shop/web',
  source: 'shop/templates/web.yaml',
  line: 12,
  spec: defaultTrackingSpec,
  blocking: true,
};

function rollout(kube: FakeKube, podStatus: object, deploymentStatus: object = { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 0 }) {
  kube.put(deployments, { metadata: { name: 'web', namespace: 'shop', uid: 'd1', generation: 1, annotations: { 'deployment.kubernetes.io/revision': '1' } }, spec: { replicas: 1 }, status: deploymentStatus });
  kube.put(replicaSets, { metadata: { name: 'web-7f', namespace: 'shop', uid: 'r1', ownerReferences: [{ uid: 'd1' }], annotations: { 'deployment.kubernetes.io/revision': '1' } }, spec: { replicas: 1 }, status: {} });
  kube.put(pods, { metadata: { name: 'web-7f-a', namespace: 'shop', uid: 'p1', ownerReferences: [{ uid: 'r1' }] }, spec: { containers: [{ name: 'app' }] }, status: podStatus });
}

async function track(kube: FakeKube, options: { deadlineMs?: number } = {}) {
  const events: DeliveryEvent[] = [];
  const hub = new WatchHub(kube.asClient());
  let error: Error | undefined;
  try {
    await trackResources(kube.asClient(), [target], { hub, deadline: Date.now() + (options.deadlineMs ?? 10_000), emit: eventEmitter((e) => events.push(e)), tickMs: 50 });
  } catch (e) {
    error = e as Error;
  } finally {
    hub.close();
  }
  return { events, error };
}

const crashing = (restarts: number) => ({ phase: 'Running', containerStatuses: [{ name: 'app', restartCount: restarts, lastState: { terminated: { exitCode: 2, reason: 'Error' } }, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s' } } }] });

describe('trackResources against an in-memory apiserver', () => {
  it('a crashloop: the first crash is reported at once, the second fails it, with the previous instance\'s logs and the template line', async () => {
    const kube = new FakeKube();
    kube.logs.set('web-7f-a/app/previous', ['booting', 'fatal: config key DB_URL missing']);
    rollout(kube, crashing(1));
    setTimeout(() => kube.put(pods, { metadata: { name: 'web-7f-a', namespace: 'shop', uid: 'p1', ownerReferences: [{ uid: 'r1' }] }, spec: { containers: [{ name: 'app' }] }, status: crashing(2) }), 100);
    const { events, error } = await track(kube);
    const failures = events.flatMap((e) => (e.type === 'failure' ? [e.failure] : []));
    expect(failures.map((f) => [f.fatal, f.count, f.allowed])).toEqual([[false, 1, 1], [true, 2, 1]]);
    expect(failures[1]).toMatchObject({ pod: 'web-7f-a', container: 'app', reason: 'CrashLoopBackOff', exitCode: 2, logs: ['booting', 'fatal: config key DB_URL missing'], source: { file: 'shop/templates/web.yaml', line: 12 } });
    expect(error?.message).toBe('Deployment/shop/web failed: CrashLoopBackOff in pod web-7f-a container app: back-off 10s (exit code 2)');
    expect((error as unknown as { where: object }).where).toEqual({ resource: 'Deployment/shop/web', file: 'shop/templates/web.yaml', line: 12 });
  });

  it('success: ready as soon as the Deployment and its pod are, with the tree reported', async () => {
    const kube = new FakeKube();
    rollout(kube, { phase: 'Pending' });
    setTimeout(() => {
      kube.put(pods, { metadata: { name: 'web-7f-a', namespace: 'shop', uid: 'p1', ownerReferences: [{ uid: 'r1' }] }, spec: { containers: [{ name: 'app' }] }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
      kube.put(deployments, { metadata: { name: 'web', namespace: 'shop', uid: 'd1', generation: 1, annotations: { 'deployment.kubernetes.io/revision': '1' } }, spec: { replicas: 1 }, status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 } });
    }, 50);
    const { events, error } = await track(kube);
    expect(error).toBeUndefined();
    const tracked = events.flatMap((e) => (e.type === 'track' ? [`${e.resource.kind}/${e.resource.name}${e.parent ? ` < ${e.parent.name}` : ''}`] : []));
    expect(tracked).toEqual(['Deployment/web', 'ReplicaSet/web-7f < web', 'Pod/web-7f-a < web']);
    const last = events.filter((e) => e.type === 'status' && !e.parent).at(-1);
    expect(last).toMatchObject({ status: { state: 'ready', ready: 1, wanted: 1 } });
  });

  it('a Deployment already ready at the first look is done only with its tree (its pods listed first)', async () => {
    const kube = new FakeKube();
    rollout(kube, { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }, { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 });
    const release = kube.holdLists(pods);
    setTimeout(release, 150);
    const { events, error } = await track(kube);
    expect(error).toBeUndefined();
    const tracked = events.flatMap((e) => (e.type === 'track' ? [`${e.resource.kind}/${e.resource.name}`] : []));
    expect(tracked).toEqual(['Deployment/web', 'ReplicaSet/web-7f', 'Pod/web-7f-a']);
  });

  it('a dropped watch resumes; an expired resourceVersion (410) re-lists; nothing is lost', async () => {
    const kube = new FakeKube();
    rollout(kube, { phase: 'Pending' });
    setTimeout(() => {
      kube.dropWatches();
      kube.compactedBelow = Number.MAX_SAFE_INTEGER; // every resumed watch is now too old: re-list
      kube.put(deployments, { metadata: { name: 'web', namespace: 'shop', uid: 'd1', generation: 1, annotations: { 'deployment.kubernetes.io/revision': '1' } }, spec: { replicas: 1 }, status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 } });
      kube.put(pods, { metadata: { name: 'web-7f-a', namespace: 'shop', uid: 'p1', ownerReferences: [{ uid: 'r1' }] }, spec: { containers: [{ name: 'app' }] }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
      setTimeout(() => (kube.compactedBelow = 0), 300);
    }, 50);
    const { error } = await track(kube);
    expect(error).toBeUndefined();
    expect(kube.requests.filter((r) => r === `GET ${deployments}`).length).toBeGreaterThanOrEqual(2);
  });

  it('one list+watch per kind and namespace, whatever the number of resources', async () => {
    const kube = new FakeKube();
    const hub = new WatchHub(kube.asClient());
    const many: TrackTarget[] = [];
    for (let i = 0; i < 20; i++) {
      kube.put(deployments, { metadata: { name: `web${i}`, namespace: 'shop', uid: `d${i}`, generation: 1 }, spec: { replicas: 0 }, status: { observedGeneration: 1 } });
      many.push({ ...target, name: `web${i}`, label: `Deployment/shop/web${i}` });
    }
    await trackResources(kube.asClient(), many, { hub, deadline: Date.now() + 5000, emit: () => undefined, tickMs: 50 });
    expect(hub.size).toBe(4);
    hub.close();
    expect(kube.requests.filter((r) => r.startsWith('GET ')).sort()).toEqual([`GET /api/v1/namespaces/shop/events`, `GET /api/v1/namespaces/shop/pods`, `GET ${deployments}`, `GET ${replicaSets}`]);
  });

  it('at the deadline, says what is not ready and the last failure seen', async () => {
    const kube = new FakeKube();
    rollout(kube, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' }] });
    const { error } = await track(kube, { deadlineMs: 600 });
    expect(error?.message).toBe('timed out waiting for resources to become ready; not ready: Deployment/shop/web: 0 of 1 updated replicas available (pod web-7f-a: FailedScheduling: 0/3 nodes are available: 3 Insufficient memory.)');
  });

  it('at the deadline with no failure ever seen, says where the pods stand (scheduled, never started)', async () => {
    const kube = new FakeKube();
    rollout(kube, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] });
    const { error } = await track(kube, { deadlineMs: 600 });
    expect(error?.message).toBe('timed out waiting for resources to become ready; not ready: Deployment/shop/web: 0 of 1 updated replicas available (pods not ready: web-7f-a: pod is Pending)');
  });
});
