/**
 * What a deploy knows about the CI run it is part of, read once at the edge from the CI's variables and
 * handed to the core as plain values (annotations, a lock description, a default environment name).
 * The only readers of GITHUB_* and CI_* are in this folder.
 */
export interface CiContext {
  provider: 'github' | 'gitlab' | 'none';
  /** owner/name (GitHub) or group/project (GitLab). */
  repository?: string;
  /** The commit the run is about (a pull request's head, not GitHub's merge commit). */
  commit?: string;
  /** A link to this run (GitHub workflow run, GitLab job). */
  runUrl?: string;
  /** "GitHub run 4242" / "GitLab job 77". */
  runLabel?: string;
  actor?: string;
  /** A pull request (GitHub) or merge request (GitLab) the run is for. */
  changeRequest?: { number: number; headSha?: string; fromFork: boolean };
  /** The environment name the run deploys when no `env` is given (`pr-<number>`, a GitLab environment's slug). */
  defaultEnv?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export const noCiContext: CiContext = { provider: 'none' };

/** werf-style CI annotations (werf writes ci.werf.io/commit and the run's URL), added to every deployed resource. */
export function ciAnnotations(context: CiContext): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (context.commit) annotations['ci.slipway.io/commit'] = context.commit;
  if (context.runUrl) annotations['ci.slipway.io/run-url'] = context.runUrl;
  if (context.repository) annotations['ci.slipway.io/repository'] = context.repository;
  if (context.actor) annotations['ci.slipway.io/actor'] = context.actor;
  if (context.changeRequest) annotations['ci.slipway.io/change-request'] = String(context.changeRequest.number);
  return annotations;
}

/** The release lock's holder description: who deploys, from which run. */
export function deployDescription(what: string, context: CiContext): string {
  const from = [context.runLabel, context.repository].filter(Boolean).join(', ');
  return from ? `${what} (${from})` : what;
}
