import { writeFileSync } from 'node:fs';
import { converge } from '../core/converge/converge.js';
import type { EnvironmentFlags } from '../core/converge/environmentInput.js';
import { eventEmitter, type DeliveryEvent } from '../core/events/deliveryEvents.js';
import { emptyReport, foldEvent } from '../report/deliveryReport.js';
import type { KubeFlags } from './flags.js';
import { interruptSignal, keyValues, kubeTarget } from './kubeTarget.js';
import { printDeployEvent } from './deployEventPrinter.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);

/** The terminal edge of `slipway converge`: environment → build → render → deploy → track, printed as it goes. */
export async function runConverge(
  flags: EnvironmentFlags & KubeFlags & { autoRollback?: boolean; waitForLock?: boolean; releaseStorageNamespace?: string; releaseStorageType: 'secret' | 'configmap'; keepFailedInstall?: boolean; addLabel: string[]; addAnnotation: string[]; reportPath?: string },
  options: { timeoutMs: number; maxHistory: number },
): Promise<void> {
  const addLabels = keyValues(flags.addLabel, '--add-label');
  const addAnnotations = keyValues(flags.addAnnotation, '--add-annotation');
  const { client } = kubeTarget(flags);
  // Signals are taken over only for the deploy: during builds Ctrl-C stops the process as usual.
  let interrupt: ReturnType<typeof interruptSignal> | undefined;
  const started = Date.now();
  const report = emptyReport(started);
  const emit = eventEmitter((event: DeliveryEvent) => {
    foldEvent(report, event);
    printDeployEvent(event);
  });
  try {
    const { result } = await converge(flags, {
      client,
      emit,
      timeoutMs: options.timeoutMs,
      maxHistory: options.maxHistory,
      waitForLock: flags.waitForLock ?? false,
      autoRollback: flags.autoRollback ?? false,
      keepFailedInstall: flags.keepFailedInstall ?? false,
      storageType: flags.releaseStorageType,
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
      addLabels,
      addAnnotations,
      deploySignal: () => (interrupt = interruptSignal()).signal,
      description: `slipway converge --env ${flags.env}${process.env.GITHUB_RUN_ID ? ` (GitHub run ${process.env.GITHUB_RUN_ID})` : process.env.CI_JOB_ID ? ` (GitLab job ${process.env.CI_JOB_ID})` : ''}`,
    });
    const c = result.counts;
    out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
    if (result.notes) out(`\nNOTES:\n${result.notes}`);
  } finally {
    interrupt?.dispose();
    client.close();
    if (flags.reportPath) writeFileSync(flags.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  }
}
