/**
 * A werf chart's secrets on disk (the chart as materialized from the commit): `<chart>/secret-values.yaml`,
 * the `--secret-values` files, and every file under `<chart>/secret/`. The key is looked up only when there
 * is something to decrypt, as werf does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import type { SecretValue } from '../secretValue.js';
import { findWerfSecretKey, type WerfSecretKeySources } from './werfSecretKey.js';
import { decryptSecretFileText, decryptSecretValuesText, mergeSecretValues, type DecryptedSecrets } from './werfSecretValues.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

export function loadWerfSecrets(input: { root: string; chartDir: string; secretValueFiles: string[]; keySources: WerfSecretKeySources }): DecryptedSecrets {
  const chart = input.chartDir.replace(/\/+$/, '');
  const valueFiles = [...(existsSync(join(input.root, chart, 'secret-values.yaml')) ? [`${chart}/secret-values.yaml`] : []), ...input.secretValueFiles];
  for (const f of input.secretValueFiles) {
    if (!existsSync(join(input.root, f))) throw new SlipwayError('input', `secret values file ${f} does not exist in the commit`, { where: { input: '--secret-values', file: f }, hint: 'give a path relative to the project directory, committed' });
  }
  const secretDir = join(input.root, chart, 'secret');
  const secretFiles = filesUnder(secretDir);
  const revealed: string[] = [];
  const files = new Map<string, SecretValue>();
  if (valueFiles.length === 0 && secretFiles.length === 0) return { values: {}, files, revealed };
  const key = findWerfSecretKey(input.keySources, `decrypting ${[...valueFiles, ...secretFiles.map((f) => `${chart}/secret/${f}`)][0]}`).reveal();
  let values: Record<string, unknown> = {};
  for (const f of valueFiles) values = mergeSecretValues(values, decryptSecretValuesText(readFileSync(join(input.root, f), 'utf8'), f, key, revealed));
  for (const f of secretFiles) files.set(relative(secretDir, join(secretDir, f)).split('\\').join('/'), decryptSecretFileText(readFileSync(join(secretDir, f), 'utf8'), `${chart}/secret/${f}`, key, revealed));
  return { values, files, revealed };
}
