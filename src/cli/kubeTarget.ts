import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import type { KubeFlags } from './flags.js';

/**
 * The cluster and namespace a command works on: --kubeconfig / $KUBECONFIG / ~/.kube/config / in-cluster,
 * or a whole kubeconfig in $SLIPWAY_KUBECONFIG_BASE64 (a CI secret); --kube-context; the namespace from
 * --namespace, else the context's, else "default" (as kubectl and Helm choose it).
 */
export function kubeTarget(flags: KubeFlags): { client: KubeClient; namespace: string } {
  const config = loadKubeConfig({
    ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
    ...(flags.kubeContext !== undefined ? { context: flags.kubeContext } : {}),
    ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
  });
  const client = new KubeClient(config);
  return { client, namespace: flags.namespace ?? client.defaultNamespace ?? 'default' };
}
