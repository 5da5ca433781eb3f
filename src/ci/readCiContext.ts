import { noCiContext, type CiContext, type Environment } from './ciContext.js';
import { githubContext, readGithubEvent } from './github/githubContext.js';
import { gitlabContext } from './gitlab/gitlabContext.js';

/** The CI this process runs in, from its environment (GITHUB_ACTIONS / GITLAB_CI, as each runner sets them). */
export function readCiContext(env: Environment = process.env): CiContext {
  if (env.GITHUB_ACTIONS === 'true') return githubContext(env, readGithubEvent(env));
  if (env.GITLAB_CI === 'true') return gitlabContext(env);
  return noCiContext;
}
