import type { CiContext, Environment } from '../ciContext.js';

/** GitLab CI's predefined variables as a CiContext. Pure. */
export function gitlabContext(env: Environment): CiContext {
  const context: CiContext = { provider: 'gitlab' };
  if (env.CI_PROJECT_PATH) context.repository = env.CI_PROJECT_PATH;
  if (env.CI_COMMIT_SHA) context.commit = env.CI_COMMIT_SHA;
  if (env.GITLAB_USER_LOGIN) context.actor = env.GITLAB_USER_LOGIN;
  if (env.CI_JOB_ID) context.runLabel = `GitLab job ${env.CI_JOB_ID}`;
  if (env.CI_JOB_URL) context.runUrl = env.CI_JOB_URL;
  else if (env.CI_PIPELINE_URL) context.runUrl = env.CI_PIPELINE_URL;
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  if (env.CI_MERGE_REQUEST_IID && Number.isInteger(iid) && iid > 0) {
    const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
    const target = env.CI_MERGE_REQUEST_PROJECT_ID ?? env.CI_PROJECT_ID;
    context.changeRequest = { number: iid, ...(env.CI_COMMIT_SHA ? { headSha: env.CI_COMMIT_SHA } : {}), fromFork: source !== undefined && target !== undefined && source !== target };
  }
  // A job with `environment:` has its DNS-safe slug; a merge request pipeline without one gets mr-<iid>.
  if (env.CI_ENVIRONMENT_SLUG) context.defaultEnv = env.CI_ENVIRONMENT_SLUG;
  else if (context.changeRequest) context.defaultEnv = `mr-${context.changeRequest.number}`;
  return context;
}

/** The GitLab API of this instance and project, for the optional merge request note. */
export function gitlabApi(env: Environment): { url: string; projectId: string } | undefined {
  const url = env.CI_API_V4_URL;
  const projectId = env.CI_PROJECT_ID;
  return url && projectId ? { url, projectId } : undefined;
}
