import type { RegistryAccess } from '../core/converge/environmentInput.js';
import { SecretValue } from '../core/secretValue.js';
import type { Environment } from './ciContext.js';

/**
 * The image repository and registry credentials from the environment: slipway's own variables
 * (SLIPWAY_REPO, SLIPWAY_REGISTRY_USERNAME / _PASSWORD, SLIPWAY_BUILD_NETWORK), else, in GitLab CI, the
 * project's container registry (CI_REGISTRY_IMAGE with the job's CI_REGISTRY_USER / CI_REGISTRY_PASSWORD, else
 * gitlab-ci-token / CI_JOB_TOKEN, used only for that registry). Explicit flags and inputs override what this returns. Pure.
 */
export function registryFromEnvironment(env: Environment, repoOverride?: string): RegistryAccess {
  const access: RegistryAccess = {};
  const repo = repoOverride ?? env.SLIPWAY_REPO ?? (env.GITLAB_CI === 'true' ? env.CI_REGISTRY_IMAGE : undefined);
  if (repo) access.repo = repo;
  if (env.SLIPWAY_BUILD_NETWORK) access.network = env.SLIPWAY_BUILD_NETWORK;
  if (env.SLIPWAY_REGISTRY_USERNAME !== undefined || env.SLIPWAY_REGISTRY_PASSWORD !== undefined) {
    if (env.SLIPWAY_REGISTRY_USERNAME !== undefined) access.username = env.SLIPWAY_REGISTRY_USERNAME;
    if (env.SLIPWAY_REGISTRY_PASSWORD !== undefined) access.password = new SecretValue(env.SLIPWAY_REGISTRY_PASSWORD);
  } else if (env.GITLAB_CI === 'true' && env.CI_REGISTRY && repo && registryOf(repo) === env.CI_REGISTRY) {
    // The job token reaches only the project's own registry: never send it anywhere else.
    // CI_REGISTRY_PASSWORD is the job token; a job that lacks it (e.g. a trigger job) still has CI_JOB_TOKEN,
    // which the registry accepts for the user gitlab-ci-token.
    const password = env.CI_REGISTRY_PASSWORD || env.CI_JOB_TOKEN;
    if (password) {
      access.username = env.CI_REGISTRY_PASSWORD ? (env.CI_REGISTRY_USER || 'gitlab-ci-token') : 'gitlab-ci-token';
      access.password = new SecretValue(password);
    }
  }
  return access;
}

/** The registry host of `registry/path` (what Docker calls the domain: the first part when it has a dot, a colon or is localhost). */
function registryOf(repo: string): string {
  const first = repo.split('/')[0]!;
  return /[.:]/.test(first) || first === 'localhost' ? first : 'docker.io';
}
