import { werfSecretKeyFromEnvironment } from '../ci/werfSecretKeyEnvironment.js';
import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { booleanInput, choiceInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { actionStep } from './runAction.js';
import { parseDuration } from '../core/duration.js';
import { requireDnsLabel } from '../core/names.js';
import { KubeClient } from '../core/kube/kubeClient.js';
import { loadKubeConfig } from '../core/kube/kubeConnection.js';
import { actionInputNames } from '../core/errors/inputNames.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { eventEmitter, resourceLabel } from '../core/events/deliveryEvents.js';
import { githubPrinter } from '../report/github/githubPrinter.js';
import { reportedError } from '../report/reportedError.js';
import { repositoryPath, type ChartSource } from '../core/converge/environmentInput.js';
import { writeCiReports } from '../ci/deliveryOutputs.js';
import { ReportedFailure } from './reportedFailure.js';
import { emptyReport, foldEvent, orderedFailures } from '../report/deliveryReport.js';
import { ciAnnotations, deployDescription } from '../ci/ciContext.js';
import { readCiContext } from '../ci/readCiContext.js';
import { readTargetInputs } from '../ci/github/targetInputs.js';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';
import { previewFromInputs } from '../ci/github/previewSetup.js';
import type { PreviewCommentInput } from '../ci/previewComment.js';
import { previewFailures } from '../ci/previewFailures.js';
import { explainShallowCheckout } from '../ci/github/shallowCheckout.js';
import type { EnvironmentInput } from '../core/converge/environmentInput.js';
import { relative, resolve } from 'node:path';


/** converge: inputs → credentials → environment (images, render) → deploy (or plan, with dry-run) → outputs, preview. */
export const run = (): Promise<void> => actionStep('converge', converge);

async function converge(): Promise<void> {
  const ci = readCiContext();
  const envText = stringInput('env') ?? ci.defaultEnv;
  if (envText === undefined) {
    throw new SlipwayError('input', "input 'env' is required", { where: { input: 'env' }, hint: "add 'env: staging' under 'with:' (on pull_request events it defaults to pr-<number>)" });
  }
  const env = requireDnsLabel(envText, 'environment', { input: 'env' });
  const namespace = stringInput('namespace');
  if (namespace !== undefined) requireDnsLabel(namespace, 'namespace', { input: 'namespace' });
  const timeoutMs = parseDuration(stringInput('timeout') ?? '5m', { input: 'timeout' });
  const storageType = choiceInput('release-storage-type', ['secret', 'configmap'] as const, 'secret');
  const skipBuild = booleanInput('skip-build', false);
  const autoRollback = booleanInput('auto-rollback', false);
  const dryRun = booleanInput('dry-run', false);
  const dev = booleanInput('dev', false);
  const release = stringInput('release');
  const reportPath = stringInput('report-path');
  const dir = workingDirectoryInput();
  const { credentials, kube, registry } = readTargetInputs({ registry: true, kube: true });
  const flags = {
    env,
    ...(namespace ? { namespace } : {}),
    ...(release ? { release } : {}),
    dev,
    skipBuild,
    values: listInput('values', { commas: true }),
    set: listInput('set'),
    setString: [],
    setFile: [],
    setJson: [],
    setLiteral: [],
  };
  const outputs: { release?: string; namespace?: string; revision?: number; status: string; url?: string; images: Record<string, string> } = { status: 'failed', images: {} };
  const preview = dryRun ? undefined : previewFromInputs(ci, env, dir);
  const comment = (status: PreviewCommentInput['status'], failures: PreviewCommentInput['failures'] = [], images: PreviewCommentInput['images'] = []): PreviewCommentInput => ({
    env,
    status,
    ...(outputs.url ? { url: outputs.url } : {}),
    ...(outputs.release ? { release: outputs.release } : {}),
    ...(outputs.namespace ? { namespace: outputs.namespace } : {}),
    ...(outputs.revision !== undefined ? { revision: outputs.revision } : {}),
    ...(ci.commit ? { commit: ci.commit } : {}),
    ...(ci.runUrl ? { runUrl: ci.runUrl } : {}),
    images,
    failures,
  });
  let images: PreviewCommentInput['images'] = [];
  let client: KubeClient | undefined;
  const report = emptyReport(Date.now());
  let chartSource: ChartSource | undefined;
  // Annotations and the summary name files from the repository root (GITHUB_WORKSPACE), where GitHub looks.
  const workspace = process.env.GITHUB_WORKSPACE;
  const pathOf = (file: string) => {
    const inProject = repositoryPath(file, chartSource);
    // A checkout into a subdirectory of the workspace (actions/checkout `path:`) moves the repository root.
    if (inProject === file || !workspace || !chartSource?.root) return inProject;
    const fromWorkspace = relative(workspace, resolve(chartSource.root, inProject)).split('\\').join('/');
    return fromWorkspace.startsWith('..') ? inProject : fromWorkspace;
  };
  const write = (text: string) => void process.stdout.write(text);
  const printer = githubPrinter({ write, pathOf });
  const emit = eventEmitter((event) => {
    foldEvent(report, event);
    printer.onEvent(event, report);
  });
  let failure: unknown;
  try {
    await preview?.started(comment('deploying'));
    client = new KubeClient(loadKubeConfig(kube));
    const onTarget = (prepared: EnvironmentInput) => {
      const { input } = prepared;
      // Decrypted werf secrets are masked in the job log like any other secret.
      for (const secret of prepared.revealedSecrets ?? []) core.setSecret(secret);
      chartSource = prepared.chartSource;
      images = (prepared.build?.images ?? []).filter((image) => image.action === 'built' || image.action === 'reused').map((image) => ({ name: image.name, reference: image.reference, action: image.action as 'built' | 'reused' }));
      Object.assign(outputs, { release: input.release, namespace: input.namespace, images: prepared.images, ...(prepared.url !== undefined ? { url: prepared.url } : {}) });
      core.setOutput('release', input.release);
      core.setOutput('namespace', input.namespace);
      core.setOutput('images', JSON.stringify(prepared.images));
      if (prepared.url !== undefined) core.setOutput('environment-url', prepared.url);
    };
    if (dryRun) {
      const { environmentInput } = await import('../core/converge/environmentInput.js');
      const prepared = await environmentInput(flags, { build: false, dir, log: (l) => core.info(l), warn: (m) => core.warning(m), cluster: client, releaseStorage: { type: storageType }, registry, werfSecretKey: werfSecretKeyFromEnvironment(process.env), inputNames: actionInputNames }).catch(
        async (error: unknown) => {
          throw await explainShallowCheckout(error, dir);
        },
      );
      onTarget(prepared);
      const { planRelease } = await import('../core/deploy/planRelease.js');
      const plan = await planRelease(prepared.input, { client, timeoutMs: 120_000, storageType, addAnnotations: ciAnnotations(ci), inputNames: actionInputNames });
      for (const entry of plan.entries) core.info(`${entry.action.padEnd(9)} ${entry.resource}${entry.reason ? `  — ${entry.reason}` : ''}`);
      outputs.status = plan.hasChanges ? 'changes' : 'no-changes';
      core.setOutput('status', outputs.status);
      core.info(`dry run: release ${prepared.input.release} ${plan.hasChanges ? 'would change' : 'would not change'}; nothing was deployed`);
      return;
    }
    const { converge: convergeEnvironment } = await import('../core/converge/converge.js');
    const { result } = await convergeEnvironment(flags, {
      client,
      emit,
      dir,
      releaseStorage: { type: storageType },
      registry,
      werfSecretKey: werfSecretKeyFromEnvironment(process.env),
      migrateHelm2: { tillerNamespace: 'kube-system', cleanup: false },
      explainEnvironmentError: (error) => explainShallowCheckout(error, dir),
      onTarget,
      timeoutMs,
      autoRollback,
      storageType,
      addAnnotations: ciAnnotations(ci),
      inputNames: actionInputNames,
      description: deployDescription('slipway converge action', ci),
    });
    outputs.revision = result.revision;
    outputs.status = result.status;
    core.setOutput('revision', String(result.revision));
    core.setOutput('status', result.status);
    core.info(`release ${result.release} revision ${result.revision} ${result.status}`);
    if (outputs.url) core.info(`environment URL: ${outputs.url}`);
    await preview?.finished(comment(result.status === 'deployed' ? 'deployed' : 'failed', [], images));
  } catch (error) {
    failure = error;
    core.setOutput('status', 'failed');
    const failures = orderedFailures(report).filter((f) => f.fatal);
    core.setOutput('failed-resources', JSON.stringify(failures.map((f) => resourceLabel(f.resource))));
    await preview?.finished(comment('failed', previewFailures(report, error), images));
    // The annotations and the summary below say it all, from the report: the step only fails.
    throw new ReportedFailure(error);
  } finally {
    printer.close(report);
    if (!dryRun) {
      await writeCiReports(
        { report, action: 'converge', envName: env, pathOf, ...(outputs.url ? { url: outputs.url } : {}), ...(failure !== undefined ? { error: reportedError(failure, 'slipway converge') } : {}) },
        { ci: { ...ci, provider: 'github' }, env: process.env, write },
      );
    }
    client?.close();
    if (reportPath !== undefined) {
      await writeFile(reportPath, `${JSON.stringify({ ...report, env, ...(outputs.url !== undefined ? { url: outputs.url } : {}), images: outputs.images, outputs }, null, 2)}\n`);
      core.setOutput('report-path', reportPath);
    }
    // The post step removes them too (a cancelled step); no later step of the job needs them.
    removeStepCredentials(credentials.dir);
  }
}
