import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { TestRepository, testRegistry, twoImageProject, uniqueName } from './buildFixture.js';

const registry = testRegistry();

/** Runs `slipway <args>` in-process in `dir`, capturing what it prints. */
async function slipway(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await runCli(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    out.mockRestore();
    err.mockRestore();
  }
}

describe('slipway build (CLI)', () => {
  const repo = new TestRepository();
  const path = uniqueName('it/cli');
  beforeAll(() => repo.commit(twoImageProject(registry), 'initial'));
  afterAll(() => repo.remove());
  afterEach(() => repo.git('checkout', '-q', 'main'));

  const badInputs: { name: string; files?: Record<string, string>; args?: string[]; error: RegExp }[] = [
    { name: 'cyclic dependsOn', files: { 'slipway.yaml': 'project: demo\nimages:\n  a: { dependsOn: [b] }\n  b: { dependsOn: [a] }\n' }, error: /slipway.yaml:3:\d+, field images.a.dependsOn: images depend on each other in a cycle: a → b → a/ },
    { name: 'missing Dockerfile', files: { 'slipway.yaml': 'project: demo\nimages:\n  a: { context: backend, dockerfile: Dockerfile.nope }\n' }, error: /field images.a.dockerfile: Dockerfile backend\/Dockerfile.nope of image "a" does not exist/ },
    { name: 'empty slipway.yaml', files: { 'slipway.yaml': '' }, error: /slipway.yaml:1: slipway.yaml is empty/ },
    { name: 'bad --repo', args: ['--repo', `${registry}/Bad/Path`], error: /flag --repo: repository ".*" is not valid: path component "Bad"/ },
    { name: 'unknown image selected', args: ['backnd'], error: /image "backnd" is not defined in slipway.yaml \(did you mean "backend"\?\)/ },
    { name: 'no repository at all', args: ['--repo', ''], error: /no image repository given/ },
  ];

  it.each(badInputs)('bad input, refused before anything is built: $name', async ({ files, args, error }) => {
    if (files) {
      repo.git('checkout', '-q', '-b', uniqueName('bad'));
      repo.commit(files, 'broken');
    }
    const result = await slipway(repo.dir, ['build', '--repo', `${registry}/${path}`, '--builder', 'buildah', ...(args ?? [])]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(error);
    expect(result.stdout).not.toMatch(/\] building/);
    expect(await new RegistryClient({ host: registry }).listTags(path)).toEqual([]);
  });

  it('builds, then finds nothing to build; writes JSON and dotenv reports', async () => {
    const first = await slipway(repo.dir, ['build', '--repo', `${registry}/${path}`, '--builder', 'buildah', '--network', 'host']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\[backend\] building[\s\S]*\[backend\] pushed[\s\S]*\[frontend\] pushed/);
    const report = join(repo.dir, '.git', 'report.json');
    const dotenv = join(repo.dir, '.git', 'build.env');
    const second = await slipway(repo.dir, ['build', '--repo', `${registry}/${path}`, '--report', report, '--dotenv', dotenv]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('nothing to build: every image is in the registry');
    expect(second.stdout).toMatch(/registry requests: 3 \(HEAD manifest 3\)/);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { images: { name: string; action: string; reference: string }[] };
    expect(json.images.map((image) => [image.name, image.action])).toEqual([['backend', 'reused'], ['frontend', 'reused']]);
    expect(readFileSync(dotenv, 'utf8')).toContain(`SLIPWAY_IMAGE_BACKEND=${json.images[0]!.reference}`);
  });
});
