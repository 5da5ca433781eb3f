import * as core from '@actions/core';
import { removeStepCredentials } from '../ci/github/stepCredentials.js';

/** The post step of every action (`runs.post`): the step's credential files are removed, whatever happened. */
export async function run(): Promise<void> {
  try {
    if (removeStepCredentials()) core.info('slipway: removed the step credentials');
  } catch (error) {
    core.warning(`slipway: could not remove the step credentials: ${(error as Error).message}`);
  }
}
