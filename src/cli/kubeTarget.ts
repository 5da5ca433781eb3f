import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import type { KubeFlags } from './flags.js';
import { gitlabJobKubeContext } from '../ci/gitlab/agentKubeContext.js';

/**
 * The cluster and namespace a command works on: --kubeconfig / $KUBECONFIG / ~/.kube/config / in-cluster,
 * or a whole kubeconfig in $SLIPWAY_KUBECONFIG_BASE64 (a CI secret); --kube-context, else in GitLab CI the agent
 * context ($KUBE_CONTEXT or the only one); the namespace from
 * --namespace, else the context's, else "default" (as kubectl and Helm choose it).
 */
export function kubeTarget(flags: KubeFlags): { client: KubeClient; namespace: string } {
  // In GitLab CI, $KUBECONFIG holds the agents' contexts: $KUBE_CONTEXT, or the only one (src/ci/gitlab/agentKubeContext.ts).
  const fromKubeconfigVariable = flags.kubeconfig === undefined && !process.env.SLIPWAY_KUBECONFIG_BASE64;
  const context = flags.kubeContext ?? (fromKubeconfigVariable ? gitlabJobKubeContext(process.env) : undefined);
  const config = loadKubeConfig({
    ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
    ...(context !== undefined ? { context } : {}),
    ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
  });
  const client = new KubeClient(config);
  return { client, namespace: flags.namespace ?? client.defaultNamespace ?? 'default' };
}
