import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import type { CiContext } from '../ciContext.js';
import { booleanInput, stringInput } from './actionInputs.js';
import { githubApiUrl } from './githubContext.js';
import { GithubPreview } from './previewEnvironment.js';

/**
 * The `preview` inputs of converge and dismiss: the GitHub deployment and sticky comment of the pull
 * request this run is for, or undefined (not asked for, or not a pull request run: said as a warning).
 */
export function previewFromInputs(ci: CiContext, env: string, dir: string): GithubPreview | undefined {
  if (!booleanInput('preview', false)) return undefined;
  if (!ci.changeRequest || !ci.repository) {
    core.warning("input 'preview' is true but this run is not for a pull request (pull_request or pull_request_target event): no GitHub deployment or comment");
    return undefined;
  }
  const token = core.getInput('github-token');
  if (!token) {
    core.warning("input 'preview' is true but input 'github-token' is empty: no GitHub deployment or comment");
    return undefined;
  }
  core.setSecret(token);
  const templateFile = stringInput('comment-template');
  let template: string | undefined;
  if (templateFile !== undefined) {
    try {
      template = readFileSync(resolve(dir, templateFile), 'utf8');
    } catch (error) {
      throw new SlipwayError('input', `cannot read the comment template ${templateFile}: ${(error as Error).message}`, { where: { input: 'comment-template' }, hint: 'a Handlebars file in the repository, relative to working-directory' });
    }
  }
  const [owner, repo] = ci.repository.split('/') as [string, string];
  return new GithubPreview(
    { owner, repo, pullRequest: ci.changeRequest.number, env, ref: ci.changeRequest.headSha ?? ci.commit ?? 'HEAD', ...(ci.runUrl ? { logUrl: ci.runUrl } : {}) },
    { token, baseUrl: githubApiUrl(process.env), warn: (message) => core.warning(message), ...(template !== undefined ? { template, templateFile: templateFile! } : {}) },
  );
}
