import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the parts of GitHub's REST API the preview uses, answering with the status
 * codes and response shapes of GitHub's OpenAPI description (api.github.com.yaml: repos/create-deployment
 * 201 "deployment", repos/create-deployment-status 201 "deployment-status", repos/list-deployments 200
 * [deployment], issues/list-comments 200 [issue-comment] with Link pagination, issues/create-comment 201,
 * issues/update-comment 200), and recording every request. `readOnly` answers writes as GitHub answers a
 * fork's read-only token: 403 "Resource not accessible by integration".
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
}

interface Deployment {
  id: number;
  node_id: string;
  url: string;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown>;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: { login: string; id: number };
  created_at: string;
  updated_at: string;
  statuses_url: string;
  repository_url: string;
  transient_environment: boolean;
  production_environment: boolean;
  statuses: any[];
}

export class GithubApiFake {
  readonly requests: RecordedRequest[] = [];
  readonly deployments: Deployment[] = [];
  readonly comments = new Map<number, Array<{ id: number; body: string; user: { login: string; id: number; type: string }; created_at: string; updated_at: string; html_url: string }>>();
  readOnly = false;
  /** Comments per page of the list endpoint (GitHub's per_page, capped as GitHub caps it at 100). */
  #nextId = 1000;
  #server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((request, response) => void this.#handle(request, response));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  /** A comment someone else wrote earlier, so the marker search has something to skip. */
  addComment(issue: number, body: string, login = 'someone'): void {
    const list = this.comments.get(issue) ?? [];
    list.push(this.#comment(issue, body, login));
    this.comments.set(issue, list);
  }

  #comment(issue: number, body: string, login: string) {
    const id = this.#nextId++;
    const now = new Date().toISOString();
    return { id, body, user: { login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, created_at: now, updated_at: now, html_url: `https://github.com/acme/shop/pull/${issue}#issuecomment-${id}` };
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const recorded: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) };
    this.requests.push(recorded);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      response.end(JSON.stringify(body));
    };
    if (this.readOnly && recorded.method !== 'GET') {
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '403' });
      return;
    }
    let match: RegExpExecArray | null;
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(url.pathname))) {
      const [, owner, repo] = match;
      if (recorded.method === 'POST') {
        const body = recorded.body ?? {};
        if (typeof body.ref !== 'string') return send(422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '422' });
        const id = this.#nextId++;
        const now = new Date().toISOString();
        const deployment: Deployment = {
          id,
          node_id: `DE_${id}`,
          url: `${this.url}/repos/${owner}/${repo}/deployments/${id}`,
          sha: body.ref,
          ref: body.ref,
          task: body.task ?? 'deploy',
          payload: body.payload ?? {},
          original_environment: body.environment ?? 'production',
          environment: body.environment ?? 'production',
          description: body.description ?? null,
          creator: { login: 'github-actions[bot]', id: 41898282 },
          created_at: now,
          updated_at: now,
          statuses_url: `${this.url}/repos/${owner}/${repo}/deployments/${id}/statuses`,
          repository_url: `${this.url}/repos/${owner}/${repo}`,
          transient_environment: body.transient_environment ?? false,
          production_environment: body.production_environment ?? body.environment === 'production',
          statuses: [],
        };
        this.deployments.push(deployment);
        const { statuses: _, ...shown } = deployment;
        return send(201, shown);
      }
      const environment = url.searchParams.get('environment');
      const listed = this.deployments.filter((d) => environment === null || d.environment === environment).reverse();
      return send(200, listed.map(({ statuses: _, ...shown }) => shown));
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(url.pathname))) {
      const deployment = this.deployments.find((d) => d.id === Number(match![3]));
      if (!deployment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status', status: '404' });
      if (recorded.method === 'POST') {
        if (!['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'].includes(recorded.body?.state)) return send(422, { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'state' }], status: '422' });
        if ((recorded.body.description ?? '').length > 140) return send(422, { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }], status: '422' });
        const id = this.#nextId++;
        const now = new Date().toISOString();
        const status = {
          url: `${deployment.url}/statuses/${id}`,
          id,
          node_id: `DES_${id}`,
          state: recorded.body.state,
          description: recorded.body.description ?? '',
          environment: recorded.body.environment ?? deployment.environment,
          target_url: recorded.body.log_url ?? '',
          log_url: recorded.body.log_url ?? '',
          environment_url: recorded.body.environment_url ?? '',
          created_at: now,
          updated_at: now,
          deployment_url: deployment.url,
          repository_url: deployment.repository_url,
          creator: { login: 'github-actions[bot]', id: 41898282 },
        };
        deployment.statuses.push(status);
        return send(201, status);
      }
      return send(200, [...deployment.statuses].reverse());
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(match[3]);
      const list = this.comments.get(issue) ?? [];
      if (recorded.method === 'POST') {
        const comment = this.#comment(issue, recorded.body.body, 'github-actions[bot]');
        list.push(comment);
        this.comments.set(issue, list);
        return send(201, comment);
      }
      // Paginated as GitHub does: per_page (default 30, max 100), page, and a Link header to the next page.
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = list.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < list.length) headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return send(200, slice, headers);
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)) && recorded.method === 'PATCH') {
      const id = Number(match[3]);
      for (const list of this.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment) {
          comment.body = recorded.body.body;
          comment.updated_at = new Date().toISOString();
          return send(200, comment);
        }
      }
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment', status: '404' });
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }
}
