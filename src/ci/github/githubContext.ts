import { readFileSync } from 'node:fs';
import type { CiContext, Environment } from '../ciContext.js';

/** The parts of a GitHub event payload slipway reads (pull_request and pull_request_target events). */
interface PullRequestEvent {
  number?: number;
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } };
}

/** The event payload ($GITHUB_EVENT_PATH), or undefined when there is none or it is unreadable. */
export function readGithubEvent(env: Environment, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): unknown {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(read(env.GITHUB_EVENT_PATH));
  } catch {
    return undefined;
  }
}

/** GitHub Actions' default variables (and the event payload) as a CiContext. Pure. */
export function githubContext(env: Environment, event: unknown): CiContext {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const context: CiContext = { provider: 'github' };
  if (repository) context.repository = repository;
  if (env.GITHUB_SHA) context.commit = env.GITHUB_SHA;
  if (env.GITHUB_ACTOR) context.actor = env.GITHUB_ACTOR;
  if (env.GITHUB_RUN_ID) {
    context.runLabel = `GitHub run ${env.GITHUB_RUN_ID}`;
    if (repository) context.runUrl = `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const payload = (event ?? {}) as PullRequestEvent;
    const number = payload.pull_request?.number ?? payload.number;
    if (typeof number === 'number' && Number.isInteger(number) && number > 0) {
      const head = payload.pull_request?.head;
      const headRepo = head?.repo?.full_name;
      const baseRepo = payload.pull_request?.base?.repo?.full_name ?? repository;
      // A deleted fork has head.repo null: still a fork.
      const fromFork = head !== undefined && (headRepo === undefined || headRepo !== baseRepo);
      context.changeRequest = { number, ...(head?.sha ? { headSha: head.sha } : {}), fromFork };
      if (head?.sha) context.commit = head.sha;
      context.defaultEnv = `pr-${number}`;
    }
  }
  return context;
}

/** Where GitHub's REST API is ($GITHUB_API_URL on GitHub Enterprise Server). */
export function githubApiUrl(env: Environment): string {
  return env.GITHUB_API_URL ?? 'https://api.github.com';
}
