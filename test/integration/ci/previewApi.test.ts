import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GithubPreview } from '../../../src/ci/github/previewEnvironment.js';
import { previewMarker, type PreviewCommentInput } from '../../../src/ci/previewComment.js';
import { GithubApiFake } from './githubApiFake.js';

// The preview's GitHub calls against a loopback server answering as the REST API does (no test bed needed).
const target = { owner: 'acme', repo: 'shop', pullRequest: 7, env: 'pr-7', ref: 'head111', logUrl: 'https://github.com/acme/shop/actions/runs/1' };
const deployed: PreviewCommentInput = { env: 'pr-7', status: 'deployed', url: 'https://pr-7.shop.example.com', release: 'shop-pr-7', namespace: 'shop-pr-7', revision: 1, images: [{ name: 'web', reference: 'r/web:1', action: 'built' }], failures: [] };

describe('GitHub preview environment', () => {
  let api: GithubApiFake;
  let warnings: string[];
  const preview = () => new GithubPreview(target, { token: 'ghs_planted', baseUrl: api.url, warn: (message) => warnings.push(message) });

  beforeEach(async () => {
    api = new GithubApiFake();
    await api.start();
    warnings = [];
  });
  afterEach(async () => api.stop());

  it('creates a transient deployment, in_progress then success with the environment URL, and one comment', async () => {
    api.addComment(7, 'looks good to me');
    const run = preview();
    await run.started({ ...deployed, status: 'deploying' });
    await run.finished(deployed);
    expect(warnings).toEqual([]);
    const created = api.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/shop/deployments')!;
    expect(created.body).toEqual({ ref: 'head111', environment: 'pr-7', transient_environment: true, production_environment: false, auto_merge: false, required_contexts: [], description: 'slipway preview of pull request #7' });
    expect(created.authorization).toBe('token ghs_planted');
    expect(api.deployments[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(api.deployments[0]!.statuses[1]).toMatchObject({ environment_url: 'https://pr-7.shop.example.com', log_url: target.logUrl });
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith(previewMarker('pr-7'))).toBe(true);
    expect(comments[1]!.body).toContain('✅ slipway preview `pr-7`: deployed');
  });

  it('a second run updates the comment instead of adding one, and a failure is shown', async () => {
    await preview().finished(deployed);
    const second = preview();
    await second.started({ ...deployed, status: 'deploying' });
    await second.finished({ ...deployed, status: 'failed', failures: [{ resource: 'Deployment/shop-pr-7/web', reason: 'CrashLoopBackOff', message: 'exit code 1' }] });
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('❌ slipway preview `pr-7`: failed');
    expect(comments[0]!.body).toContain('CrashLoopBackOff');
    expect(api.requests.filter((r) => r.method === 'PATCH').length).toBe(2);
    expect(api.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it('finds its comment past the first page of comments', async () => {
    for (let i = 0; i < 130; i++) api.addComment(7, `comment ${i}`);
    await preview().comment(deployed);
    await preview().comment({ ...deployed, revision: 2 });
    expect(api.comments.get(7)!.filter((c) => c.body.includes(previewMarker('pr-7')))).toHaveLength(1);
    expect(api.requests.some((r) => r.method === 'GET' && r.query.get('page') === '2')).toBe(true);
  });

  it('dismiss marks every deployment of the environment inactive and updates the comment', async () => {
    await preview().started({ ...deployed, status: 'deploying' });
    await preview().started({ ...deployed, status: 'deploying' });
    const marked = await preview().dismissed({ env: 'pr-7', status: 'dismissed', images: [], failures: [] });
    expect(marked).toBe(2);
    for (const deployment of api.deployments) expect(deployment.statuses.at(-1)!.state).toBe('inactive');
    expect(api.comments.get(7)!).toHaveLength(1);
    expect(api.comments.get(7)![0]!.body).toContain('slipway preview `pr-7`: dismissed');
  });

  it("a fork's read-only token (403) gives clear warnings and throws nothing", async () => {
    api.readOnly = true;
    const run = preview();
    await run.started({ ...deployed, status: 'deploying' });
    await run.finished(deployed);
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(/could not create the GitHub deployment: GitHub answered 403 \(Resource not accessible by integration\).*fork.*read-only/);
    expect(warnings.some((w) => /could not write the pull request comment: GitHub answered 403/.test(w))).toBe(true);
    expect(warnings.join('\n')).not.toContain('ghs_planted');
  });

  it('an unreachable API is a warning too', async () => {
    await api.stop();
    await preview().finished(deployed);
    expect(warnings[0]).toMatch(/could not write the pull request comment/);
  });
});
