import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import { SecretValue } from '../../core/secretValue.js';
import { classifyKubeconfigInput, kubeconfigSecrets, secretLines } from '../credentialSecrets.js';

/** The state key under which the main step tells the post step what to remove. */
export const credentialsStateKey = 'slipway-credentials-dir';

/** The credentials of one action step, in files only this step's process is told about. */
export interface StepCredentials {
  /** The private directory (0700) holding them; removed by the post step (and at the end of the main step). */
  dir: string;
  kubeconfigPath?: string;
  /** A Docker config directory (DOCKER_CONFIG) with the registry credentials, for the builders and the registry client. */
  dockerConfigDir?: string;
  registryPassword?: SecretValue;
}

/**
 * Writes the step's credentials to private files: a `kubeconfig` input (a path, base64 or YAML) and
 * the registry username and password. Every secret inside is masked line by line before anything else
 * runs; nothing is exported (no GITHUB_ENV, no outputs): a later step cannot see them. The directory is
 * saved in the step state so the post step removes it even when the main step was cancelled.
 */
export function prepareStepCredentials(inputs: { kubeconfig?: string; registry?: { host: string; username: string; password: string } }, env: NodeJS.ProcessEnv = process.env): StepCredentials {
  if (inputs.kubeconfig !== undefined) for (const line of secretLines(inputs.kubeconfig)) core.setSecret(line);
  if (inputs.registry) for (const line of secretLines(inputs.registry.password)) core.setSecret(line);
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'slipway-credentials-'));
  core.saveState(credentialsStateKey, dir);
  const credentials: StepCredentials = { dir };
  if (inputs.kubeconfig !== undefined) {
    const found = classifyKubeconfigInput(inputs.kubeconfig, (path) => existsSync(path) && statSync(path).isFile());
    if (found.kind === 'invalid') {
      throw new SlipwayError('input', "input 'kubeconfig' is neither a kubeconfig file path, nor a kubeconfig, nor base64 of one", {
        where: { input: 'kubeconfig' },
        hint: 'store the whole file as a secret (base64 -w0 ~/.kube/config) and pass kubeconfig: ${{ secrets.KUBECONFIG_BASE64 }}',
      });
    }
    const text = found.kind === 'path' ? readFileSync(found.path, 'utf8') : found.text;
    for (const secret of kubeconfigSecrets(text)) core.setSecret(secret);
    credentials.kubeconfigPath = join(dir, 'kubeconfig');
    writeFileSync(credentials.kubeconfigPath, text, { mode: 0o600 });
  }
  if (inputs.registry) {
    const { host, username, password } = inputs.registry;
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    core.setSecret(auth);
    credentials.dockerConfigDir = join(dir, 'docker');
    mkdirSync(credentials.dockerConfigDir, { mode: 0o700 });
    writeFileSync(join(credentials.dockerConfigDir, 'config.json'), `${JSON.stringify({ auths: { [host]: { auth } } })}\n`, { mode: 0o600 });
    credentials.registryPassword = new SecretValue(password);
  }
  return credentials;
}

/** The post step: removes what the main step wrote (a no-op when it wrote nothing or already removed it). */
export function removeStepCredentials(dir: string | undefined = core.getState(credentialsStateKey)): boolean {
  if (!dir || !existsSync(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}
