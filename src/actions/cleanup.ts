import { booleanInput, stringInput } from '../ci/github/actionInputs.js';
import { notAvailableYet } from '../core/errors/notAvailableYet.js';

import { actionStep } from './runAction.js';

export const run = (): Promise<void> => actionStep('cleanup', cleanupAction);

async function cleanupAction(): Promise<void> {
  stringInput('repo', { required: true });
  booleanInput('dry-run', false);
  notAvailableYet('the cleanup action', 'registry cleanup is planned after the deploy engine');
}
