import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { cleanupReportLines } from '../../../src/core/cleanup/cleanupReport.js';
import { runCleanup, type CleanupOptions } from '../../../src/core/cleanup/runCleanup.js';
import { kubeClientsForContexts } from '../../../src/core/kube/kubeContexts.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { kubectl, testbedVar } from '../../support/testbedEnv.js';
import { testRegistry, uniqueName } from '../build/buildFixture.js';
import { HistoryRepository, buildAt, registryTags } from './cleanupFixture.js';

const registry = testRegistry();
const hour = 3_600_000;

/** slipway.yaml with explicit policies; defaults.yaml (same image) leaves werf's default policies in force. */
const explicitConfig = `project: clean
images:
  app: { context: app }
cleanup:
  keepPolicies:
    - references: { tag: /.*/ }
    - references: { branch: main }
      imagesPerReference: { last: 3 }
    - references: { branch: /^feature\\/.*/, limit: { in: 168h } }
      imagesPerReference: { last: 1 }
`;
const defaultsConfig = 'project: clean\nimages:\n  app: { context: app }\n';

async function slipway(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { code: await runCli(args), stdout, stderr };
  } finally {
    process.chdir(cwd);
    out.mockRestore();
    err.mockRestore();
  }
}

describe('cleanup over a real Git history, registry and cluster', () => {
  const path = uniqueName('it/cleanup');
  const repository = `${registry}/${path}`;
  const repo = new HistoryRepository(registry, explicitConfig);
  const namespace = uniqueName('cleanup');
  /** app version → its image tag. */
  const tagOfVersion = new Map<number, string>();
  /** record tag → the app version of its commit. */
  const recordVersion = new Map<string, number>();
  const now = Date.now();
  let kube: ReturnType<typeof kubeClientsForContexts>;

  const options = (over: Partial<CleanupOptions> = {}): CleanupOptions => ({
    dir: repo.dir,
    repo: repository,
    dryRun: true,
    kube,
    fetch: false,
    keep: [],
    keepBuiltWithinHours: 0,
    log: { info: () => {}, warning: () => {} },
    ...over,
  });
  const versionsOf = (tags: string[]): number[] =>
    tags
      .map((tag) => [...tagOfVersion].find(([, t]) => t === tag)?.[0])
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    kube = kubeClientsForContexts({ kubeconfigPath: testbedVar('KUBECONFIG') }, []);
    // Every commit also carries defaults.yaml, for the run under werf's default policies.
    const commit = (time: number, version: number, note: string): string => {
      writeFileSync(join(repo.dir, 'defaults.yaml'), defaultsConfig);
      return repo.commit(time, version, note);
    };
    const main: string[] = [];
    for (let i = 0; i < 30; i++) main.push(commit(now - (72 - 2 * i) * hour, Math.floor(i / 3), `main ${i}`));
    repo.git({}, 'tag', 'v1.0', main[10]!);
    repo.git({}, 'tag', 'v2.0', main[25]!);
    repo.git({}, 'checkout', '-q', '-b', 'feature/a', main[20]!);
    for (let i = 0; i < 6; i++) commit(now - (12 - i) * hour, 100 + Math.floor(i / 2), `feature a ${i}`);
    repo.git({}, 'checkout', '-q', '-b', 'feature/old', main[5]!);
    for (let i = 0; i < 4; i++) commit(now - 30 * 24 * hour + i * hour, 200 + Math.floor(i / 2), `feature old ${i}`);
    repo.git({}, 'checkout', '-q', '-b', 'hotfix/gone', main[8]!);
    for (let i = 0; i < 2; i++) commit(now - 20 * 24 * hour + i * hour, 300, `hotfix ${i}`);
    repo.git({}, 'checkout', '-q', 'main');
    repo.push('main', 'feature/a', 'feature/old', 'hotfix/gone', '--tags');

    // Build every commit with the real builder: unchanged inputs reuse the image, every commit is recorded.
    for (const [id, version] of repo.versions) {
      const tags = await buildAt(repo, repository, id);
      tagOfVersion.set(version, tags.app!);
      recordVersion.set(`slipway-commit-${id}`, version);
    }
    expect(repo.versions.size).toBe(42);
    expect(tagOfVersion.size).toBe(16);

    // The hotfix runs in the cluster, then its branch is deleted: its image must stay.
    await kubectl(['create', 'namespace', namespace]);
    await kubectl(['-n', namespace, 'create', 'deployment', 'hotfix', `--image=${repository}:${tagOfVersion.get(300)}`]);
    repo.push(':hotfix/gone');
    repo.git({}, 'branch', '-q', '-D', 'hotfix/gone');
    // A foreign tag on the oldest image: a delete by digest would take it along, so the image stays.
    const client = new RegistryClient({ host: registry });
    const oldest = await client.getManifest(path, tagOfVersion.get(0)!);
    await client.putManifest(path, 'keepme', oldest!.body, oldest!.descriptor.mediaType);
  }, 600_000);

  afterAll(async () => {
    for (const target of kube ?? []) target.client.close();
    await kubectl(['delete', 'namespace', namespace, '--wait=false']).catch(() => {});
    repo.remove();
  });

  it("werf's default policies keep what werf's documentation says (dry run)", async () => {
    // From werf's cleanup documentation: "1. Keep by one version for the last 10 Git tags. 2. Keep by up to two
    // versions from the past week for the 10 most active Git branches within that period. 3. Keep by two versions
    // for the Git branches main, master, staging, and production." Never an image used in a cluster.
    const result = await runCleanup(options({ configFile: 'defaults.yaml' }));
    const kept = versionsOf(result.plan.kept.map((k) => k.tag));
    // tags v1.0 → 3, v2.0 → 8; feature/a → 102, 101; main → its newest images; hotfix → 300 (in use); 0 via keepme.
    const mainKept = Array.from({ length: werfDefaultMainImages }, (_, i) => 9 - i);
    expect(kept).toEqual([...new Set([0, 3, 8, 101, 102, 300, ...mainKept])].sort((a, b) => a - b));
    expect(versionsOf(result.plan.deleted.flatMap((d) => d.tags))).toEqual([...[1, 2, 4, 5, 6, 7].filter((v) => !mainKept.includes(v)), 100, 200, 201]);
    expect(await registryTags(registry, path)).toContain(tagOfVersion.get(100));
  });

  it('with the default keep-built-within-2-hours rule, every image just built is kept (dry run)', async () => {
    const result = await runCleanup(options({ configFile: 'defaults.yaml', keepBuiltWithinHours: undefined }));
    expect(result.plan.deleted).toEqual([]);
    const reasons = result.plan.kept.find((k) => k.tag === tagOfVersion.get(200))!.reasons;
    expect(reasons.map((r) => r.kind)).toEqual(['built-within']);
  });

  it('the explicit policies: a dry run prints the plan and deletes nothing', async () => {
    const before = await registryTags(registry, path);
    const result = await runCleanup(options());
    expect(versionsOf(result.plan.kept.map((k) => k.tag))).toEqual([0, 3, 7, 8, 9, 102, 300]);
    expect(versionsOf(result.plan.deleted.flatMap((d) => d.tags))).toEqual([1, 2, 4, 5, 6, 100, 101, 200, 201]);
    const lines = cleanupReportLines(result).join('\n');
    expect(lines).toMatch(new RegExp(`${tagOfVersion.get(300)}\\n\\s+in use by Deployment/${namespace}/hotfix container \\S+ in context \\S+`));
    expect(lines).toMatch(new RegExp(`${tagOfVersion.get(0)}\\n\\s+shares digest sha256:\\S+ with tag keepme`));
    expect(lines).toMatch(/policy 2 \(branch main; images per reference: last 3\): branch main, 1st newest image, at commit [0-9a-f]{12}/);
    expect(lines).toMatch(/policy 1 \(tag \/\.\*\/\): tag v1\.0/);
    expect(lines).toContain('would delete 9 image(s)');
    expect(await registryTags(registry, path)).toEqual(before);
    // Commit records describe the images: no manifest is read for images they describe and keep.
    expect(result.registryRequests.byKind['GET manifest']).toBeLessThanOrEqual(42 + 9 + 2);
  });

  it('slipway cleanup deletes exactly the planned images and their commit records; the registry agrees; a second run deletes nothing', async () => {
    const reportPath = join(repo.root, 'cleanup.json');
    const run = await slipway(repo.dir, ['cleanup', '--repo', repository, '--keep-built-within-hours', '0', '--report', reportPath]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/deleted 9 image\(s\)/);
    const tags = await registryTags(registry, path);
    const keptVersions = [0, 3, 7, 8, 9, 102, 300];
    const expectedRecords = [...recordVersion].filter(([, v]) => keptVersions.includes(v)).map(([tag]) => tag);
    expect(tags).toEqual([...keptVersions.map((v) => tagOfVersion.get(v)!), 'keepme', ...expectedRecords].sort());
    const report = JSON.parse((await import('node:fs')).readFileSync(reportPath, 'utf8'));
    expect(report.deleted).toHaveLength(9);
    expect(report.deleted.every((d: { done: boolean }) => d.done)).toBe(true);

    const again = await slipway(repo.dir, ['cleanup', '--repo', repository, '--keep-built-within-hours', '0']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/deleted 0 image\(s\)/);
    expect(await registryTags(registry, path)).toEqual(tags);
  });
});

/** imagesPerReference.last of werf's third default policy (main/master/staging/production), as documented. */
const werfDefaultMainImages = 2;
