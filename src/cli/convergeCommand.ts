import { deploy } from '../core/deploy/deploy.js';
import { environmentInput, type EnvironmentFlags } from '../core/converge/environmentInput.js';
import type { KubeFlags } from './flags.js';
import { interruptSignal, keyValues, kubeTarget } from './kubeTarget.js';
import { printDeployEvent } from './deployEventPrinter.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);

/** The terminal edge of `slipway converge`: environment → build → render → deploy → printed outcome. */
export async function runConverge(
  flags: EnvironmentFlags & KubeFlags & { autoRollback?: boolean; waitForLock?: boolean; releaseStorageNamespace?: string; releaseStorageType: 'secret' | 'configmap'; keepFailedInstall?: boolean; addLabel: string[]; addAnnotation: string[] },
  options: { timeoutMs: number; maxHistory: number },
): Promise<void> {
  const addLabels = keyValues(flags.addLabel, '--add-label');
  const addAnnotations = keyValues(flags.addAnnotation, '--add-annotation');
  const { client } = kubeTarget(flags);
  // Signals are taken over only for the deploy: during builds Ctrl-C stops the process as usual.
  let interrupt: ReturnType<typeof interruptSignal> | undefined;
  const started = Date.now();
  try {
    // Connected before rendering: charts see the cluster's version and API versions in .Capabilities.
    const { input } = await environmentInput(flags, { build: true, log: out, warn: (m) => void process.stderr.write(`warning: ${m}\n`), cluster: client,
      releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
    });
    interrupt = interruptSignal();
    out(`deploying release ${input.release} into namespace ${input.namespace} (context ${client.contextName})`);
    const result = await deploy(input, {
      client,
      timeoutMs: options.timeoutMs,
      maxHistory: options.maxHistory,
      waitForLock: flags.waitForLock ?? false,
      autoRollback: flags.autoRollback ?? false,
      keepFailedInstall: flags.keepFailedInstall ?? false,
      storageType: flags.releaseStorageType,
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      addLabels,
      addAnnotations,
      signal: interrupt.signal,
      emit: printDeployEvent,
      description: `slipway converge --env ${flags.env}${process.env.GITHUB_RUN_ID ? ` (GitHub run ${process.env.GITHUB_RUN_ID})` : process.env.CI_JOB_ID ? ` (GitLab job ${process.env.CI_JOB_ID})` : ''}`,
    });
    const c = result.counts;
    out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
    if (result.notes) out(`\nNOTES:\n${result.notes}`);
  } finally {
    interrupt?.dispose();
    client.close();
  }
}
