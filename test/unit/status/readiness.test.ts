import { describe, expect, it } from 'vitest';
import { readiness, waitsForReadiness } from '../../../src/core/status/readiness.js';

const dep = (spec: object, status: object, generation = 2) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { generation }, spec, status });

describe('readiness', () => {
  it.each([
    ['deployment not observed yet', dep({ replicas: 2 }, { observedGeneration: 1 }), 'progressing'],
    ['deployment updating', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 2, availableReplicas: 2 }), 'progressing'],
    ['deployment old replicas left', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 3, availableReplicas: 2 }), 'progressing'],
    ['deployment not available', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }), 'progressing'],
    ['deployment available', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }), 'ready'],
    ['deployment default replicas', dep({}, { observedGeneration: 2, updatedReplicas: 1, replicas: 1, availableReplicas: 1 }), 'ready'],
    ['deployment scaled to zero', dep({ replicas: 0 }, { observedGeneration: 2 }), 'ready'],
    [
      'deployment deadline exceeded',
      dep({ replicas: 1 }, { observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "x" has timed out progressing.' }] }),
      'failed',
    ],
    ['statefulset ready', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 2 }, status: { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 2, currentRevision: 'a', updateRevision: 'a' } }, 'ready'],
    ['statefulset revision rolling', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 2 }, status: { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 2, currentRevision: 'a', updateRevision: 'b' } }, 'progressing'],
    ['statefulset not ready', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 2 }, status: { observedGeneration: 1, readyReplicas: 1 } }, 'progressing'],
    ['statefulset OnDelete', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 1, updateStrategy: { type: 'OnDelete' } }, status: { observedGeneration: 1, readyReplicas: 1, currentRevision: 'a', updateRevision: 'b' } }, 'ready'],
    ['daemonset ready', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { generation: 1 }, status: { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 } }, 'ready'],
    ['daemonset updating', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { generation: 1 }, status: { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 2, numberAvailable: 3 } }, 'progressing'],
    ['job running', { apiVersion: 'batch/v1', kind: 'Job', status: { active: 1 } }, 'progressing'],
    ['job complete', { apiVersion: 'batch/v1', kind: 'Job', status: { conditions: [{ type: 'Complete', status: 'True' }] } }, 'ready'],
    ['job failed', { apiVersion: 'batch/v1', kind: 'Job', status: { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] } }, 'failed'],
    ['pod pending', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Pending' } }, 'progressing'],
    ['pod running not ready', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }] } }, 'progressing'],
    ['pod running ready', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }, 'ready'],
    ['pod succeeded', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Succeeded' } }, 'ready'],
    ['pod failed exit code', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode: 3, reason: 'Error' } } }] } }, 'failed'],
    ['pod crashloop', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Running', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'CrashLoopBackOff' } } }] } }, 'failed'],
    ['pod image pull', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Pending', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'ImagePullBackOff' } } }] } }, 'failed'],
    ['pvc pending', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Pending' } }, 'progressing'],
    ['pvc bound', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Bound' } }, 'ready'],
    ['pvc lost', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Lost' } }, 'failed'],
    ['service ClusterIP', { apiVersion: 'v1', kind: 'Service', spec: { type: 'ClusterIP' } }, 'ready'],
    ['service LB without address', { apiVersion: 'v1', kind: 'Service', spec: { type: 'LoadBalancer' }, status: { loadBalancer: {} } }, 'progressing'],
    ['service LB with address', { apiVersion: 'v1', kind: 'Service', spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress: [{ ip: '10.0.0.1' }] } } }, 'ready'],
    ['crd established', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', status: { conditions: [{ type: 'Established', status: 'True' }] } }, 'ready'],
    ['crd pending', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', status: {} }, 'progressing'],
    ['configmap', { apiVersion: 'v1', kind: 'ConfigMap' }, 'ready'],
    ['CR without status', { apiVersion: 'example.com/v1', kind: 'Widget' }, 'ready'],
    ['CR Ready True', { apiVersion: 'example.com/v1', kind: 'Widget', status: { conditions: [{ type: 'Ready', status: 'True' }] } }, 'ready'],
    ['CR Ready False', { apiVersion: 'example.com/v1', kind: 'Widget', status: { conditions: [{ type: 'Ready', status: 'False', reason: 'Waiting' }] } }, 'progressing'],
    ['CR Stalled', { apiVersion: 'example.com/v1', kind: 'Widget', status: { conditions: [{ type: 'Stalled', status: 'True', reason: 'BadSpec' }] } }, 'failed'],
    ['CR stale generation', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { generation: 3 }, status: { observedGeneration: 2, conditions: [{ type: 'Ready', status: 'True' }] } }, 'progressing'],
    ['CR phase Running', { apiVersion: 'example.com/v1', kind: 'Widget', status: { phase: 'Running' } }, 'ready'],
    ['CR phase Failed', { apiVersion: 'example.com/v1', kind: 'Widget', status: { phase: 'Failed', message: 'boom' } }, 'failed'],
    ['CR phase Provisioning', { apiVersion: 'example.com/v1', kind: 'Widget', status: { phase: 'Provisioning' } }, 'progressing'],
  ])('%s → %s', (_name, object, state) => {
    expect(readiness(object as never).state).toBe(state);
  });

  it('says why a job failed', () => {
    const r = readiness({ apiVersion: 'batch/v1', kind: 'Job', status: { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] } });
    expect(r).toMatchObject({ state: 'failed', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
  });

  it('names the exit code of a failed pod', () => {
    const r = readiness({ apiVersion: 'v1', kind: 'Pod', status: { phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode: 3, reason: 'Error' } } }] } });
    expect(r).toEqual({ state: 'failed', reason: 'Error', message: 'container main exited with code 3' });
  });

  it.each([
    ['deployment waiting for the controller', dep({ replicas: 2 }, { observedGeneration: 1 }), 'ObservedGeneration'],
    ['deployment updating', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 2, availableReplicas: 2 }), 'ReplicasUpdating'],
    ['deployment old replicas', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 3, availableReplicas: 2 }), 'OldReplicasTerminating'],
    ['deployment unavailable', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }), 'ReplicasUnavailable'],
    ['deployment ready', dep({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }), 'Ready'],
    ['statefulset partition', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }, status: { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 0 } }, 'ReplicasUpdating'],
    ['statefulset partition done', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }, status: { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1, currentRevision: 'a', updateRevision: 'b' } }, 'Ready'],
    ['job running', { apiVersion: 'batch/v1', kind: 'Job', status: { active: 1 } }, 'JobRunning'],
    ['job suspended', { apiVersion: 'batch/v1', kind: 'Job', status: { conditions: [{ type: 'Suspended', status: 'True' }] } }, 'Suspended'],
    ['job complete', { apiVersion: 'batch/v1', kind: 'Job', status: { conditions: [{ type: 'Complete', status: 'True' }] } }, 'Complete'],
    ['pod unschedulable', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' }] } }, 'Unschedulable'],
    ['pod container creating', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Pending', containerStatuses: [{ name: 'a', state: { waiting: { reason: 'ContainerCreating' } } }] } }, 'ContainerCreating'],
    ['pod running not ready', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }] } }, 'ContainersNotReady'],
    ['pod crashloop', { apiVersion: 'v1', kind: 'Pod', status: { phase: 'Running', containerStatuses: [{ name: 'main', state: { waiting: { reason: 'CrashLoopBackOff' } } }] } }, 'CrashLoopBackOff'],
    ['pvc pending', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Pending' } }, 'Pending'],
    ['pvc bound', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Bound' } }, 'Bound'],
    ['LB without address', { apiVersion: 'v1', kind: 'Service', spec: { type: 'LoadBalancer' }, status: { loadBalancer: {} } }, 'NoAddress'],
    ['LB with address', { apiVersion: 'v1', kind: 'Service', spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress: [{ ip: '127.0.0.9' }] } } }, 'AddressAssigned'],
    ['ingress without address', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', status: {} }, 'NoAddress'],
    ['ingress with address', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', status: { loadBalancer: { ingress: [{ hostname: 'lb.example.com' }] } } }, 'AddressAssigned'],
    ['CR reconciling', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { generation: 2 }, status: { observedGeneration: 2, conditions: [{ type: 'Reconciling', status: 'True', reason: 'Progressing' }] } }, 'Progressing'],
    ['CR stale generation', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { generation: 3 }, status: { observedGeneration: 2, conditions: [{ type: 'Ready', status: 'True' }] } }, 'ObservedGeneration'],
    ['CR without status', { apiVersion: 'example.com/v1', kind: 'Widget' }, 'Present'],
  ])('gives a stable reason: %s → %s', (_name, object, reason) => {
    expect(readiness(object as never).reason).toBe(reason);
  });

  it.each([
    ['scheduled, no container reported', { spec: { nodeName: 'node-1' }, status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] } }, 'pod is Pending, on node node-1 with no container started'],
    ['not scheduled yet', { spec: {}, status: { phase: 'Pending' } }, 'pod is Pending'],
    ['containers creating', { spec: { nodeName: 'node-1' }, status: { phase: 'Pending', containerStatuses: [{ name: 'a', state: { waiting: { reason: 'ContainerCreating' } } }] } }, 'pod is Pending'],
  ])('says where a pending pod stands: %s', (_name, pod, message) => {
    expect(readiness({ apiVersion: 'v1', kind: 'Pod', ...pod } as never).message).toBe(message);
  });

  it('counts ready and wanted replicas where the kind has them', () => {
    expect(readiness(dep({ replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }))).toMatchObject({ ready: 2, wanted: 3 });
  });

  it('waits for an Ingress only when asked', () => {
    expect(waitsForReadiness({ kind: 'Ingress', metadata: {} })).toBe(false);
    expect(waitsForReadiness({ kind: 'Ingress', metadata: { annotations: { 'slipway.io/wait': 'true' } } })).toBe(true);
  });

  it('lets werf annotations opt out of waiting', () => {
    expect(waitsForReadiness({ metadata: { annotations: { 'werf.io/track-termination-mode': 'NonBlocking' } } })).toBe(false);
    expect(waitsForReadiness({ metadata: {} })).toBe(true);
  });
});
