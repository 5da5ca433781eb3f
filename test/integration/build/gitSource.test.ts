import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../../src/core/errors/slipwayError.js';
import { planImages } from '../../../src/core/images/buildImages.js';
import { TestRepository, testRegistry, twoImageProject, uniqueName } from './buildFixture.js';

const registry = testRegistry();

describe('reading the commit', () => {
  const repo = new TestRepository();
  const clones: string[] = [];
  afterAll(() => {
    repo.remove();
    for (const dir of clones) rmSync(dir, { recursive: true, force: true });
  });

  it('a commit missing from a shallow clone is explained', async () => {
    repo.commit(twoImageProject(registry), 'one');
    repo.commit({ 'README.md': 'two\n' }, 'two');
    const clone = mkdtempSync(join(tmpdir(), 'slipway-shallow-'));
    clones.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const plan = await planImages({ dir: clone, repo: `${registry}/${uniqueName('it/shallow')}` });
    expect(plan.shallowClone).toBe(true);
    const error = await planImages({ dir: clone, repo: `${registry}/x`, commit: 'HEAD~1' }).catch((e: unknown) => e);
    expect(formatError(error)).toMatch(/commit "HEAD~1" was not found[\s\S]*shallow clone[\s\S]*fetch-depth: 0/);
  });

  it('an untracked file in a context is refused; a dockerignored one is not', async () => {
    repo.write({ 'backend/IGNORED.md': 'x\n' });
    await expect(planImages({ dir: repo.dir, repo: `${registry}/x` })).resolves.toBeDefined();
    repo.write({ 'backend/new.txt': 'x\n' });
    const error = await planImages({ dir: repo.dir, repo: `${registry}/x` }).catch((e: unknown) => e);
    expect(formatError(error)).toMatch(/uncommitted changes[\s\S]*untracked backend\/new\.txt/);
    expect(formatError(error)).not.toContain('IGNORED.md');
    rmSync(join(repo.dir, 'backend/new.txt'));
    rmSync(join(repo.dir, 'backend/IGNORED.md'));
  });

  it('a werf.yaml project (no slipway.yaml) is planned with its images and dependency build arg', async () => {
    const werf = new TestRepository();
    try {
      werf.commit({
        'werf.yaml': 'project: legacy\nconfigVersion: 1\ndeploy:\n  namespace: "[[ project ]]-[[ env ]]"\n---\nimage: base\ndockerfile: Dockerfile\ncontext: base\n---\nimage: app\ncontext: app\ndockerfile: Dockerfile\ndependencies:\n  - image: base\n    imports:\n      - type: ImageName\n        targetBuildArg: BASE_IMAGE\n',
        'base/Dockerfile': `FROM ${registry}/base/busybox:latest\n`,
        'app/Dockerfile': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n',
      });
      const plan = await planImages({ dir: werf.dir, repo: `${registry}/${uniqueName('it/werf')}` });
      expect(plan.config.format).toBe('werf');
      expect(plan.plan.levels).toEqual([['base'], ['app']]);
      expect(plan.config.images[1]!.dependsOn).toEqual([{ image: 'base', buildArg: 'BASE_IMAGE' }]);
    } finally {
      werf.remove();
    }
  });
});
