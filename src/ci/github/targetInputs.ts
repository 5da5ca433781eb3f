import * as core from '@actions/core';
import { parseImageRepository } from '../../core/registry/imageRepository.js';
import { actionInputNames } from '../../core/errors/inputNames.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import type { RegistryAccess } from '../../core/converge/environmentInput.js';
import type { KubeConnectionOptions } from '../../core/kube/kubeConnection.js';
import { registryFromEnvironment } from '../registryEnvironment.js';
import { choiceInput, stringInput } from './actionInputs.js';
import { prepareStepCredentials, type StepCredentials } from './stepCredentials.js';

/**
 * The inputs every cluster- or registry-facing action shares: `kubeconfig` (a path, base64 or YAML),
 * `kube-context`, `repo`, `registry-username` / `registry-password`, `builder`. Credentials are written
 * to the step's private files and masked here, before anything can print them.
 */
export function readTargetInputs(options: { registry: boolean; kube: boolean }): { credentials: StepCredentials; kube: KubeConnectionOptions; registry: RegistryAccess } {
  const kubeconfig = options.kube ? stringInput('kubeconfig') : undefined;
  const kubeContext = options.kube ? stringInput('kube-context') : undefined;
  const registry = options.registry ? registryFromEnvironment(process.env, stringInput('repo')) : {};
  const username = options.registry ? stringInput('registry-username') : undefined;
  // Not trimmed or logged: a password is taken exactly as given.
  const password = options.registry ? core.getInput('registry-password', { trimWhitespace: false }) : '';
  if ((username === undefined) !== (password === '')) {
    throw new SlipwayError('input', 'registry credentials need both a username and a password', { where: { input: username === undefined ? 'registry-username' : 'registry-password' }, hint: "set both 'registry-username' and 'registry-password' (e.g. ${{ github.actor }} and ${{ secrets.GITHUB_TOKEN }} for ghcr.io), or neither to use Docker's config (docker/login-action)" });
  }
  let registryLogin: { host: string; username: string; password: string } | undefined;
  if (username !== undefined) {
    if (!registry.repo) throw new SlipwayError('input', "input 'registry-username' needs input 'repo'", { where: { input: 'repo' }, hint: 'the credentials are for the registry of repo, e.g. ghcr.io/acme/shop' });
    registryLogin = { host: parseImageRepository(registry.repo, { input: 'repo' }).registry, username, password };
  }
  const credentials = prepareStepCredentials({ ...(kubeconfig !== undefined ? { kubeconfig } : {}), ...(registryLogin ? { registry: registryLogin } : {}) });
  if (credentials.dockerConfigDir) {
    // Explicit inputs win over CI variables (a GitLab job token is then not used).
    delete registry.username;
    delete registry.password;
    registry.dockerConfigDir = credentials.dockerConfigDir;
  }
  if (options.registry) {
    const builder = choiceInput('builder', ['auto', 'docker', 'buildah'] as const, 'auto');
    if (builder !== 'auto') registry.builder = builder;
    const network = stringInput('network');
    if (network) registry.network = network;
  }
  return {
    credentials,
    kube: { ...(credentials.kubeconfigPath ? { kubeconfigPath: credentials.kubeconfigPath } : {}), ...(kubeContext ? { context: kubeContext } : {}), inputNames: actionInputNames },
    registry,
  };
}
