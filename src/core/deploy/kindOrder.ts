/** Helm's install and uninstall order of kinds (pkg/release/v1/util/kind_sorter.go); unknown kinds last, alphabetically. */
export const installOrder = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
  'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role',
  'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet',
  'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
] as const;

export const uninstallOrder = [
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'Ingress', 'IngressClass', 'Service',
  'CronJob', 'Job', 'StatefulSet', 'HorizontalPodAutoscaler', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Pod',
  'DaemonSet', 'RoleBindingList', 'RoleBinding', 'RoleList', 'Role', 'ClusterRoleBindingList', 'ClusterRoleBinding',
  'ClusterRoleList', 'ClusterRole', 'CustomResourceDefinition', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass',
  'ConfigMap', 'SecretList', 'Secret', 'ServiceAccount', 'PodDisruptionBudget', 'PodSecurityPolicy', 'LimitRange',
  'ResourceQuota', 'NetworkPolicy', 'Namespace', 'PriorityClass',
] as const;

/** Helm's lessByKind as a comparator: known kinds by rank, unknown after them alphabetically, ties 0 (stable sort keeps input order). */
export function compareKinds(order: readonly string[], a: string, b: string): number {
  const ra = order.indexOf(a);
  const rb = order.indexOf(b);
  if (ra < 0 && rb < 0) return a === b ? 0 : a < b ? -1 : 1;
  if (ra < 0) return 1;
  if (rb < 0) return -1;
  return ra - rb;
}

export function sortByKind<T>(items: readonly T[], kindOf: (item: T) => string, order: readonly string[] = installOrder): T[] {
  // Each kind's rank is looked up once, not twice per comparison: a large chart sorts thousands of documents.
  const ranked = items.map((item) => {
    const kind = kindOf(item);
    return { item, kind, rank: order.indexOf(kind) };
  });
  ranked.sort((x, y) => {
    if (x.rank < 0 && y.rank < 0) return x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1;
    if (x.rank < 0) return 1;
    if (y.rank < 0) return -1;
    return x.rank - y.rank;
  });
  return ranked.map((r) => r.item);
}
