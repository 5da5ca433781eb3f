import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages } from '../../../src/core/images/buildImages.js';
import type { BuildResult } from '../../../src/core/images/buildResult.js';
import { readCommitMetadata } from '../../../src/core/images/commitMetadata.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { collectingLog, TestRepository, testRegistry, twoImageProject, uniqueName } from './buildFixture.js';

const registry = testRegistry();

const actions = (result: BuildResult): Record<string, string> => Object.fromEntries(result.images.map((image) => [image.name, image.action]));

describe.each(['buildah', 'docker'] as const)('two-image project built with %s', (builder) => {
  const repo = new TestRepository();
  const path = uniqueName(`it/build-${builder}`);
  const repoName = `${registry}/${path}`;
  const build = (extra: { dev?: boolean } = {}): Promise<BuildResult> =>
    buildImages({ dir: repo.dir, repo: repoName, builder, network: 'host', log: collectingLog(), ...extra });

  beforeAll(() => {
    repo.commit(twoImageProject(registry), 'initial');
  });
  afterAll(() => repo.remove());

  let first: BuildResult;
  it('first run builds both, dependency first, and records the commit', async () => {
    first = await build();
    expect(actions(first)).toEqual({ backend: 'built', frontend: 'built' });
    for (const image of first.images) {
      expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(image.reference).toBe(`${repoName}:${image.tag}`);
      expect(image.builder).toBe(builder);
    }
    expect(first.metadata).toBe('recorded');
    const client = new RegistryClient({ host: registry });
    const record = await readCommitMetadata(client, path, first.commit);
    expect(record?.images.backend).toEqual({ tag: first.images[0]!.tag, digest: first.images[0]!.digest, builtAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(await client.headManifest(path, first.images[1]!.tag)).toMatchObject({ digest: first.images[1]!.digest });
  });

  it('a README-only commit builds nothing; the image checks are HEAD requests only', async () => {
    repo.commit({ 'README.md': '# demo\nmore docs\n' });
    const result = await build();
    expect(actions(result)).toEqual({ backend: 'reused', frontend: 'reused' });
    expect(result.images.map((image) => image.tag)).toEqual(first.images.map((image) => image.tag));
    expect(result.images.map((image) => image.digest)).toEqual(first.images.map((image) => image.digest));
    // 2 image HEADs + 1 HEAD of this commit's metadata record, then one PUT to record it.
    expect(result.registryRequests.byKind).toEqual({ 'HEAD manifest': 3, 'PUT manifest': 1 });
    expect(result.registryRequests.byKind['GET tags']).toBeUndefined();
  });

  it('running the same commit again sends HEAD requests only', async () => {
    const result = await build();
    expect(actions(result)).toEqual({ backend: 'reused', frontend: 'reused' });
    expect(result.registryRequests.byKind).toEqual({ 'HEAD manifest': 3 });
    expect(result.metadata).toBe('unchanged');
  });

  it('a .dockerignored file in a context does not count', async () => {
    repo.commit({ 'backend/NOTES.md': 'changed notes\n' });
    expect(actions(await build())).toEqual({ backend: 'reused', frontend: 'reused' });
  });

  it('touching a frontend file rebuilds only frontend', async () => {
    repo.commit({ 'frontend/index.html': '<h1>v2</h1>\n' });
    const result = await build();
    expect(actions(result)).toEqual({ backend: 'reused', frontend: 'built' });
    expect(result.images[0]!.tag).toBe(first.images[0]!.tag);
  });

  it('touching a backend file rebuilds backend and its dependant frontend', async () => {
    repo.commit({ 'backend/main.txt': 'backend v2\n' });
    expect(actions(await build())).toEqual({ backend: 'built', frontend: 'built' });
  });

  it('changing a build arg rebuilds', async () => {
    repo.commit({ 'slipway.yaml': twoImageProject(registry, 'bonjour')['slipway.yaml']! });
    expect(actions(await build())).toEqual({ backend: 'built', frontend: 'built' });
  });

  it('an uncommitted Dockerfile change is refused with the file listed; --dev builds it', async () => {
    repo.write({ 'backend/Dockerfile': `FROM ${registry}/base/busybox:latest\nARG GREETING\nCOPY . /app\nRUN echo "dev $GREETING" > /greeting\n` });
    const refused = await build().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SlipwayError);
    expect((refused as SlipwayError).message).toContain('modified  backend/Dockerfile');
    expect((refused as SlipwayError).hint).toContain('--dev');
    const dev = await build({ dev: true });
    expect(actions(dev)).toEqual({ backend: 'built', frontend: 'built' });
    expect(dev.source).toBe('working-tree');
    expect(dev.metadata).toBe('skipped');
    repo.git('checkout', '--', 'backend/Dockerfile');
  });
});
