import { SecretValue } from '../core/secretValue.js';

/** Where werf's secret key is looked for, from the process environment ($WERF_SECRET_KEY, $HOME/.werf): the core reads none. Pure. */
export function werfSecretKeyFromEnvironment(env: Record<string, string | undefined>): { environment?: SecretValue; homeDir?: string } {
  const key = env.WERF_SECRET_KEY;
  return { ...(key ? { environment: new SecretValue(key) } : {}), ...(env.HOME ? { homeDir: env.HOME } : {}) };
}
