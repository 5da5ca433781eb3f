import { booleanInput, stringInput } from '../ci/github/actionInputs.js';
import { notAvailableYet } from '../core/errors/notAvailableYet.js';

export async function cleanupAction(): Promise<void> {
  stringInput('repo', { required: true });
  booleanInput('dry-run', false);
  notAvailableYet('the cleanup action', 'registry cleanup is planned after the deploy engine');
}
