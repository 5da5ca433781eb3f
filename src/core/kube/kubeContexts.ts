import type { InputNames } from '../errors/inputNames.js';
import { KubeClient } from './kubeClient.js';
import { loadKubeConfig, type KubeConnectionOptions } from './kubeConnection.js';

/**
 * One client per kube context: the named ones, or every context of the kubeconfig when none is named (what
 * werf's cleanup reads). Clients give up on an unreachable apiserver after `retryForMs`.
 */
export function kubeClientsForContexts(
  connection: Omit<KubeConnectionOptions, 'context'>,
  contexts: readonly string[],
  options: { retryForMs?: number; inputNames?: InputNames } = {},
  env: NodeJS.ProcessEnv = process.env,
): { context: string; client: KubeClient }[] {
  const withNames = { ...connection, ...(options.inputNames ? { inputNames: options.inputNames } : {}) };
  const names = contexts.length > 0 ? [...new Set(contexts)] : loadKubeConfig(withNames, env).getContexts().map((context) => context.name);
  return names.map((context) => ({ context, client: new KubeClient(loadKubeConfig({ ...withNames, context }, env), { retryForMs: options.retryForMs ?? 10_000 }) }));
}
