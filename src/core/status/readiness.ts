/**
 * Readiness of a Kubernetes object as a pure function of the object itself (kstatus-style): `ready`
 * when it has reached what its spec asks, `failed` when it cannot get there without a change, else
 * `progressing` with what it is waiting for. Table-tested; the watch layer only feeds it objects.
 */
export type Readiness =
  | { state: 'ready'; message?: string }
  | { state: 'progressing'; message: string }
  | { state: 'failed'; reason: string; message: string };

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

const ready = (message?: string): Readiness => (message ? { state: 'ready', message } : { state: 'ready' });
const progressing = (message: string): Readiness => ({ state: 'progressing', message });
const failed = (reason: string, message: string): Readiness => ({ state: 'failed', reason, message });

function condition(object: KubeObject, type: string): Condition | undefined {
  const list = object.status?.conditions;
  return Array.isArray(list) ? (list as Condition[]).find((c) => c.type === type) : undefined;
}

/** The controller has not looked at the latest spec yet. */
function notObserved(object: KubeObject): Readiness | undefined {
  const generation = object.metadata?.generation;
  const observed = object.status?.observedGeneration;
  if (generation !== undefined && (observed === undefined || observed < generation)) return progressing(`waiting for the controller to observe generation ${generation}`);
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
  if (updated < wanted) return progressing(`${updated} of ${wanted} replicas updated`);
  if (total > updated) return progressing(`${total - updated} old replicas pending termination`);
  if (available < wanted) return progressing(`${available} of ${wanted} updated replicas available`);
  return ready(`${available} of ${wanted} replicas available`);
}

function replicaSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const wanted = object.spec?.replicas ?? 1;
  const available = object.status?.availableReplicas ?? 0;
  const failure = condition(object, 'ReplicaFailure');
  if (failure?.status === 'True') return failed(failure.reason ?? 'ReplicaFailure', failure.message ?? 'replicas cannot be created');
  return available >= wanted ? ready() : progressing(`${available} of ${wanted} replicas available`);
}

function statefulSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const wanted = object.spec?.replicas ?? 1;
  const s = object.status ?? {};
  if ((s.readyReplicas ?? 0) < wanted) return progressing(`${s.readyReplicas ?? 0} of ${wanted} replicas ready`);
  if (object.spec?.updateStrategy?.type === 'OnDelete') return ready();
  const partition = object.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  if ((s.updatedReplicas ?? 0) < wanted - partition) return progressing(`${s.updatedReplicas ?? 0} of ${wanted - partition} replicas updated`);
  if (partition === 0 && s.updateRevision && s.currentRevision !== s.updateRevision) return progressing(`waiting for revision ${s.updateRevision} to become current`);
  return ready(`${s.readyReplicas} of ${wanted} replicas ready`);
}

function daemonSet(object: KubeObject): Readiness {
  const pending = notObserved(object);
  if (pending) return pending;
  const s = object.status ?? {};
  const desired = s.desiredNumberScheduled ?? 0;
  if ((s.updatedNumberScheduled ?? 0) < desired) return progressing(`${s.updatedNumberScheduled ?? 0} of ${desired} pods updated`);
  if ((s.numberAvailable ?? 0) < desired) return progressing(`${s.numberAvailable ?? 0} of ${desired} pods available`);
  return ready(`${s.numberAvailable ?? 0} of ${desired} pods available`);
}

function job(object: KubeObject): Readiness {
  const complete = condition(object, 'Complete');
  if (complete?.status === 'True') return ready('complete');
  const failedCondition = condition(object, 'Failed');
  if (failedCondition?.status === 'True') return failed(failedCondition.reason ?? 'JobFailed', failedCondition.message ?? 'the job failed');
  const s = object.status ?? {};
  return progressing(`${s.active ?? 0} active, ${s.succeeded ?? 0} succeeded, ${s.failed ?? 0} failed`);
}

/** Waiting reasons after which a container will not start without a change. */
const hopelessWaiting = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

function pod(object: KubeObject): Readiness {
  const phase = object.status?.phase;
  if (phase === 'Succeeded') return ready('succeeded');
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
  return progressing(`pod is ${phase ?? 'Pending'}${readyCondition?.status === 'False' && readyCondition.reason ? ` (${readyCondition.reason})` : ''}`);
}

function persistentVolumeClaim(object: KubeObject): Readiness {
  const phase = object.status?.phase;
  if (phase === 'Bound') return ready('bound');
  if (phase === 'Lost') return failed('ClaimLost', 'the bound volume is lost');
  return progressing(`claim is ${phase ?? 'Pending'}`);
}

function service(object: KubeObject): Readiness {
  if (object.spec?.type !== 'LoadBalancer') return ready();
  const ingress = object.status?.loadBalancer?.ingress;
  if (Array.isArray(ingress) && ingress.length > 0) return ready(`address ${ingress.map((i: any) => i.ip ?? i.hostname).join(', ')}`);
  return progressing('waiting for a load balancer address');
}

function customResourceDefinition(object: KubeObject): Readiness {
  const established = condition(object, 'Established');
  if (established?.status === 'True') return ready();
  const names = condition(object, 'NamesAccepted');
  if (names?.status === 'False') return failed(names.reason ?? 'NamesNotAccepted', names.message ?? 'CRD names were not accepted');
  return progressing('waiting for the CRD to be established');
}

const readyPhases = new Set(['Running', 'Ready', 'Succeeded', 'Active', 'Bound', 'Available', 'Healthy', 'Complete', 'Completed', 'Deployed']);
const failedPhases = new Set(['Failed', 'Error', 'Degraded']);

/** Any other kind: conditions (Ready, Stalled, Reconciling) and phase, as custom controllers commonly report. */
function generic(object: KubeObject): Readiness {
  if (!object.status || typeof object.status !== 'object') return ready();
  const generation = object.metadata?.generation;
  const observed = object.status.observedGeneration;
  if (generation !== undefined && observed !== undefined && observed < generation) return progressing(`waiting for the controller to observe generation ${generation}`);
  const stalled = condition(object, 'Stalled');
  if (stalled?.status === 'True') return failed(stalled.reason ?? 'Stalled', stalled.message ?? 'the resource is stalled');
  const readyCondition = condition(object, 'Ready') ?? condition(object, 'Available');
  if (readyCondition?.status === 'True') return ready();
  const reconciling = condition(object, 'Reconciling');
  if (reconciling?.status === 'True') return progressing(reconciling.message ?? 'reconciling');
  if (readyCondition?.status === 'False') {
    return progressing(`${readyCondition.type} is False${readyCondition.reason ? `: ${readyCondition.reason}` : ''}${readyCondition.message ? ` (${readyCondition.message})` : ''}`);
  }
  const phase = object.status.phase;
  if (typeof phase === 'string') {
    if (readyPhases.has(phase)) return ready(phase);
    if (failedPhases.has(phase)) return failed(phase, object.status.message ?? `phase is ${phase}`);
    return progressing(`phase is ${phase}`);
  }
  return ready();
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
    case 'networking.k8s.io/Ingress':
    case 'batch/CronJob':
      return ready();
    default:
      return generic(object);
  }
}

/** werf's `werf.io/track-termination-mode: NonBlocking` and slipway's `slipway.io/wait: "false"` opt a resource out of waiting. */
export function waitsForReadiness(object: KubeObject): boolean {
  const annotations = object.metadata?.annotations ?? {};
  return annotations['werf.io/track-termination-mode'] !== 'NonBlocking' && annotations['slipway.io/wait'] !== 'false';
}
