import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { booleanInput, choiceInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { actionStep } from './runAction.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { actionInputNames } from '../core/errors/inputNames.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import { ciAnnotations } from '../ci/ciContext.js';
import { readCiContext } from '../ci/readCiContext.js';
import { readTargetInputs } from '../ci/github/targetInputs.js';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';
import { explainShallowCheckout } from '../ci/github/shallowCheckout.js';

/** plan: what a converge would change, per resource, without building or deploying (images must exist). */
export const run = (): Promise<void> => actionStep('plan', planAction);

async function planAction(): Promise<void> {
  const ci = readCiContext();
  const envText = stringInput('env') ?? ci.defaultEnv;
  if (envText === undefined) throw new SlipwayError('input', "input 'env' is required", { where: { input: 'env' }, hint: "add 'env: staging' under 'with:' (on pull_request events it defaults to pr-<number>)" });
  const env = requireDnsLabel(envText, 'environment', { input: 'env' });
  const namespace = stringInput('namespace');
  if (namespace !== undefined) requireDnsLabel(namespace, 'namespace', { input: 'namespace' });
  const release = stringInput('release');
  const storageType = choiceInput('release-storage-type', ['secret', 'configmap'] as const, 'secret');
  const reportPath = stringInput('report-path');
  const dir = workingDirectoryInput();
  const { credentials, kube, registry } = readTargetInputs({ registry: true, kube: true });
  let client: KubeClient | undefined;
  try {
    client = new KubeClient(loadKubeConfig(kube));
    const { environmentInput } = await import('../core/converge/environmentInput.js');
    const { planRelease } = await import('../core/deploy/planRelease.js');
    const { input, url } = await environmentInput(
      { env, ...(namespace ? { namespace } : {}), ...(release ? { release } : {}), dev: booleanInput('dev', false), values: listInput('values', { commas: true }), set: listInput('set'), setString: [], setFile: [], setJson: [], setLiteral: [] },
      { build: false, dir, log: (l) => core.info(l), warn: (m) => core.warning(m), cluster: client, releaseStorage: { type: storageType }, registry, inputNames: actionInputNames },
    ).catch(async (error: unknown) => {
      throw await explainShallowCheckout(error, dir);
    });
    core.setOutput('release', input.release);
    core.setOutput('namespace', input.namespace);
    if (url !== undefined) core.setOutput('environment-url', url);
    const plan = await planRelease(input, { client, timeoutMs: 120_000, storageType, addAnnotations: ciAnnotations(ci), inputNames: actionInputNames });
    core.startGroup(`plan for release ${plan.release} in ${plan.namespace} (${plan.operation})`);
    for (const entry of plan.entries) {
      core.info(`${entry.action.padEnd(9)} ${entry.resource}${entry.source ? `  (${entry.source})` : ''}${entry.reason ? `  — ${entry.reason}` : ''}`);
      for (const line of entry.diff) core.info(`    ${line}`);
    }
    core.endGroup();
    const counts = new Map<string, number>();
    for (const entry of plan.entries) counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    core.info(`${[...counts].map(([action, n]) => `${n} ${action}`).join(', ') || 'nothing to deploy'}${plan.hasChanges ? '' : ' — no changes'}`);
    core.setOutput('has-changes', String(plan.hasChanges));
    core.setOutput('status', plan.hasChanges ? 'changes' : 'no-changes');
    if (reportPath !== undefined) {
      await writeFile(reportPath, `${JSON.stringify(plan, null, 2)}\n`);
      core.setOutput('report-path', reportPath);
    }
  } finally {
    client?.close();
    removeStepCredentials(credentials.dir);
  }
}
