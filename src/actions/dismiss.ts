import * as core from '@actions/core';
import { booleanInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { actionStep } from './runAction.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { actionInputNames } from '../core/errors/inputNames.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import { readCiContext } from '../ci/readCiContext.js';
import { readTargetInputs } from '../ci/github/targetInputs.js';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';
import { previewFromInputs } from '../ci/github/previewSetup.js';

/**
 * dismiss: removes an environment. With `release` (and `namespace`) it needs no checkout, so a
 * workflow on a closed pull request never runs code from the pull request; with only `env` it reads
 * slipway.yaml's naming templates from the checkout.
 */
export const run = (): Promise<void> => actionStep('dismiss', dismissAction);

async function dismissAction(): Promise<void> {
  const ci = readCiContext();
  const env = stringInput('env') ?? ci.defaultEnv;
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
  const timeoutMs = parseDuration(stringInput('timeout') ?? '10m', { input: 'timeout' });
  const dir = workingDirectoryInput();
  const { credentials, kube } = readTargetInputs({ registry: false, kube: true });
  const preview = env !== undefined ? previewFromInputs(ci, env, dir) : undefined;
  let client: KubeClient | undefined;
  try {
    client = new KubeClient(loadKubeConfig(kube));
    const { environmentNames } = await import('../core/deploy/environmentNames.js');
    const { dismiss } = await import('../core/deploy/dismiss.js');
    // A given release needs no slipway.yaml: no checkout.
    const names = await environmentNames(
      { ...(release ? { release } : env ? { env } : {}), ...(namespaceInput ? { namespace: namespaceInput } : {}) },
      client.defaultNamespace ?? 'default',
      dir,
    );
    core.setOutput('release', names.release);
    core.setOutput('namespace', names.namespace);
    const result = await dismiss(names.release, names.namespace, { client, timeoutMs, withNamespace, inputNames: actionInputNames, emit: (e) => (e.type === 'warning' ? core.warning(e.message) : e.type === 'step' ? core.info(e.message) : undefined) });
    core.info(result.found ? `release ${result.release} uninstalled: ${result.deleted} resources deleted` : `release ${result.release} not found: nothing to uninstall`);
    if (result.namespaceDeleted) core.info(`namespace ${result.namespace} deleted`);
    core.setOutput('status', result.found ? 'uninstalled' : 'not-found');
    if (preview && env !== undefined) {
      const marked = await preview.dismissed({ env, status: 'dismissed', release: names.release, namespace: names.namespace, ...(ci.runUrl ? { runUrl: ci.runUrl } : {}), images: [], failures: [] });
      core.info(`GitHub deployments of ${env} marked inactive: ${marked}`);
    }
  } finally {
    client?.close();
    removeStepCredentials(credentials.dir);
  }
}
