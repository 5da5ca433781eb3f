import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import type { KubeFlags } from './flags.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
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

/** SIGINT/SIGTERM as an abort signal, so a stopped deploy records its revision failed instead of leaving it pending. */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => controller.abort(new Error(`interrupted by ${name}`));
    process.once(name, handler);
    return [name, handler] as const;
  });
  return { signal: controller.signal, dispose: () => handlers.forEach(([name, handler]) => process.removeListener(name, handler)) };
}

/** `key=value` flags (--add-label, --add-annotation) as a map; the flag is named in the error. */
export function keyValues(pairs: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new SlipwayError('input', `${flag} ${pair}: expected key=value`, { where: { input: flag }, hint: `e.g. ${flag} team=payments` });
    }
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
