import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubPackagesDeleter } from '../../../src/ci/github/packagesDeleter.js';
import { gitlabRegistryDeleter } from '../../../src/ci/gitlab/registryDeleter.js';
import { runCleanup, type CleanupOptions } from '../../../src/core/cleanup/runCleanup.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { kubeClientsForContexts } from '../../../src/core/kube/kubeContexts.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { SecretValue } from '../../../src/core/secretValue.js';
import { testbedVar } from '../../support/testbedEnv.js';
import { testRegistry, uniqueName } from '../build/buildFixture.js';
import { startFaultProxy } from '../build/faultProxy.js';
import { startRegistry, freePort } from '../build/registryProcess.js';
import { HistoryRepository, buildAt, registryTags } from './cleanupFixture.js';

const registry = testRegistry();
const hour = 3_600_000;
const config = 'project: faults\nimages:\n  app: { context: app }\ncleanup:\n  keepPolicies:\n    - references: { branch: main }\n      imagesPerReference: { last: 1 }\n';

/** Four commits, four images on main; the policy keeps the newest: three are to be deleted. */
async function history(repository: string): Promise<{ repo: HistoryRepository; tags: string[] }> {
  const repo = new HistoryRepository(repository.split('/')[0] === registry ? registry : registry, config);
  const tags: string[] = [];
  for (let i = 0; i < 4; i++) {
    const id = repo.commit(Date.now() - (10 - i) * hour, i, `commit ${i}`);
    tags.push((await buildAt(repo, repository, id)).app!);
  }
  repo.push('main');
  return { repo, tags };
}

const base = (repo: HistoryRepository, repository: string, over: Partial<CleanupOptions> = {}): CleanupOptions => ({
  dir: repo.dir,
  repo: repository,
  dryRun: false,
  kube: 'without-kube',
  fetch: false,
  keep: [],
  keepBuiltWithinHours: 0,
  log: { info: () => {}, warning: () => {} },
  ...over,
});

