import * as core from '@actions/core';
import { booleanInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';

export async function dismissAction(): Promise<void> {
  const env = stringInput('env');
  const release = stringInput('release');
  if (env === undefined && release === undefined) {
    throw new SlipwayError('input', "either input 'env' or input 'release' is required", {
      where: { input: 'env' },
      hint: "set 'env: pr-${{ github.event.number }}' (or 'release:') under 'with:'",
    });
  }
  if (env !== undefined) requireDnsLabel(env, 'environment', { input: 'env' });
  const namespaceInput = stringInput('namespace');
  if (namespaceInput !== undefined) requireDnsLabel(namespaceInput, 'namespace', { input: 'namespace' });
  const withNamespace = booleanInput('with-namespace', false);
  const kubeconfig = stringInput('kubeconfig');
  if (kubeconfig) core.setSecret(kubeconfig);
  const kubeContext = stringInput('kube-context');
  const client = new KubeClient(loadKubeConfig({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
  try {
    const { environmentNames } = await import('../core/deploy/environmentNames.js');
    const { dismiss } = await import('../core/deploy/dismiss.js');
    const names = await environmentNames({ ...(env ? { env } : {}), ...(release ? { release } : {}), ...(namespaceInput ? { namespace: namespaceInput } : {}) }, client.defaultNamespace ?? 'default', workingDirectoryInput());
    core.setOutput('release', names.release);
    core.setOutput('namespace', names.namespace);
    const result = await dismiss(names.release, names.namespace, { client, timeoutMs: 600_000, withNamespace, emit: (e) => (e.type === 'warning' ? core.warning(e.message) : e.type === 'step' ? core.info(e.message) : undefined) });
    core.info(result.found ? `release ${result.release} uninstalled: ${result.deleted} resources deleted` : `release ${result.release} not found: nothing to uninstall`);
    if (result.namespaceDeleted) core.info(`namespace ${result.namespace} deleted`);
  } finally {
    client.close();
  }
}
