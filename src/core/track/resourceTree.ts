/**
 * The objects a tracked resource generates, as kstatus calls them: a Deployment's current ReplicaSet and
 * that ReplicaSet's pods; the pods of a StatefulSet's update revision, of a DaemonSet's current template
 * generation, of a Job or a ReplicaSet. Pure: computed from the watched objects alone.
 */
export interface TreeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { uid: string; kind?: string; name?: string; controller?: boolean }[];
    creationTimestamp?: string;
    deletionTimestamp?: string;
  };
  spec?: any;
  status?: any;
}

export interface ResourceTree {
  /** The Deployment's ReplicaSet of the current revision. */
  replicaSet?: TreeObject;
  pods: TreeObject[];
}

const ownedBy = (uid: string | undefined) => (o: TreeObject) => uid !== undefined && (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid);

const byCreation = (a: TreeObject, b: TreeObject) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name);

/** The ReplicaSet a Deployment is rolling out: the one of its revision, else the newest it owns. */
export function currentReplicaSet(deployment: TreeObject, replicaSets: readonly TreeObject[]): TreeObject | undefined {
  const owned = replicaSets.filter(ownedBy(deployment.metadata.uid));
  const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const ofRevision = revision ? owned.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision) : undefined;
  return ofRevision ?? [...owned].sort(byCreation).at(-1);
}

export function resourceTree(root: TreeObject, replicaSets: readonly TreeObject[], pods: readonly TreeObject[]): ResourceTree {
  const live = pods.filter((p) => !p.metadata.deletionTimestamp).sort(byCreation);
  switch (root.kind) {
    case 'Deployment': {
      // Until the controller has observed the new spec, its newest ReplicaSet is the old revision's: none yet.
      const observed = root.status?.observedGeneration;
      if (root.metadata.generation !== undefined && (observed === undefined || observed < root.metadata.generation)) return { pods: [] };
      const replicaSet = currentReplicaSet(root, replicaSets);
      return { ...(replicaSet ? { replicaSet } : {}), pods: replicaSet ? live.filter(ownedBy(replicaSet.metadata.uid)) : [] };
    }
    case 'StatefulSet': {
      const revision = root.status?.updateRevision;
      const owned = live.filter(ownedBy(root.metadata.uid));
      return { pods: revision ? owned.filter((p) => p.metadata.labels?.['controller-revision-hash'] === revision) : owned };
    }
    case 'DaemonSet': {
      const generation = root.metadata.generation;
      const owned = live.filter(ownedBy(root.metadata.uid));
      const current = owned.filter((p) => p.metadata.labels?.['pod-template-generation'] === String(generation));
      return { pods: generation !== undefined && current.length > 0 ? current : owned };
    }
    case 'Job':
      // Ended pods count for a Job: the failed ones explain a failure.
      return { pods: pods.filter(ownedBy(root.metadata.uid)).sort(byCreation) };
    case 'ReplicaSet':
      return { pods: live.filter(ownedBy(root.metadata.uid)) };
    default:
      return { pods: [] };
  }
}

/** Kinds whose pods are tracked (and so need watches of pods, and of ReplicaSets for Deployments). */
export function hasPods(kind: string): boolean {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'Job' || kind === 'ReplicaSet' || kind === 'Pod';
}

/** How many replicas failures are allowed for (werf: per replica). */
export function replicasOf(root: TreeObject): number {
  switch (root.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return Math.max(1, root.spec?.replicas ?? 1);
    case 'DaemonSet':
      return Math.max(1, root.status?.desiredNumberScheduled ?? 1);
    default:
      return 1;
  }
}

const staticKinds = new Set(['ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'NetworkPolicy', 'PodDisruptionBudget', 'LimitRange', 'ResourceQuota', 'PriorityClass', 'StorageClass', 'IngressClass', 'CronJob', 'HorizontalPodAutoscaler', 'Endpoints', 'EndpointSlice', 'PodTemplate', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);

/** Kinds whose readiness is their existence: nothing to watch once applied (a Service without a load balancer too). */
export function hasNoStatus(object: { kind: string; spec?: unknown }): boolean {
  if (object.kind === 'Service') return (object.spec as { type?: string } | undefined)?.type !== 'LoadBalancer';
  return staticKinds.has(object.kind);
}
