import { SecretValue } from '../core/secretValue.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { decryptWerfSecret, encryptWerfSecret, WerfSecretError } from '../core/werf/werfSecret.js';
import { findWerfSecretKey } from '../core/werf/werfSecretKey.js';
import { transformSecretValuesDocument } from '../core/werf/werfSecretValues.js';

/** The bytes `slipway secret encrypt|decrypt` prints for its stdin. */
export function runSecretCommand(action: 'encrypt' | 'decrypt', input: Buffer, options: { values: boolean; key: { environment?: string; projectDir: string; homeDir?: string } }): string {
  const key = findWerfSecretKey({ ...(options.key.environment ? { environment: new SecretValue(options.key.environment) } : {}), projectDir: options.key.projectDir, ...(options.key.homeDir ? { homeDir: options.key.homeDir } : {}) }, `slipway secret ${action}`).reveal();
  const fail = (error: unknown, path: string): never => {
    throw new SlipwayError('input', `cannot ${action} ${path === '' ? 'stdin' : `the value at ${path}`}: ${(error as Error).message}`, {
      where: { input: 'stdin', ...(path !== '' ? { field: path } : {}) },
      ...(error instanceof WerfSecretError && error.reason === 'wrong-key' ? { hint: 'check WERF_SECRET_KEY: it is not the key this value was encrypted with' } : {}),
    });
  };
  const one = (value: string, path: string): string => {
    try {
      return action === 'encrypt' ? encryptWerfSecret(key, Buffer.from(value, 'utf8')) : decryptWerfSecret(key, value.trim()).toString('utf8');
    } catch (error) {
      return fail(error, path);
    }
  };
  if (options.values) return transformSecretValuesDocument(input.toString('utf8'), 'stdin', one);
  if (action === 'encrypt') return `${one(input.toString('utf8'), '')}\n`;
  return one(input.toString('utf8').replace(/\s+$/, ''), '');
}
