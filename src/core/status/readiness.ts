/**
 * Readiness of a Kubernetes object as a pure function of the object itself (kstatus-style): `ready`
 * when it has reached what its spec asks, `failed` when it cannot get there without a change, else
 * `progressing` with what it is waiting for. Table-tested; the watch layer only feeds it objects.
 */
export type Readiness =
  | { state: 'ready'; reason: string; message?: string; ready?: number; wanted?: number }
  | { state: 'progressing'; reason: string; message: string; ready?: number; wanted?: number }
  | { state: 'failed'; reason: string; message: string; ready?: number; wanted?: number };

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: { generation?: number; name?: string; annotations?: Record<string, string>; deletionTimestamp?: string };
  spec?: any;
  status?: any;
};

type Counts = { ready?: number; wanted?: number };
const ready = (message?: string, counts: Counts = {}, reason = 'Ready'): Readiness => ({ state: 'ready', reason, ...(message ? { message } : {}), ...counts });
const progressing = (reason: string, message: string, counts: Counts = {}): Readiness => ({ state: 'progressing', reason, message, ...counts });
const failed = (reason: string, message: string, counts: Counts = {}): Readiness => ({ state: 'failed', reason, message, ...counts });

function condition(object: KubeObject, type: string): Condition | undefined {
  const list = object.status?.conditions;
  return Array.isArray(list) ? (list as Condition[]).find((c) => c.type === type) : undefined;
}

/** The controller has not looked at the latest spec yet. */
function notObserved(object: KubeObject): Readiness | undefined {
  const generation = object.metadata?.generation;
  const observed = object.status?.observedGeneration;
  if (generation !== undefined && (observed === undefined || observed < generation)) return progressing('ObservedGeneration', `waiting for the controller to observe generation ${generation}`);
  return undefined;
}

function deployment(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const progress = condition(object, 'Progressing');
  if (progress?.status === 'False' && progress.reason === 'ProgressDeadlineExceeded') return failed('ProgressDeadlineExceeded', progress.message ?? 'the rollout exceeded its progress deadline');
  const wanted = object.spec?.replicas ?? 1;
  const s = object.status ?? {};
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  const counts = { ready: Math.min(available, updated), wanted };
  if (updated < wanted) return progressing('ReplicasUpdating', `${updated} of ${wanted} replicas updated`, counts);
  if (total > updated) return progressing('OldReplicasTerminating', `${total - updated} old replicas pending termination`, counts);
  if (available < wanted) return progressing('ReplicasUnavailable', `${available} of ${wanted} updated replicas available`, counts);
  return ready(`${available} of ${wanted} replicas available`, counts);
}

function replicaSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const wanted = object.spec?.replicas ?? 1;
  const available = object.status?.availableReplicas ?? 0;
  const failure = condition(object, 'ReplicaFailure');
  if (failure?.status === 'True') return failed(failure.reason ?? 'ReplicaFailure', failure.message ?? 'replicas cannot be created', { ready: available, wanted });
  return available >= wanted ? ready(undefined, { ready: available, wanted }) : progressing('ReplicasUnavailable', `${available} of ${wanted} replicas available`, { ready: available, wanted });
}

function statefulSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const wanted = object.spec?.replicas ?? 1;
  const s = object.status ?? {};
  const counts = { ready: s.readyReplicas ?? 0, wanted };
  if ((s.readyReplicas ?? 0) < wanted) return progressing('ReplicasNotReady', `${s.readyReplicas ?? 0} of ${wanted} replicas ready`, counts);
  // OnDelete: pods are replaced only when someone deletes them; what runs is ready, the update waits for a person.
  if (object.spec?.updateStrategy?.type === 'OnDelete') return ready(`${s.readyReplicas ?? 0} of ${wanted} replicas ready (OnDelete: old pods are replaced when deleted)`, counts);
  const partition = Math.min(object.spec?.updateStrategy?.rollingUpdate?.partition ?? 0, wanted);
  if ((s.updatedReplicas ?? 0) < wanted - partition) return progressing('ReplicasUpdating', `${s.updatedReplicas ?? 0} of ${wanted - partition} replicas updated${partition ? ` (partition ${partition})` : ''}`, counts);
  if (partition === 0 && s.updateRevision && s.currentRevision !== s.updateRevision) return progressing('RevisionNotCurrent', `waiting for revision ${s.updateRevision} to become current`, counts);
  return ready(`${s.readyReplicas} of ${wanted} replicas ready${partition ? ` (${wanted - partition} updated above partition ${partition})` : ''}`, counts);
}

function daemonSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const s = object.status ?? {};
  const desired = s.desiredNumberScheduled ?? 0;
  const counts = { ready: s.numberAvailable ?? 0, wanted: desired };
  if ((s.updatedNumberScheduled ?? 0) < desired) return progressing('PodsUpdating', `${s.updatedNumberScheduled ?? 0} of ${desired} pods updated`, counts);
  if ((s.numberAvailable ?? 0) < desired) return progressing('PodsUnavailable', `${s.numberAvailable ?? 0} of ${desired} pods available`, counts);
  return ready(`${s.numberAvailable ?? 0} of ${desired} pods available`, counts);
}

function job(object: KubeObject): Readiness {
  const complete = condition(object, 'Complete');
  const s = object.status ?? {};
  const counts = { ready: s.succeeded ?? 0, wanted: object.spec?.completions ?? 1 };
  if (complete?.status === 'True') return ready('complete', counts, 'Complete');
  const failedCondition = condition(object, 'Failed');
  // A Job is failed only when its pods have ended (FailureTarget first, then Failed once they terminated).
  if (failedCondition?.status === 'True') return failed(failedCondition.reason ?? 'JobFailed', failedCondition.message ?? 'the job failed', counts);
  const suspended = condition(object, 'Suspended');
  if (suspended?.status === 'True') return progressing('Suspended', 'the job is suspended', counts);
  return progressing('JobRunning', `${s.active ?? 0} active, ${s.succeeded ?? 0} succeeded, ${s.failed ?? 0} failed`, counts);
}

/** Waiting reasons after which a container will not start without a change. */
const hopelessWaiting = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

function pod(object: KubeObject): Readiness {
  const phase = object.status?.phase;
  if (phase === 'Succeeded') return ready('succeeded', {}, 'Succeeded');
  const statuses: any[] = [...(object.status?.initContainerStatuses ?? []), ...(object.status?.containerStatuses ?? [])];
  if (phase === 'Failed') {
    const terminated = statuses.map((c) => ({ name: c.name, t: c.state?.terminated })).find((c) => c.t && c.t.exitCode !== 0);
    if (terminated) return failed(terminated.t.reason ?? 'Error', `container ${terminated.name} exited with code ${terminated.t.exitCode}`);
    return failed(object.status?.reason ?? 'Failed', object.status?.message ?? 'the pod failed');
  }
  for (const c of statuses) {
    const waiting = c.state?.waiting;
    if (waiting && hopelessWaiting.has(waiting.reason)) return failed(waiting.reason, `container ${c.name}: ${waiting.message ?? waiting.reason}`);
  }
  const readyCondition = condition(object, 'Ready');
  if (phase === 'Running' && readyCondition?.status === 'True') return ready();
  const scheduled = condition(object, 'PodScheduled');
  if (scheduled?.status === 'False') return progressing(scheduled.reason ?? 'Unschedulable', scheduled.message ?? 'the pod is not scheduled');
  const waiting = statuses.map((c) => c.state?.waiting?.reason).find((r) => typeof r === 'string');
  // Scheduled but no container reported yet: the node has not started it (a node that stopped reporting, a
  // kubelet still pulling nothing): name the node.
  const node = (object.spec as { nodeName?: string } | undefined)?.nodeName;
  const where = (phase ?? 'Pending') === 'Pending' && statuses.length === 0 && node ? `, on node ${node} with no container started` : '';
  return progressing(waiting ?? (phase === 'Running' ? (readyCondition?.reason ?? 'NotReady') : (phase ?? 'Pending')), `pod is ${phase ?? 'Pending'}${where}${readyCondition?.status === 'False' && readyCondition.reason ? ` (${readyCondition.reason})` : ''}`);
}

function persistentVolumeClaim(object: KubeObject): Readiness {
  const phase = object.status?.phase;
  if (phase === 'Bound') return ready('bound', {}, 'Bound');
  if (phase === 'Lost') return failed('ClaimLost', 'the bound volume is lost');
  return progressing(phase ?? 'Pending', `claim is ${phase ?? 'Pending'}`);
}

function service(object: KubeObject): Readiness {
  if (object.spec?.type !== 'LoadBalancer') return ready();
  const address = loadBalancerAddress(object);
  if (address) return ready(`address ${address}`, {}, 'AddressAssigned');
  return progressing('NoAddress', 'waiting for a load balancer address');
}

/** The addresses a load balancer (Service or Ingress status) was given, joined; undefined when none. */
export function loadBalancerAddress(object: KubeObject): string | undefined {
  const ingress = object.status?.loadBalancer?.ingress;
  if (!Array.isArray(ingress) || ingress.length === 0) return undefined;
  const addresses = ingress.map((i: any) => i.ip ?? i.hostname).filter((a: unknown) => typeof a === 'string');
  return addresses.length ? addresses.join(', ') : undefined;
}

