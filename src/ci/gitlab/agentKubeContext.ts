import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import type { Environment } from '../ciContext.js';

/** The context names of a kubeconfig and its current context, as far as choosing one needs them. */
export interface KubeconfigContexts {
  contexts: string[];
  current?: string;
}

/**
 * A GitLab agent for Kubernetes context: GitLab writes one per agent the project may use into the job's
 * $KUBECONFIG, named `<agent configuration project path>:<agent name>`, and sets no current context.
 */
export function isAgentContext(name: string): boolean {
  return /^[^:\s/]+(\/[^:\s/]+)+:[^:\s/]+$/.test(name);
}

/**
 * The kube context a GitLab job deploys with when no --kube-context / kube-context input is given. Pure.
 * - $KUBE_CONTEXT (the variable Auto DevOps reads) when set; it must be a context of the kubeconfig;
 * - else none when the kubeconfig has a current context (it is used);
 * - else the agent context when there is exactly one; several: an error listing them.
 */
export function agentKubeContext(env: Environment, kubeconfig: KubeconfigContexts | undefined): string | undefined {
  const chosen = env.KUBE_CONTEXT || undefined;
  if (chosen !== undefined) {
    if (kubeconfig !== undefined && !kubeconfig.contexts.includes(chosen)) {
      throw new SlipwayError('kube', `KUBE_CONTEXT "${chosen}" is not a context of $KUBECONFIG (it has ${listed(kubeconfig.contexts)})`, {
        where: { input: 'KUBE_CONTEXT' },
        hint: 'set KUBE_CONTEXT to `<agent configuration project path>:<agent name>` of an agent shared with this project (Operate → Kubernetes clusters)',
      });
    }
    return chosen;
  }
  if (kubeconfig === undefined || kubeconfig.current) return undefined;
  const agents = kubeconfig.contexts.filter(isAgentContext);
  if (agents.length === 1) return agents[0];
  if (agents.length > 1) {
    throw new SlipwayError('kube', `$KUBECONFIG has ${agents.length} GitLab agent contexts and no current one: ${listed(agents)}`, {
      where: { input: 'KUBE_CONTEXT' },
      hint: `choose one: set the CI/CD variable KUBE_CONTEXT (or the template's kube-context input) to e.g. ${agents[0]}`,
    });
  }
  return undefined;
}

function listed(names: readonly string[]): string {
  return names.length === 0 ? 'no contexts' : names.join(', ');
}

/** The contexts of the kubeconfig files in $KUBECONFIG (the first file's current-context wins, as kubectl merges them). */
export function readKubeconfigContexts(env: Environment): KubeconfigContexts | undefined {
  const paths = (env.KUBECONFIG ?? '').split(':').filter((path) => path !== '' && existsSync(path));
  if (paths.length === 0) return undefined;
  const found: KubeconfigContexts = { contexts: [] };
  for (const path of paths) {
    let document: { contexts?: { name?: unknown }[]; 'current-context'?: unknown } | null;
    try {
      document = parse(readFileSync(path, 'utf8')) as typeof document;
    } catch {
      // Not ours to judge: the kubeconfig loader reports a broken file with its own error.
      return undefined;
    }
    for (const context of document?.contexts ?? []) if (typeof context?.name === 'string' && !found.contexts.includes(context.name)) found.contexts.push(context.name);
    const current = document?.['current-context'];
    if (found.current === undefined && typeof current === 'string' && current !== '') found.current = current;
  }
  return found;
}

/** The kube context for this job in GitLab CI (undefined elsewhere, or when the kubeconfig decides). */
export function gitlabJobKubeContext(env: Environment): string | undefined {
  if (env.GITLAB_CI !== 'true') return undefined;
  return agentKubeContext(env, readKubeconfigContexts(env));
}
