import { writeFile } from 'node:fs/promises';
import { converge } from '../core/converge/converge.js';
import type { EnvironmentFlags } from '../core/converge/environmentInput.js';
import { werfSecretKeyFromEnvironment, type KubeFlags } from './flags.js';
import { maskSecrets } from '../core/werf/werfSecretValues.js';
import { kubeTarget } from './kubeTarget.js';
import { interruptSignal } from './interruptSignal.js';
import { keyValues } from './keyValueFlags.js';
import { repositoryPath, type ChartSource } from '../core/converge/environmentInput.js';
import { cliDeliveryReporting } from './cliReporting.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { ciAnnotations, deployDescription } from '../ci/ciContext.js';
import { readCiContext } from '../ci/readCiContext.js';
import { registryFromEnvironment } from '../ci/registryEnvironment.js';
import { convergeDotenv } from '../ci/dotenvOutputs.js';
import { mergeRequestPreview } from '../ci/gitlab/mergeRequestPreview.js';
import { previewFailures } from '../ci/previewFailures.js';
import type { PreviewCommentInput } from '../ci/previewComment.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);

/** The terminal edge of `slipway converge`: environment → build → render → deploy → printed outcome. */
export async function runConverge(
  flags: EnvironmentFlags & KubeFlags & { helm2StorageNamespace?: string; cleanupHelm2?: boolean; autoRollback?: boolean; waitForLock?: boolean; releaseStorageNamespace?: string; releaseStorageType: 'secret' | 'configmap'; keepFailedInstall?: boolean; addLabel: string[]; addAnnotation: string[]; dotenvPath?: string; reportPath?: string; annotationsPath?: string; codeQualityPath?: string },
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
  let chartSource: ChartSource | undefined;
  const pathOf = (file: string) => repositoryPath(file, chartSource);
  // Decrypted werf secrets never reach the terminal or the CI log (pod logs, errors, diffs).
  let revealed: string[] = [];
  const redact = (text: string) => (revealed.length > 0 ? maskSecrets(text, revealed) : text);
  const write = (text: string) => void process.stdout.write(redact(text));
  const reporting = await cliDeliveryReporting({
    write,
    redact,
    pathOf: () => pathOf,
    ...(flags.annotationsPath !== undefined ? { annotationsPath: flags.annotationsPath } : {}),
    ...(flags.codeQualityPath !== undefined ? { codeQualityPath: flags.codeQualityPath } : {}),
  });
  const { report, emit } = reporting;
  const note = mergeRequestPreview(ci, process.env);
  let images: PreviewCommentInput['images'] = [];
  // The merge request note never fails the deploy: GitLab's refusal is printed as a warning.
  const writeNote = async (status: 'deployed' | 'failed', failures: PreviewCommentInput['failures'] = []) => {
    if (!note) return;
    const warning = await note({
      env: flags.env,
      status,
      ...(outputs ? { release: outputs.release, namespace: outputs.namespace } : {}),
      ...(outputs?.url !== undefined ? { url: outputs.url } : {}),
      ...(outputs?.revision !== undefined ? { revision: outputs.revision } : {}),
      ...(ci.commit ? { commit: ci.commit } : {}),
      ...(ci.runUrl ? { runUrl: ci.runUrl } : {}),
      images,
      failures: failures.map((failure) => ({ ...failure, message: redact(failure.message) })),
    });
    if (warning !== undefined) process.stderr.write(`warning: ${warning}\n`);
  };
  try {
    const { result, url } = await converge(flags, {
      client,
      emit,
      releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
      registry: registryFromEnvironment(process.env),
      werfSecretKey: werfSecretKeyFromEnvironment(process.env),
      migrateHelm2: { tillerNamespace: flags.helm2StorageNamespace ?? 'kube-system', cleanup: flags.cleanupHelm2 ?? false },
      onTarget: ({ input, url: target, chartSource: chart, revealedSecrets, build }) => {
        chartSource = chart;
        images = (build?.images ?? []).flatMap((image) => (image.action === 'built' || image.action === 'reused' ? [{ name: image.name, reference: image.reference, action: image.action }] : []));
        revealed = revealedSecrets ?? [];
        outputs = { release: input.release, namespace: input.namespace, status: 'failed', ...(target !== undefined ? { url: target } : {}) };
      },
      deploySignal: () => (interrupt = interruptSignal()).signal,
      timeoutMs: options.timeoutMs,
      maxHistory: options.maxHistory,
      waitForLock: flags.waitForLock ?? false,
      autoRollback: flags.autoRollback ?? false,
      keepFailedInstall: flags.keepFailedInstall ?? false,
      storageType: flags.releaseStorageType,
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      addLabels,
      addAnnotations,
      description,
    });
    outputs = { release: result.release, namespace: result.namespace, ...(url !== undefined ? { url } : {}), revision: result.revision, status: result.status };
    await reporting.finish({ action: 'converge', envName: flags.env, command: 'slipway converge', ...(url !== undefined ? { url } : {}) });
    const c = result.counts;
    out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
    if (result.notes) write(`\nNOTES:\n${result.notes}\n`);
    if (url !== undefined) out(`environment URL: ${url}`);
    await writeNote(result.status === 'deployed' ? 'deployed' : 'failed');
  } catch (error) {
    await reporting.finish({ action: 'converge', envName: flags.env, command: 'slipway converge', failure: error, ...(outputs?.url ? { url: outputs.url } : {}) });
    await writeNote('failed', previewFailures(report, error));
    // The closing error names the template as the outputs above do, by its path in the repository.
    if (error instanceof SlipwayError && error.where.file) (error.where as { file?: string }).file = pathOf(error.where.file);
    throw error;
  } finally {
    // Written on failure too (status failed), so a CI job's later steps and GitLab's environment see the outcome.
    if (flags.dotenvPath !== undefined && outputs) await writeFile(flags.dotenvPath, convergeDotenv(outputs));
    if (flags.reportPath !== undefined) await writeFile(flags.reportPath, redact(`${JSON.stringify(report, null, 2)}\n`));
    interrupt?.dispose();
    client.close();
  }
}