describe('cleanup faults', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('a cluster that cannot be read stops the cleanup before any deletion, naming the context', async () => {
    const path = uniqueName('it/cleanup-kube');
    const { repo } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    const port = await freePort();
    const kubeconfig = join(repo.root, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n  cluster: { server: "https://127.0.0.1:${port}", insecure-skip-tls-verify: true }\nusers:\n- name: u\n  user: { token: secret-token-value }\ncontexts:\n- name: gone-ctx\n  context: { cluster: gone, user: u }\ncurrent-context: gone-ctx\n`,
    );
    const before = await registryTags(registry, path);
    const kube = kubeClientsForContexts({ kubeconfigPath: kubeconfig }, [], { retryForMs: 500 });
    const error = await runCleanup(base(repo, `${registry}/${path}`, { kube })).catch((e: unknown) => e);
    for (const target of kube) target.client.close();
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).message).toMatch(/cannot read the images in use in kube context "gone-ctx": cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\); nothing was deleted/);
    expect((error as SlipwayError).hint).toMatch(/--without-kube/);
    expect((error as SlipwayError).message).not.toContain('secret-token-value');
    expect(await registryTags(registry, path)).toEqual(before);
  });

  it('the real cluster of the bed is read (every context of the kubeconfig) and a healthy run deletes the three', async () => {
    const path = uniqueName('it/cleanup-ok');
    const { repo, tags } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    const kube = kubeClientsForContexts({ kubeconfigPath: testbedVar('KUBECONFIG') }, []);
    const result = await runCleanup(base(repo, `${registry}/${path}`, { kube }));
    for (const target of kube) target.client.close();
    expect(result.kube).toMatchObject({ contexts: [expect.any(String)], uses: 0 });
    expect(result.plan.deleted.map((d) => d.tags[0]).sort()).toEqual(tags.slice(0, 3).sort());
    expect((await registryTags(registry, path)).filter((tag) => tag.startsWith('app-'))).toEqual([tags[3]]);
  });

  it('a registry that refuses DELETE (405) is a clear error with a non-zero outcome, and nothing is claimed deleted', async () => {
    const refusing = await startRegistry('', { deleteEnabled: false });
    cleanups.push(() => refusing.stop());
    const repository = `${refusing.host}/faults/app`;
    const { repo } = await history(repository);
    cleanups.push(() => repo.remove());
    const error = await runCleanup(base(repo, repository)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).message).toMatch(new RegExp(`the registry refuses to delete manifests of ${refusing.host}/faults/app \\(HTTP 405\\)`));
    expect((error as SlipwayError).hint).toMatch(/REGISTRY_STORAGE_DELETE_ENABLED=true/);
    expect((await registryTags(refusing.host, 'faults/app')).filter((tag) => tag.startsWith('app-'))).toHaveLength(4);
  });

  it('a registry that forbids DELETE (403) names the missing permission', async () => {
    const path = uniqueName('it/cleanup-403');
    const { repo } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    const proxy = await startFaultProxy(registry, (request) => (request.method === 'DELETE' ? '403' : 'pass'));
    cleanups.push(() => proxy.stop());
    const error = await runCleanup(base(repo, `${proxy.host}/${path}`)).catch((e: unknown) => e);
    expect((error as SlipwayError).message).toMatch(/not allowed to delete from 127\.0\.0\.1:\d+\/it\/cleanup-403\S* \(HTTP 403\)/);
    expect((error as SlipwayError).hint).toMatch(/delete permission/);
    expect((await registryTags(registry, path)).filter((tag) => tag.startsWith('app-'))).toHaveLength(4);
  });

  it('a 500 on a DELETE is retried and the cleanup completes', async () => {
    const path = uniqueName('it/cleanup-500');
    const { repo, tags } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    let deletes = 0;
    const proxy = await startFaultProxy(registry, (request) => (request.method === 'DELETE' && deletes++ === 0 ? '500' : 'pass'));
    cleanups.push(() => proxy.stop());
    const result = await runCleanup(base(repo, `${proxy.host}/${path}`, { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } }));
    expect(proxy.faults.filter((f) => f.method === 'DELETE')).toHaveLength(1);
    expect(result.registryRequests.retries).toBeGreaterThanOrEqual(1);
    expect((await registryTags(registry, path)).filter((tag) => tag.startsWith('app-'))).toEqual([tags[3]]);
  });

  it('a cleanup killed midway (the registry goes away after one DELETE) is finished by the next run, nothing lost', async () => {
    const path = uniqueName('it/cleanup-killed');
    const { repo, tags } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    let deletes = 0;
    const proxy = await startFaultProxy(registry, (request) => (request.method === 'DELETE' && deletes++ >= 1 ? 'drop' : 'pass'));
    cleanups.push(() => proxy.stop());
    const first = await runCleanup(base(repo, `${proxy.host}/${path}`, { parallelism: 1, retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 } })).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(SlipwayError);
    const between = (await registryTags(registry, path)).filter((tag) => tag.startsWith('app-'));
    expect(between).toHaveLength(3);
    expect(between).toContain(tags[3]);
    const second = await runCleanup(base(repo, `${registry}/${path}`));
    expect(second.plan.deleted).toHaveLength(2);
    const after = await registryTags(registry, path);
    expect(after.filter((tag) => tag.startsWith('app-'))).toEqual([tags[3]]);
    // Only the kept image's commit record remains.
    expect(after.filter((tag) => tag.startsWith('slipway-commit-'))).toHaveLength(1);
  });

  it('GitHub Packages: versions are listed and deleted through the REST API (org, then user), 403 names the scopes', async () => {
    const path = uniqueName('acme/shop');
    const { repo, tags } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    const client = new RegistryClient({ host: registry });
    const digests = new Map<string, string>();
    for (const tag of await registryTags(registry, path)) digests.set(tag, (await client.headManifest(path, tag))!.digest);
    const [owner, packageName] = [path.split('/')[0]!, path.split('/').slice(1).join('/')];
    const calls: { method: string; url: string; auth: string }[] = [];
    let forbid = false;
    const versions = [...new Set(digests.values())].map((digest, index) => ({ id: 1000 + index, name: digest, metadata: { container: { tags: [...digests].filter(([, d]) => d === digest).map(([t]) => t) } } }));
    const api = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = request.url ?? '';
      calls.push({ method: request.method ?? '', url, auth: request.headers.authorization ?? '' });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };
      const pkg = encodeURIComponent(packageName);
      if (url.startsWith(`/orgs/${owner}/`)) return send(404, { message: 'Not Found' });
      const listPath = `/users/${owner}/packages/container/${pkg}/versions`;
      if (request.method === 'GET' && url.startsWith(listPath)) {
        const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? '1');
        const pageItems = versions.slice((page - 1) * 3, page * 3);
        const next: Record<string, string> = page * 3 < versions.length ? { link: `<http://${host}${listPath}?per_page=100&page=${page + 1}>; rel="next"` } : {};
        return send(200, pageItems, next);
      }
      const deleted = new RegExp(`^${listPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d+)$`).exec(url);
      if (request.method === 'DELETE' && deleted) {
        if (forbid) return send(403, { message: 'Must have admin rights to Repository.' });
        const index = versions.findIndex((v) => v.id === Number(deleted[1]));
        if (index < 0) return send(404, { message: 'Not Found' });
        versions.splice(index, 1);
        response.writeHead(204);
        return response.end();
      }
      send(404, { message: 'Not Found' });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => api.close(() => resolve())));
    const address = api.address();
    const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const env = { ...process.env, SLIPWAY_GITHUB_API_URL: `http://${host}`, SLIPWAY_GITHUB_PACKAGES_REGISTRY: registry };
    const deleter = githubPackagesDeleter(new SecretValue('ghp_test_token'), env);

    forbid = true;
    const refused = await runCleanup(base(repo, `${registry}/${path}`, { deleter })).catch((e: unknown) => e);
    expect((refused as SlipwayError).message).toMatch(new RegExp(`the GitHub token may not delete package ${owner}/${packageName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} on GitHub \\(HTTP 403\\)`));
    expect((refused as SlipwayError).hint).toMatch(/delete:packages/);

    forbid = false;
    calls.length = 0;
    const result = await runCleanup(base(repo, `${registry}/${path}`, { deleter }));
    expect(result.plan.deleted).toHaveLength(3);
    const deletedIds = calls.filter((c) => c.method === 'DELETE').map((c) => Number(c.url.split('/').pop()));
    const expectedIds = [...tags.slice(0, 3).map((t) => digests.get(t)!), ...result.plan.deletedRecords.map((t) => digests.get(t)!)];
    expect(deletedIds.length).toBe(expectedIds.length);
    // Listed with pagination, org tried first then user; every call carries the token, nothing goes to the registry's DELETE.
    expect(calls.some((c) => c.url.includes('page=2'))).toBe(true);
    expect(calls.every((c) => c.auth === 'token ghp_test_token')).toBe(true);
    expect(versions.map((v) => v.name).sort()).toEqual([...new Set([...digests].filter(([tag]) => tag === tags[3] || !tags.slice(0, 3).includes(tag) && !result.plan.deletedRecords.includes(tag)).map(([, d]) => d))].sort());
    // The registry itself still has every tag: deletion went through the API only.
    expect((await registryTags(registry, path)).filter((tag) => tag.startsWith('app-'))).toHaveLength(4);
  });

  it("GitLab: the project's registry repository is found and its tags deleted through GitLab's API; 403 names the api scope", async () => {
    const path = uniqueName('group/project');
    const { repo, tags } = await history(`${registry}/${path}`);
    cleanups.push(() => repo.remove());
    const calls: { method: string; url: string; token: string }[] = [];
    let forbid = true;
    const api = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = request.url ?? '';
      calls.push({ method: request.method ?? '', url, token: String(request.headers['private-token'] ?? '') });
      const send = (status: number, body: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'GET' && url.startsWith('/api/v4/projects/42/registry/repositories?')) {
        return send(200, [{ id: 7, path: 'group/other', location: `${registry}/group/other` }, { id: 9, path, location: `${registry}/${path}` }]);
      }
      const tag = /^\/api\/v4\/projects\/42\/registry\/repositories\/9\/tags\/([^/]+)$/.exec(url);
      if (request.method === 'DELETE' && tag) {
        if (forbid) return send(403, { message: '403 Forbidden' });
        return send(200, {});
      }
      send(404, { message: '404 Not Found' });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => api.close(() => resolve())));
    const address = api.address();
    const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const env = { CI_API_V4_URL: `http://${host}/api/v4`, CI_PROJECT_ID: '42', CI_REGISTRY: registry };
    const deleter = gitlabRegistryDeleter(new SecretValue('glpat-secret'), env);
    expect(deleter({ registry: 'ghcr.io', apiHost: 'ghcr.io', path: 'a/b', name: 'ghcr.io/a/b' })).toBeUndefined();

    const refused = await runCleanup(base(repo, `${registry}/${path}`, { deleter })).catch((e: unknown) => e);
    expect((refused as SlipwayError).message).toMatch(/GitLab refused to delete tag app-[0-9a-f]{32} of .* \(HTTP 403\)/);
    expect((refused as SlipwayError).hint).toMatch(/api scope/);

    forbid = false;
    calls.length = 0;
    const result = await runCleanup(base(repo, `${registry}/${path}`, { deleter }));
    const deletedTags = calls.filter((c) => c.method === 'DELETE').map((c) => decodeURIComponent(c.url.split('/').pop()!)).sort();
    expect(deletedTags).toEqual([...tags.slice(0, 3), ...result.plan.deletedRecords].sort());
    expect(result.deletedRecords).toEqual(result.plan.deletedRecords);
    expect(calls.every((c) => c.token === 'glpat-secret')).toBe(true);
  });
});
