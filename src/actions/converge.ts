import * as core from '@actions/core';
import { booleanInput, choiceInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import { eventEmitter, resourceLabel, type DeliveryEvent } from '../core/events/deliveryEvents.js';
import { emptyReport, foldEvent } from '../report/deliveryReport.js';

/** Plain log lines for the runner's log; annotations, groups and the summary come from the report. */
function logEvent(event: DeliveryEvent): void {
  if (event.type === 'warning') core.warning(event.message);
  else if (event.type === 'step') core.info(event.message);
  else if (event.type === 'change' && event.action !== 'unchanged') core.info(`  ${event.action} ${resourceLabel(event.resource)}`);
  else if (event.type === 'hook') core.info(`  hook ${event.hookEvent} ${resourceLabel(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`);
  else if (event.type === 'status' && !event.parent && event.status.state !== 'progressing') core.info(`  ${event.status.state} ${resourceLabel(event.resource)} ${event.status.message}`);
  else if (event.type === 'log') core.info(`  ${event.pod}/${event.container} | ${event.line}`);
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
  const { converge } = await import('../core/converge/converge.js');
  const client = new KubeClient(loadKubeConfig({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
  const report = emptyReport(Date.now());
  const emit = eventEmitter((event) => {
    foldEvent(report, event);
    logEvent(event);
  });
  try {
    const { result } = await converge(flags, {
      client,
      emit,
      dir: workingDirectoryInput(),
      releaseStorage: { type: storageType },
      timeoutMs,
      timeoutInput: 'timeout',
      autoRollback,
      storageType,
      description: `slipway converge action, GitHub run ${process.env.GITHUB_RUN_ID ?? '?'} (${process.env.GITHUB_REPOSITORY ?? ''})`,
      onTarget: ({ release: r, namespace: n, images }) => {
        core.setOutput('release', r);
        core.setOutput('namespace', n);
        core.setOutput('images', JSON.stringify(images));
      },
    });
    core.setOutput('revision', String(result.revision));
    core.setOutput('status', result.status);
    core.info(`release ${result.release} revision ${result.revision} ${result.status}`);
  } catch (error) {
    core.setOutput('status', 'failed');
    core.setOutput('failed-resources', JSON.stringify(report.failures.filter((f) => f.fatal).map((f) => resourceLabel(f.resource))));
    throw error;
  } finally {
    client.close();
  }
}
