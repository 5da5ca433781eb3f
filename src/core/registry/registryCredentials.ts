import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import { SecretValue } from '../secretValue.js';

/** A username and a password or token; the secret never prints itself. */
export interface RegistryCredentials {
  username: string;
  password: SecretValue;
  /** Where they came from, for messages: "input", "~/.docker/config.json", "credential helper ecr-login". */
  source: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** Docker's config.json: $DOCKER_CONFIG/config.json or ~/.docker/config.json. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
}

/** The keys Docker may have stored a registry under. */
function registryKeys(registry: string): string[] {
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  }
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}

/** Credentials from a parsed config.json (helpers excluded); pure. */
export function credentialsFromDockerConfig(config: DockerConfig, registry: string, source: string): RegistryCredentials | undefined {
  for (const key of registryKeys(registry)) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.identitytoken) return { username: '<token>', password: new SecretValue(entry.identitytoken), source };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: new SecretValue(decoded.slice(colon + 1)), source };
    }
    if (entry.username && entry.password) return { username: entry.username, password: new SecretValue(entry.password), source };
  }
  return undefined;
}

/** Runs `docker-credential-<helper> get` with the registry on stdin. */
function fromCredentialHelper(helper: string, registry: string): Promise<RegistryCredentials | undefined> {
  return new Promise((resolve) => {
    const child = execFile(`docker-credential-${helper}`, ['get'], { timeout: 30_000 }, (error, stdout) => {
      if (error) {
        resolve(undefined);
        return;
      }
      try {
        const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (parsed.Secret) resolve({ username: parsed.Username ?? '', password: new SecretValue(parsed.Secret), source: `credential helper ${helper}` });
        else resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
    child.stdin?.end(registry);
  });
}

/**
 * Credentials for a registry: explicit ones (action inputs, flags, SLIPWAY_REGISTRY_USERNAME /
 * SLIPWAY_REGISTRY_PASSWORD) first, then Docker's config.json (credential helper, store, auths).
 * None means anonymous access.
 */
export async function findRegistryCredentials(
  registry: string,
  options: { username?: string; password?: SecretValue; env?: NodeJS.ProcessEnv } = {},
): Promise<RegistryCredentials | undefined> {
  const env = options.env ?? process.env;
  // SLIPWAY_REGISTRY_USERNAME / _PASSWORD are read by the edges (src/ci/registryEnvironment.ts) and arrive here as options.
  const { username, password } = options;
  if (username !== undefined || password !== undefined) {
    if (!username || !password || password.isEmpty) {
      throw new SlipwayError('input', 'registry credentials need both a username and a password', {
        where: { input: username ? 'registry-password' : 'registry-username' },
      });
    }
    return { username, password, source: 'input' };
  }
  const path = dockerConfigPath(env);
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(path, 'utf8')) as DockerConfig;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SlipwayError('registry', `cannot read Docker credentials from ${path}: ${(error as Error).message}`, { where: { file: path } });
  }
  const helper = registryKeys(registry).map((key) => config.credHelpers?.[key]).find((value) => value !== undefined);
  if (helper) return fromCredentialHelper(helper, registry);
  const stored = credentialsFromDockerConfig(config, registry, path);
  if (stored) return stored;
  if (config.credsStore) return fromCredentialHelper(config.credsStore, registry);
  return undefined;
}
