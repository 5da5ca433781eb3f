/**
 * Where werf finds its secret key (common-go secrets_manager GetRequiredSecretKey): $WERF_SECRET_KEY, else
 * `<project>/.werf_secret_key`, else `~/.werf/global_secret_key` (trimmed). The edge passes the environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import { SecretValue } from '../secretValue.js';

export interface WerfSecretKeySources {
  /** $WERF_SECRET_KEY. */
  environment?: SecretValue;
  projectDir: string;
  homeDir?: string;
}

export function findWerfSecretKey(sources: WerfSecretKeySources, neededFor: string): SecretValue {
  if (sources.environment && !sources.environment.isEmpty) return sources.environment;
  const searched = ['$WERF_SECRET_KEY'];
  const files = [join(sources.projectDir, '.werf_secret_key'), ...(sources.homeDir ? [join(sources.homeDir, '.werf', 'global_secret_key')] : [])];
  for (const file of files) {
    if (existsSync(file)) {
      const key = readFileSync(file, 'utf8').trim();
      if (key !== '') return new SecretValue(key);
    }
    searched.push(file);
  }
  throw new SlipwayError('input', `${neededFor} needs werf's secret key, which was not found in: ${searched.map((s) => `"${s}"`).join(', ')}`, {
    where: { input: 'WERF_SECRET_KEY' },
    hint: 'set WERF_SECRET_KEY to the key the secrets were encrypted with (or write it to .werf_secret_key, which must not be committed)',
  });
}
