import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { booleanInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { readTargetInputs } from '../ci/github/targetInputs.js';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';
import { explainShallowCheckout } from '../ci/github/shallowCheckout.js';
import type { RegistryAccess } from '../core/converge/environmentInput.js';
import { actionInputNames } from '../core/errors/inputNames.js';
import { actionStep } from './runAction.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { buildImages, type BuildLog } from '../core/images/buildImages.js';
import { buildReportDotenv, buildReportJson, buildSummaryLines } from '../core/images/buildReport.js';
import { chartImageValues, type BuildResult } from '../core/images/buildResult.js';

/** GitHub edge of build-images: inputs → buildImages → outputs, one log group per image, a job summary. */
export const run = (): Promise<void> => actionStep('build-images', buildImagesAction);

async function buildImagesAction(): Promise<void> {
  const { credentials, registry } = readTargetInputs({ registry: true, kube: false });
  try {
    await buildWith(registry);
  } finally {
    removeStepCredentials(credentials.dir);
  }
}

async function buildWith(registry: RegistryAccess): Promise<void> {
  const repo = registry.repo;
  if (!repo) throw new SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
  const images = listInput('images', { commas: true });
  const dev = booleanInput('dev', false);
  const requireBuiltImages = booleanInput('require-built-images', false);
  const commit = stringInput('commit');
  const parallelText = stringInput('parallel') ?? '2';
  const parallelism = Number(parallelText);
  if (!Number.isInteger(parallelism) || parallelism < 1) throw new SlipwayError('input', `input 'parallel' must be a positive whole number, not "${parallelText}"`, { where: { input: 'parallel' } });
  const workingDirectory = workingDirectoryInput();

  const buffered = new Map<string, string[]>();
  const log: BuildLog = {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    imageStarted: (image) => {
      buffered.set(image, []);
      core.info(`building ${image}…`);
    },
    imageOutput: (image, line) => buffered.get(image)?.push(line),
    imageFinished: (image, ok) => {
      // Parallel builds interleave; each image's output is printed whole, in its own group.
      core.startGroup(`${ok ? '' : '✗ '}build ${image}`);
      for (const line of buffered.get(image) ?? []) core.info(line);
      core.endGroup();
      buffered.delete(image);
    },
  };
  let result: BuildResult;
  try {
    result = await buildImages({
      dir: workingDirectory,
      repo,
      ...(commit !== undefined ? { commit } : {}),
      dev,
      images,
      ...(registry.builder ? { builder: registry.builder } : {}),
      requireBuiltImages,
      ...(registry.username !== undefined ? { username: registry.username } : {}),
      ...(registry.password !== undefined ? { password: registry.password } : {}),
      ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
      parallelism,
      ...(registry.network !== undefined ? { network: registry.network } : {}),
      inputNames: actionInputNames,
      log,
    });
  } catch (error) {
    const partial = (error as { partialResult?: BuildResult }).partialResult;
    if (partial) await publish(partial);
    throw await explainShallowCheckout(error, workingDirectory);
  }
  await publish(result);
}

async function publish(result: BuildResult): Promise<void> {
  const dir = process.env.RUNNER_TEMP ?? tmpdir();
  const reportPath = join(dir, 'slipway-build-report.json');
  const dotenvPath = join(dir, 'slipway-build.env');
  await writeFile(reportPath, buildReportJson(result));
  await writeFile(dotenvPath, buildReportDotenv(result));
  const usable = result.images.filter((image) => image.action === 'built' || image.action === 'reused');
  core.setOutput('images', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.reference]))));
  core.setOutput('digests', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.digest]))));
  core.setOutput('built', result.images.filter((image) => image.action === 'built').map((image) => image.name).join(','));
  core.setOutput('reused', result.images.filter((image) => image.action === 'reused').map((image) => image.name).join(','));
  core.setOutput('values', JSON.stringify(chartImageValues(result)));
  core.setOutput('report', reportPath);
  core.setOutput('dotenv', dotenvPath);
  for (const line of buildSummaryLines(result)) core.info(line);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading('slipway build-images', 3)
      .addTable([
        [
          { data: 'image', header: true },
          { data: 'result', header: true },
          { data: 'reference', header: true },
          { data: 'time', header: true },
        ],
        ...result.images.map((image) => [image.name, image.action, `${image.reference}${image.digest ? `@${image.digest}` : ''}`, `${(image.durationMs / 1000).toFixed(1)}s`]),
      ])
      .addRaw(`commit ${result.commit.slice(0, 12)}, ${result.registryRequests.total} registry requests, planned in ${result.timings.planMs} ms\n`)
      .write();
  }
}
