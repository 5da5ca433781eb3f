import * as core from '@actions/core';
import { booleanInput, choiceInput, listInput, stringInput } from '../ci/github/actionInputs.js';
import { parseDuration } from '../core/duration.js';
import { notAvailableYet } from '../core/errors/notAvailableYet.js';
import { requireDnsLabel } from '../core/names.js';

export async function convergeAction(): Promise<void> {
  const env = requireDnsLabel(stringInput('env', { required: true })!, 'environment', { input: 'env' });
  const namespace = stringInput('namespace');
  if (namespace !== undefined) requireDnsLabel(namespace, 'namespace', { input: 'namespace' });
  parseDuration(stringInput('timeout') ?? '5m', { input: 'timeout' });
  choiceInput('release-storage-type', ['secret', 'configmap'] as const, 'secret');
  booleanInput('skip-build', false);
  booleanInput('auto-rollback', false);
  booleanInput('dev', false);
  listInput('values', { commas: true });
  listInput('set');
  core.info(`converge: environment ${env}`);
  notAvailableYet('the converge action', 'the deploy engine is being built');
}
