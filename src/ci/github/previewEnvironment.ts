import { Octokit } from '@octokit/rest';
import { previewMarker, renderPreviewComment, type PreviewCommentInput } from '../previewComment.js';

/**
 * A pull request's preview environment on GitHub: a deployment per `pr-<number>` environment (transient,
 * not production, never auto-merged, no required contexts) with its statuses, and one sticky comment on
 * the pull request. GitHub being unreachable or refusing (a fork's read-only token answers 403) is a
 * warning: the preview's bookkeeping never fails the deploy itself.
 */
export interface PreviewTarget {
  owner: string;
  repo: string;
  pullRequest: number;
  env: string;
  /** The commit deployed (the pull request's head). */
  ref: string;
  /** A link to the run, as the deployment's log URL. */
  logUrl?: string;
}

export interface PreviewOptions {
  token: string;
  /** GITHUB_API_URL (a local fake in tests). */
  baseUrl: string;
  warn: (message: string) => void;
  /** The comment's Handlebars template (default: slipway's). */
  template?: string;
  templateFile?: string;
}

type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

export class GithubPreview {
  readonly #octokit: Octokit;
  readonly #target: PreviewTarget;
  readonly #options: PreviewOptions;
  #deploymentId: number | undefined;

  constructor(target: PreviewTarget, options: PreviewOptions) {
    this.#target = target;
    this.#options = options;
    // No retries or throttling plugins: a failed call is a warning, not something to wait for.
    this.#octokit = new Octokit({ auth: options.token, baseUrl: options.baseUrl, userAgent: 'slipway', log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
  }

  /** Creates the deployment and marks it in progress. */
  async started(comment: PreviewCommentInput): Promise<void> {
    const { owner, repo, env, ref } = this.#target;
    await this.#guard('create the GitHub deployment', async () => {
      const created = await this.#octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref,
        environment: env,
        transient_environment: true,
        production_environment: false,
        auto_merge: false,
        required_contexts: [],
        description: `slipway preview of pull request #${this.#target.pullRequest}`,
      });
      if (created.status !== 201 || !('id' in created.data)) throw new Error(`GitHub answered ${created.status}: ${'message' in created.data ? created.data.message : 'no deployment created'}`);
      this.#deploymentId = created.data.id;
      await this.#status('in_progress');
    });
    await this.comment(comment);
  }

  /** success with the environment URL, or failure; then the comment. */
  async finished(comment: PreviewCommentInput): Promise<void> {
    if (this.#deploymentId !== undefined) {
      await this.#guard('update the GitHub deployment status', () => this.#status(comment.status === 'deployed' ? 'success' : 'failure', comment.url));
    }
    await this.comment(comment);
  }

  /** Every deployment of the environment marked inactive (the PR is closed), then the comment. */
  async dismissed(comment: PreviewCommentInput): Promise<number> {
    const { owner, repo, env } = this.#target;
    let marked = 0;
    await this.#guard('mark the GitHub deployments inactive', async () => {
      const deployments = await this.#octokit.paginate(this.#octokit.rest.repos.listDeployments, { owner, repo, environment: env, per_page: 100 });
      for (const deployment of deployments) {
        await this.#octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: deployment.id, state: 'inactive', description: 'the pull request is closed: preview removed' });
        marked++;
      }
    });
    await this.comment(comment);
    return marked;
  }

  /** One comment per environment: found by its hidden marker and edited, or created once. */
  async comment(input: PreviewCommentInput): Promise<void> {
    const { owner, repo, pullRequest, env } = this.#target;
    const body = renderPreviewComment(input, this.#options.template, this.#options.templateFile);
    await this.#guard('write the pull request comment', async () => {
      const marker = previewMarker(env);
      const comments = await this.#octokit.paginate(this.#octokit.rest.issues.listComments, { owner, repo, issue_number: pullRequest, per_page: 100 });
      const existing = comments.find((comment) => comment.body?.includes(marker));
      if (existing) await this.#octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      else await this.#octokit.rest.issues.createComment({ owner, repo, issue_number: pullRequest, body });
    });
  }

  async #status(state: DeploymentState, url?: string): Promise<void> {
    const { owner, repo } = this.#target;
    await this.#octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: this.#deploymentId!,
      state,
      ...(url ? { environment_url: url } : {}),
      ...(this.#target.logUrl ? { log_url: this.#target.logUrl } : {}),
      description: state === 'success' ? 'preview deployed' : state === 'failure' ? 'preview deploy failed' : 'deploying the preview',
    });
  }

  async #guard(what: string, call: () => Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.#options.warn(explainGithubFailure(what, error));
    }
  }
}

/** A warning that says why GitHub refused and what to change; the deploy goes on. */
export function explainGithubFailure(what: string, error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message;
  if (status === 403 || status === 404) {
    return `could not ${what}: GitHub answered ${status} (${message}). The token cannot write deployments or comments: a pull request from a fork gets a read-only GITHUB_TOKEN. Give the job "permissions: deployments: write, pull-requests: write" for pull requests from this repository; for forks the preview bookkeeping is skipped (the deploy itself is not affected)`;
  }
  if (status === 401) return `could not ${what}: GitHub answered 401 (${message}): the github-token input is not a valid token`;
  return `could not ${what}: ${status ? `GitHub answered ${status} (${message})` : message}`;
}
