import { writeFile } from 'node:fs/promises';
import { deploy } from '../core/deploy/deploy.js';
import { environmentInput, type EnvironmentFlags } from '../core/converge/environmentInput.js';
import type { KubeFlags } from './flags.js';
import { interruptSignal, keyValues, kubeTarget } from './kubeTarget.js';
import { printDeployEvent } from './deployEventPrinter.js';
import { ciAnnotations, deployDescription } from '../ci/ciContext.js';
import { readCiContext } from '../ci/readCiContext.js';
import { registryFromEnvironment } from '../ci/registryEnvironment.js';
import { convergeDotenv } from '../ci/dotenvOutputs.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);

/** The terminal edge of `slipway converge`: environment → build → render → deploy → printed outcome. */
export async function runConverge(
  flags: EnvironmentFlags & KubeFlags & { autoRollback?: boolean; waitForLock?: boolean; releaseStorageNamespace?: string; releaseStorageType: 'secret' | 'configmap'; keepFailedInstall?: boolean; addLabel: string[]; addAnnotation: string[]; dotenvPath?: string },
  options: { timeoutMs: number; maxHistory: number },
): Promise<void> {
  const addLabels = keyValues(flags.addLabel, '--add-label');
  const ci = readCiContext();
  // The run's CI annotations first: an --add-annotation of the same key wins.
  const addAnnotations = { ...ciAnnotations(ci), ...keyValues(flags.addAnnotation, '--add-annotation') };
  const description = deployDescription(`slipway converge --env ${flags.env}`, ci);
  const { client } = kubeTarget(flags);
  let outputs: { release: string; namespace: string; revision?: number; status: string; url?: string } | undefined;
  // Signals are taken over only for the deploy: during builds Ctrl-C stops the process as usual.
  let interrupt: ReturnType<typeof interruptSignal> | undefined;
  const started = Date.now();
  try {
    // Connected before rendering: charts see the cluster's version and API versions in .Capabilities.
    const { input, url } = await environmentInput(flags, { build: true, log: out, warn: (m) => void process.stderr.write(`warning: ${m}\n`), cluster: client,
      releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
      registry: registryFromEnvironment(process.env),
    });
    outputs = { release: input.release, namespace: input.namespace, status: 'failed', ...(url !== undefined ? { url } : {}) };
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
      description,
    });
    outputs = { ...outputs, revision: result.revision, status: result.status };
    const c = result.counts;
    out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
    if (result.notes) out(`\nNOTES:\n${result.notes}`);
    if (url !== undefined) out(`environment URL: ${url}`);
  } finally {
    // Written on failure too (status failed), so a CI job's later steps and GitLab's environment see the outcome.
    if (flags.dotenvPath !== undefined && outputs) await writeFile(flags.dotenvPath, convergeDotenv(outputs));
    interrupt?.dispose();
    client.close();
  }
}
