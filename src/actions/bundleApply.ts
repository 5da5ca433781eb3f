import * as core from '@actions/core';
import { actionStep } from './runAction.js';
import { booleanInput, choiceInput, listInput, stringInput } from '../ci/github/actionInputs.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import { SecretValue } from '../core/secretValue.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import { keyValueInput } from './bundlePublish.js';
import { deliveryReporting } from '../ci/deliveryReporting.js';
import { readCiContext } from '../ci/readCiContext.js';
import { ReportedFailure } from './reportedFailure.js';

/** GitHub edge of bundle-apply: pull and verify the bundle, render it, and deploy it as converge does (no checkout needed). */
export async function bundleApplyAction(): Promise<void> {
  const repo = stringInput('repo', { required: true })!;
  const release = stringInput('release', { required: true })!;
  const namespaceInput = stringInput('namespace');
  if (namespaceInput !== undefined) requireDnsLabel(namespaceInput, 'namespace', { input: 'namespace' });
  const timeoutMs = parseDuration(stringInput('timeout') ?? '5m', { input: 'timeout' });
  const storageType = choiceInput('release-storage-type', ['secret', 'configmap'] as const, 'secret');
  const digest = stringInput('digest');
  const kubeconfig = stringInput('kubeconfig');
  if (kubeconfig) core.setSecret(kubeconfig);
  const kubeContext = stringInput('kube-context');
  const username = stringInput('registry-username');
  const passwordText = core.getInput('registry-password');
  if (passwordText !== '') core.setSecret(passwordText);
  const { mergeValueOptions } = await import('../core/chart/values/valueOptions.js');
  const { readFileSync } = await import('node:fs');
  const values = mergeValueOptions({ valueFiles: listInput('values', { commas: true }), values: listInput('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] }, (path) => readFileSync(path, 'utf8'));
  const { openBundleRepository } = await import('../core/bundle/bundleRepository.js');
  const { pullBundle } = await import('../core/bundle/bundleArtifact.js');
  const { bundleDeployInput } = await import('../core/bundle/bundleRelease.js');
  const { deploy } = await import('../core/deploy/deploy.js');
  const store = await openBundleRepository(repo, { ...(username !== undefined ? { username } : {}), ...(passwordText !== '' ? { password: new SecretValue(passwordText) } : {}) }, { input: 'repo' });
  const bundle = await pullBundle(store, stringInput('tag') ?? 'latest', { input: 'tag', ...(digest !== undefined ? { expectedDigest: digest } : {}) });
  core.setOutput('tag', bundle.tag);
  core.setOutput('digest', bundle.digest);
  const client = new KubeClient(loadKubeConfig({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
  // Tracked and reported as converge is: GitHub groups, annotations and the job summary from one report.
  const reporting = await deliveryReporting({ ci: { ...readCiContext(), provider: 'github' }, env: process.env, write: (text) => void process.stdout.write(text), isTTY: false, pathOf: () => (file) => file });
  let failure: unknown;
  try {
    const namespace = namespaceInput ?? client.defaultNamespace ?? 'default';
    const prepared = await bundleDeployInput(bundle, `${store.name}:${bundle.tag}`, { release, namespace, values, cluster: client, releaseStorage: { type: storageType }, warn: (m) => core.warning(m) });
    core.setOutput('release', release);
    core.setOutput('namespace', namespace);
    const result = await deploy(prepared.input, {
      client,
      timeoutMs,
      autoRollback: booleanInput('auto-rollback', false),
      storageType,
      addLabels: { ...prepared.addLabels, ...keyValueInput('add-labels') },
      addAnnotations: { ...prepared.addAnnotations, ...keyValueInput('add-annotations') },
      emit: reporting.emit,
      description: `slipway bundle-apply action ${store.name}:${bundle.tag}, GitHub run ${process.env.GITHUB_RUN_ID ?? '?'} (${process.env.GITHUB_REPOSITORY ?? ''})`,
    });
    core.setOutput('revision', String(result.revision));
    core.setOutput('status', result.status);
    core.info(`release ${result.release} revision ${result.revision} ${result.status}`);
  } catch (error) {
    failure = error;
    core.setOutput('status', 'failed');
    throw new ReportedFailure(error);
  } finally {
    await reporting.finish({ action: 'bundle-apply', command: 'slipway bundle-apply', ...(failure !== undefined ? { failure } : {}) });
    client.close();
  }
}

/** bundle-apply: inputs → pull and verify the bundle → deploy and track it → outputs. */
export const run = (): Promise<void> => actionStep('bundle-apply', bundleApplyAction);
