import * as core from '@actions/core';
import { booleanInput, choiceInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import type { DeployEvent } from '../core/deploy/deployEvents.js';

/** Logs engine events as plain lines; the reporting issue replaces this with groups, tables and a summary. */
export function logEvent(event: DeployEvent): void {
  if (event.type === 'warning') core.warning(event.message);
  else if (event.type === 'step') core.info(event.message);
  else if (event.type === 'change') core.info(`  ${event.action} ${event.resource}`);
  else if (event.type === 'hook') core.info(`  hook ${event.event} ${event.resource}: ${event.phase}${event.message ? ` — ${event.message}` : ''}`);
  else if (event.type === 'ready' && event.state !== 'progressing') core.info(`  ${event.state} ${event.resource}`);
}

export async function convergeAction(): Promise<void> {
  const env = requireDnsLabel(stringInput('env', { required: true })!, 'environment', { input: 'env' });
  const namespace = stringInput('namespace');
  if (namespace !== undefined) requireDnsLabel(namespace, 'namespace', { input: 'namespace' });
  const timeoutMs = parseDuration(stringInput('timeout') ?? '5m', { input: 'timeout' });
  const storageType = choiceInput('release-storage-type', ['secret', 'configmap'] as const, 'secret');
  const skipBuild = booleanInput('skip-build', false);
  const autoRollback = booleanInput('auto-rollback', false);
  const dev = booleanInput('dev', false);
  const kubeconfig = stringInput('kubeconfig');
  if (kubeconfig) core.setSecret(kubeconfig);
  const kubeContext = stringInput('kube-context');
  const release = stringInput('release');
  const repo = stringInput('repo');
  const flags = {
    env,
    ...(namespace ? { namespace } : {}),
    ...(release ? { release } : {}),
    ...(repo ? { repo } : {}),
    dev,
    skipBuild,
    values: listInput('values', { commas: true }),
    set: listInput('set'),
    setString: [],
    setFile: [],
    setJson: [],
    setLiteral: [],
  };
  const { environmentInput } = await import('../core/converge/environmentInput.js');
  const { deploy } = await import('../core/deploy/deploy.js');
  const client = new KubeClient(loadKubeConfig({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
  try {
    const { input, images } = await environmentInput(flags, { build: true, dir: workingDirectoryInput(), log: (l) => core.info(l), warn: (m) => core.warning(m), cluster: client, releaseStorage: { type: storageType } });
    core.setOutput('release', input.release);
    core.setOutput('namespace', input.namespace);
    core.setOutput('images', JSON.stringify(images));
    const result = await deploy(input, {
      client,
      timeoutMs,
      autoRollback,
      storageType,
      emit: logEvent,
      description: `slipway converge action, GitHub run ${process.env.GITHUB_RUN_ID ?? '?'} (${process.env.GITHUB_REPOSITORY ?? ''})`,
    });
    core.setOutput('revision', String(result.revision));
    core.setOutput('status', result.status);
    core.info(`release ${result.release} revision ${result.revision} ${result.status}`);
  } catch (error) {
    core.setOutput('status', 'failed');
    throw error;
  } finally {
    client.close();
  }
}
