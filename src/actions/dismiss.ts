import { booleanInput, stringInput } from '../ci/github/actionInputs.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { notAvailableYet } from '../core/errors/notAvailableYet.js';
import { requireDnsLabel } from '../core/names.js';

export async function dismissAction(): Promise<void> {
  const env = stringInput('env');
  const release = stringInput('release');
  if (env === undefined && release === undefined) {
    throw new SlipwayError('input', "either input 'env' or input 'release' is required", {
      where: { input: 'env' },
      hint: "set 'env: pr-${{ github.event.number }}' (or 'release:') under 'with:'",
    });
  }
  if (env !== undefined) requireDnsLabel(env, 'environment', { input: 'env' });
  booleanInput('with-namespace', false);
  notAvailableYet('the dismiss action', 'the deploy engine is being built');
}
