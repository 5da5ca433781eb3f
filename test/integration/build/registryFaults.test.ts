import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { buildImages } from '../../../src/core/images/buildImages.js';
import type { BuildResult } from '../../../src/core/images/buildResult.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { startFaultProxy } from './faultProxy.js';
import { collectingLog, TestRepository, testRegistry, twoImageProject, uniqueName } from './buildFixture.js';

const registry = testRegistry();
const fastRetry = { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 };

/** A small OCI image manifest pointing at an uploaded blob, for client-level tests. */
async function pushTestManifest(client: RegistryClient, repository: string, tag: string): Promise<string> {
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));
  const configDigest = await client.pushBlob(repository, config);
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length }, layers: [] }),
  );
  const digest = await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  expect(digest).toBe(`sha256:${createHash('sha256').update(manifest).digest('hex')}`);
  return digest;
}

describe('registry client through a fault-injecting proxy', () => {
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  beforeAll(async () => {
    // Every third request fails, alternately with a 503 and a dropped connection.
    proxy = await startFaultProxy(registry, (_request, index) => (index % 3 === 0 ? ((index / 3) % 2 === 0 ? '503' : 'drop') : 'pass'));
  });
  afterAll(() => proxy.stop());

  it('retries 503s and dropped connections until HEAD, blob upload, manifest PUT and tag listing succeed', async () => {
    const client = new RegistryClient({ host: proxy.host, retry: fastRetry });
    const repository = uniqueName('it/faults');
    expect(await client.headManifest(repository, 'missing')).toBeUndefined();
    const digest = await pushTestManifest(client, repository, 'v1');
    expect((await client.headManifest(repository, 'v1'))?.digest).toBe(digest);
    expect(await client.listTags(repository)).toEqual(['v1']);
    expect(proxy.faults.some((fault) => fault.fault === '503')).toBe(true);
    expect(proxy.faults.some((fault) => fault.fault === 'drop')).toBe(true);
    expect(client.stats.retries).toBeGreaterThanOrEqual(proxy.faults.length);
  });

  it('gives up with a clear error when the registry keeps failing', async () => {
    const broken = await startFaultProxy(registry, () => '503');
    try {
      const client = new RegistryClient({ host: broken.host, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 20 } });
      const error = await client.headManifest('it/x', 'v1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SlipwayError);
      expect((error as SlipwayError).message).toMatch(/HEAD manifest it\/x on 127\.0\.0\.1:\d+ failed after 3 attempts: HTTP 503/);
      expect(broken.requests).toHaveLength(3);
    } finally {
      await broken.stop();
    }
  });
});

describe('builds through a fault-injecting proxy (buildah)', () => {
  const repo = new TestRepository();
  beforeAll(() => repo.commit(twoImageProject(registry), 'initial'));
  afterAll(() => repo.remove());

  it('a push that meets 503s and dropped connections is retried and verified', async () => {
    const seen = new Set<string>();
    const proxy = await startFaultProxy(registry, (request) => {
      // The first request of each kind fails (manifest HEAD/PUT, upload start), alternating 503 and drop.
      const kind = `${request.method} ${(request.url ?? '').replace(/\/v2\/.*\/(manifests|blobs\/uploads)\/.*$/, '/$1').replace(/\?.*$/, '')}`;
      if (!/manifests|uploads/.test(kind) || seen.has(kind)) return 'pass';
      seen.add(kind);
      return seen.size % 2 === 0 ? 'drop' : '503';
    });
    try {
      const path = uniqueName('it/faults-build');
      const result = await buildImages({ dir: repo.dir, repo: `${proxy.host}/${path}`, builder: 'buildah', network: 'host', retry: fastRetry, log: collectingLog() });
      expect(result.images.map((image) => image.action)).toEqual(['built', 'built']);
      expect(proxy.faults.length).toBeGreaterThanOrEqual(2);
      const direct = new RegistryClient({ host: registry });
      for (const image of result.images) expect((await direct.headManifest(path, image.tag))?.digest).toBe(image.digest);
    } finally {
      await proxy.stop();
    }
  });

  it('a push that finally fails is reported as failed, never as pushed', async () => {
    const proxy = await startFaultProxy(registry, (request) => (request.method === 'PUT' && (request.url ?? '').includes('/manifests/') ? '503' : 'pass'));
    const log = collectingLog();
    const path = uniqueName('it/faults-fail');
    try {
      const error = await buildImages({
        dir: repo.dir,
        repo: `${proxy.host}/${path}`,
        builder: 'buildah',
        network: 'host',
        retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
        pushAttempts: 2,
        log,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SlipwayError);
      expect((error as SlipwayError).message).toMatch(/image backend failed: buildah push of image "backend" failed/);
      const partial = (error as { partialResult?: BuildResult }).partialResult!;
      expect(partial.images.map((image) => [image.name, image.action])).toEqual([
        ['backend', 'failed'],
        ['frontend', 'not-built'],
      ]);
      expect(partial.images[0]!.digest).toBe('');
      expect(log.lines).toContain('[backend] failed');
      expect(log.lines).not.toContain('[backend] ok');
      const direct = new RegistryClient({ host: registry });
      expect(await direct.headManifest(path, partial.images[0]!.tag)).toBeUndefined();
    } finally {
      await proxy.stop();
    }
  });
});
