import * as core from '@actions/core';
import { actionStep } from './runAction.js';
import { booleanInput, listInput, stringInput, workingDirectoryInput } from '../ci/github/actionInputs.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { requireDnsLabel } from '../core/names.js';
import { SecretValue } from '../core/secretValue.js';

/** `key=value` lines (add-annotations / add-labels inputs) as a map; the input is named in the error. */
export function keyValueInput(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of listInput(name)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new SlipwayError('input', `input '${name}': "${pair}" is not key=value`, { where: { input: name }, hint: 'one key=value per line' });
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** GitHub edge of bundle-publish: inputs → publishBundle → outputs (reference, tag, digest, images). */
export async function bundlePublishAction(): Promise<void> {
  const repo = stringInput('repo') ?? process.env.SLIPWAY_REPO;
  if (!repo) throw new SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
  const env = stringInput('env');
  if (env !== undefined) requireDnsLabel(env, 'environment', { input: 'env' });
  const username = stringInput('registry-username');
  const passwordText = core.getInput('registry-password');
  if (passwordText !== '') core.setSecret(passwordText);
  const { publishBundle } = await import('../core/bundle/publishBundle.js');
  const result = await publishBundle({
    dir: workingDirectoryInput(),
    repo,
    tag: stringInput('tag') ?? 'latest',
    dev: booleanInput('dev', false),
    skipBuild: booleanInput('skip-build', false),
    ...(env !== undefined ? { env } : {}),
    values: { valueFiles: listInput('values', { commas: true }), values: listInput('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] },
    addAnnotations: keyValueInput('add-annotations'),
    addLabels: keyValueInput('add-labels'),
    registry: {
      ...(username !== undefined ? { username } : {}),
      ...(passwordText !== '' ? { password: new SecretValue(passwordText) } : {}),
      ...(process.env.SLIPWAY_BUILD_NETWORK ? { network: process.env.SLIPWAY_BUILD_NETWORK } : {}),
    },
    log: {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      imageStarted: (image) => core.info(`building ${image}…`),
      imageOutput: (image, line) => core.info(`[${image}] ${line}`),
      imageFinished: (image, ok) => core.info(`${image}: ${ok ? 'pushed' : 'FAILED'}`),
    },
  });
  core.setOutput('reference', result.reference);
  core.setOutput('tag', result.tag);
  core.setOutput('digest', result.digest);
  core.setOutput('images', JSON.stringify(result.images));
  core.info(`published ${result.reference}@${result.digest}`);
}

/** bundle-publish: inputs → build (or require) images → package and push the chart as a Helm OCI artifact → outputs. */
export const run = (): Promise<void> => actionStep('bundle-publish', bundlePublishAction);
