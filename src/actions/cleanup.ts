import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { booleanInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { githubPackagesDeleter } from '../ci/github/packagesDeleter.js';
import { gitlabRegistryDeleter } from '../ci/gitlab/registryDeleter.js';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';
import { readTargetInputs } from '../ci/github/targetInputs.js';
import { cleanupReportJson, cleanupReportLines } from '../core/cleanup/cleanupReport.js';
import { runCleanup, type ImageDeleter, type KubeTarget } from '../core/cleanup/runCleanup.js';
import type { ImageRepository } from '../core/registry/imageRepository.js';
import { actionInputNames } from '../core/errors/inputNames.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { kubeClientsForContexts } from '../core/kube/kubeContexts.js';
import { SecretValue } from '../core/secretValue.js';
import { keepMatches } from '../core/cleanup/keepList.js';
import { cleanupSummary } from '../report/cleanupSummary.js';
import { actionStep } from './runAction.js';

/** GitHub edge of cleanup: inputs → runCleanup → report in the log, JSON report file, outputs, job summary. */
export const run = (): Promise<void> => actionStep('cleanup', cleanupAction);

async function cleanupAction(): Promise<void> {
  const { credentials, kube: connection, registry } = readTargetInputs({ registry: true, kube: true });
  let kube: KubeTarget[] | 'without-kube' = 'without-kube';
  try {
    if (!registry.repo) throw new SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
    const dryRun = booleanInput('dry-run', false);
    const withoutKube = booleanInput('without-kube', false);
    const contexts = listInput('kube-context', { commas: true });
    if (withoutKube && contexts.length > 0) throw new SlipwayError('input', "inputs 'without-kube' and 'kube-context' contradict each other", { where: { input: 'without-kube' } });
    const hoursText = stringInput('keep-built-within-hours');
    const keepBuiltWithinHours = hoursText === undefined ? undefined : Number(hoursText);
    if (keepBuiltWithinHours !== undefined && (!Number.isInteger(keepBuiltWithinHours) || keepBuiltWithinHours < 0)) {
      throw new SlipwayError('input', `input 'keep-built-within-hours' must be a whole number of hours (0 disables), not "${hoursText}"`, { where: { input: 'keep-built-within-hours' } });
    }
    const parallelText = stringInput('parallel') ?? '8';
    const parallelism = Number(parallelText);
    if (!Number.isInteger(parallelism) || parallelism < 1) throw new SlipwayError('input', `input 'parallel' must be a positive whole number, not "${parallelText}"`, { where: { input: 'parallel' } });
    const token = core.getInput('github-token') || process.env.SLIPWAY_GITHUB_TOKEN || '';
    if (token) core.setSecret(token);
    if (!withoutKube) {
      const { context: _one, ...rest } = connection;
      kube = kubeClientsForContexts(rest, contexts, { inputNames: actionInputNames });
    }
    const result = await runCleanup({
      dir: workingDirectoryInput(),
      ...(stringInput('config') !== undefined ? { configFile: stringInput('config')! } : {}),
      repo: registry.repo,
      ...(registry.username !== undefined ? { username: registry.username } : {}),
      ...(registry.password !== undefined ? { password: registry.password } : {}),
      ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
      dryRun,
      kube,
      fetch: booleanInput('fetch', true),
      keep: keepMatches(listInput('keep'), 'keep'),
      ...(keepBuiltWithinHours !== undefined ? { keepBuiltWithinHours } : {}),
      parallelism,
      deleter: registryApiDeleter(token, process.env),
      inputNames: actionInputNames,
      log: { info: (message) => core.info(message), warning: (message) => core.warning(message) },
    });
    for (const line of cleanupReportLines(result)) core.info(line);
    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-cleanup-report.json');
    await writeFile(reportPath, cleanupReportJson(result));
    core.setOutput('report', reportPath);
    core.setOutput('deleted', JSON.stringify(result.plan.deleted.flatMap((image) => image.tags.map((tag) => `${result.repository}:${tag}`))));
    core.setOutput('kept', String(result.plan.kept.length));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(cleanupSummary(result)).write();
  } finally {
    if (kube !== 'without-kube') for (const target of kube) target.client.close();
    removeStepCredentials(credentials.dir);
  }
}

/** ghcr.io through the GitHub API (with a token), the GitLab project's registry through GitLab's API (with SLIPWAY_GITLAB_TOKEN). */
function registryApiDeleter(githubToken: string | undefined, env: NodeJS.ProcessEnv): (repository: ImageRepository) => ImageDeleter | undefined {
  const github = githubToken ? githubPackagesDeleter(new SecretValue(githubToken), env) : undefined;
  const gitlab = env.SLIPWAY_GITLAB_TOKEN ? gitlabRegistryDeleter(new SecretValue(env.SLIPWAY_GITLAB_TOKEN), env) : undefined;
  return (repository) => github?.(repository) ?? gitlab?.(repository);
}