/** Ingress: ready once the controller published an address. Not waited for by default (see waitsForReadiness). */
function ingress(object: KubeObject): Readiness {
  const address = loadBalancerAddress(object);
  return address ? ready(`address ${address}`, {}, 'AddressAssigned') : progressing('NoAddress', 'waiting for the ingress controller to publish an address');
}

function customResourceDefinition(object: KubeObject): Readiness {
  const established = condition(object, 'Established');
  if (established?.status === 'True') return ready(undefined, {}, 'Established');
  const names = condition(object, 'NamesAccepted');
  if (names?.status === 'False') return failed(names.reason ?? 'NamesNotAccepted', names.message ?? 'CRD names were not accepted');
  return progressing('NotEstablished', 'waiting for the CRD to be established');
}

const readyPhases = new Set(['Running', 'Ready', 'Succeeded', 'Active', 'Bound', 'Available', 'Healthy', 'Complete', 'Completed', 'Deployed']);
const failedPhases = new Set(['Failed', 'Error', 'Degraded']);

/** Any other kind: conditions (Ready, Stalled, Reconciling) and phase, as custom controllers commonly report. */
function generic(object: KubeObject): Readiness {
  if (!object.status || typeof object.status !== 'object') return ready(undefined, {}, 'Present');
  const generation = object.metadata?.generation;
  const observed = object.status.observedGeneration;
  if (generation !== undefined && observed !== undefined && observed < generation) return progressing('ObservedGeneration', `waiting for the controller to observe generation ${generation}`);
  const stalled = condition(object, 'Stalled');
  if (stalled?.status === 'True') return failed(stalled.reason ?? 'Stalled', stalled.message ?? 'the resource is stalled');
  const readyCondition = condition(object, 'Ready') ?? condition(object, 'Available');
  if (readyCondition?.status === 'True') return ready();
  const reconciling = condition(object, 'Reconciling');
  if (reconciling?.status === 'True') return progressing(reconciling.reason ?? 'Reconciling', reconciling.message ?? 'reconciling');
  if (readyCondition?.status === 'False') {
    return progressing(readyCondition.reason ?? `${readyCondition.type}False`, `${readyCondition.type} is False${readyCondition.reason ? `: ${readyCondition.reason}` : ''}${readyCondition.message ? ` (${readyCondition.message})` : ''}`);
  }
  const phase = object.status.phase;
  if (typeof phase === 'string') {
    if (readyPhases.has(phase)) return ready(phase, {}, phase);
    if (failedPhases.has(phase)) return failed(phase, object.status.message ?? `phase is ${phase}`);
    return progressing(phase, `phase is ${phase}`);
  }
  return ready(undefined, {}, 'Present');
}

export function readiness(object: KubeObject): Readiness {
  const group = object.apiVersion?.includes('/') ? object.apiVersion.split('/')[0] : '';
  switch (`${group}/${object.kind}`) {
    case 'apps/Deployment':
      return deployment(object);
    case 'apps/ReplicaSet':
      return replicaSet(object);
    case 'apps/StatefulSet':
      return statefulSet(object);
    case 'apps/DaemonSet':
      return daemonSet(object);
    case 'batch/Job':
      return job(object);
    case '/Pod':
      return pod(object);
    case '/PersistentVolumeClaim':
      return persistentVolumeClaim(object);
    case '/Service':
      return service(object);
    case 'apiextensions.k8s.io/CustomResourceDefinition':
      return customResourceDefinition(object);
    case '/ConfigMap':
    case '/Secret':
    case '/ServiceAccount':
    case 'batch/CronJob':
      return ready(undefined, {}, 'Present');
    case 'networking.k8s.io/Ingress':
      return ingress(object);
    default:
      return generic(object);
  }
}

/**
 * werf's `werf.io/track-termination-mode: NonBlocking` and slipway's `slipway.io/wait: "false"` opt a resource
 * out of waiting; an Ingress is waited for only with `slipway.io/wait: "true"` (many controllers never publish
 * an address, and Helm does not wait for one either), otherwise it is tracked while others are pending.
 */
export function waitsForReadiness(object: KubeObject): boolean {
  const annotations = object.metadata?.annotations ?? {};
  if (object.kind === 'Ingress') return annotations['slipway.io/wait'] === 'true';
  return annotations['werf.io/track-termination-mode'] !== 'NonBlocking' && annotations['slipway.io/wait'] !== 'false';
}
