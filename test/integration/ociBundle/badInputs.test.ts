import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepository, testRegistry, uniqueName } from '../build/buildFixture.js';
import { startRegistry } from '../build/registryProcess.js';
import { run, testbedVar } from '../../support/testbedEnv.js';
import { cli, emptyDirectory, inDirectory, registryTags, releaseRecords } from './bundleFixture.js';

const registry = testRegistry();
const id = uniqueName('bundle-bad');
const path = `${id}/app`;
const repo = `${registry}/${path}`;
const namespace = `${id}-ns`;
let project: TestRepository;
let imageTag: string;

async function namespaceExists(): Promise<boolean> {
  return (await run(testbedVar('SLIPWAY_KUBECTL'), ['get', 'namespace', namespace])).code === 0;
}

/** Runs a refused command and checks that the cluster has no release and the registry the same tags as before. */
async function refused(argv: string[], message: RegExp): Promise<string> {
  const before = await registryTags(registry, path);
  const result = await inDirectory(emptyDirectory(), () => cli(...argv));
  expect(result.code, result.stdout).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(await releaseRecords(namespace)).toEqual([]);
  expect(await namespaceExists()).toBe(false);
  expect(await registryTags(registry, path)).toEqual(before);
  return result.stderr;
}

beforeAll(async () => {
  project = new TestRepository();
  project.commit({
    'slipway.yaml': 'project: bundlebad\nimages:\n  web:\n    context: web\ndeploy:\n  chart: .helm\n',
    'web/Dockerfile': `FROM ${registry}/base/busybox:latest\nRUN echo ${id} > /id\n`,
    '.helm/Chart.yaml': 'apiVersion: v2\nname: bundle-bad\nversion: 1.0.0\n',
    '.helm/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  image: {{ .Values.slipway.image.web | quote }}\n',
  });
  for (const tag of ['1.0.0', '1.1.0']) {
    const published = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', repo, '--tag', tag));
    expect(published.code, published.stderr).toBe(0);
  }
  imageTag = (await registryTags(registry, path)).find((t) => t.startsWith('web-'))!;
});
afterAll(() => project?.remove());

describe('bundle bad inputs: clear errors, nothing deployed, registries unchanged', () => {
  const apply = (...extra: string[]) => ['bundle', 'apply', '--repo', repo, '--release', 'bad', '-n', namespace, ...extra];

  it('a missing tag names the nearest tags', async () => {
    const stderr = await refused(apply('--tag', '1.0.7'), /has no tag "1\.0\.7"; nearest: 1\.1\.0, 1\.0\.0/);
    expect(stderr).toContain('hint:');
  });

  it('a constraint no tag satisfies names the nearest tags', async () => {
    await refused(apply('--tag', '^2'), /no tag of .* satisfies "\^2"; nearest: 1\.1\.0, 1\.0\.0/);
  });

  it('a repository without bundles', async () => {
    await refused(['bundle', 'apply', '--repo', `${registry}/${id}/nothing`, '--release', 'bad', '-n', namespace], /has no bundles \(no tags\)/);
  });

  it('a non-chart artifact (an image) is refused', async () => {
    await refused(apply('--tag', imageTag), /is not a Helm chart: its config media type is "application\/vnd\.(oci|docker)\.[^"]*", not Helm's application\/vnd\.cncf\.helm\.config\.v1\+json/);
  });

  it('a pinned digest the tag does not point at', async () => {
    await refused(apply('--tag', '1.0.0', '--digest', `sha256:${'0'.repeat(64)}`), /digest mismatch for .*:1\.0\.0: expected sha256:0{64}, the registry has sha256:/);
  });

  it('a blob altered in the registry storage is caught by its digest', async () => {
    const second = await startRegistry('');
    try {
      const target = `${second.host}/${id}/tampered`;
      expect((await cli('bundle', 'copy', '--from', repo, '--to', target, '--tag', '1.0.0')).code).toBe(0);
      // Rewrite every gzip blob (the chart layer) on disk: the registry keeps serving it under the old digest.
      const blobs = join(second.dir, 'data/docker/registry/v2/blobs/sha256');
      let altered = 0;
      for (const prefix of readdirSync(blobs)) {
        for (const hex of readdirSync(join(blobs, prefix))) {
          const file = join(blobs, prefix, hex, 'data');
          const data = readFileSync(file);
          if (data[0] === 0x1f && data[1] === 0x8b) {
            data[data.length - 5] ^= 0xff;
            writeFileSync(file, data);
            altered++;
          }
        }
      }
      expect(altered).toBe(1);
      const result = await inDirectory(emptyDirectory(), () => cli('bundle', 'apply', '--repo', target, '--tag', '1.0.0', '--release', 'bad', '-n', namespace));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/digest mismatch for blob sha256:[0-9a-f]{64} in .*tampered: expected sha256:[0-9a-f]{64}, got sha256:/);
      expect(await namespaceExists()).toBe(false);
    } finally {
      await second.stop();
    }
  });

  it('a registry without OCI artifact support refuses the manifest: a clear error, no tag created', async () => {
    // An old registry: blobs are accepted, any manifest that is not Docker v2 schema 2 is "invalid".
    const manifests: string[] = [];
    const server: Server = createServer((req, res) => {
      const url = req.url ?? '';
      req.resume();
      req.on('end', () => {
        if (url === '/v2/' || url === '/v2') return res.writeHead(200).end('{}');
        if (req.method === 'HEAD' && url.includes('/blobs/')) return res.writeHead(404).end();
        if (req.method === 'POST' && url.includes('/blobs/uploads/')) return res.writeHead(202, { location: '/v2/upload/1' }).end();
        if (req.method === 'PUT' && url.startsWith('/v2/upload/')) return res.writeHead(201).end();
        if (req.method === 'PUT' && url.includes('/manifests/')) {
          if (req.headers['content-type'] !== 'application/vnd.docker.distribution.manifest.v2+json') {
            return res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }));
          }
          manifests.push(url);
          return res.writeHead(201).end();
        }
        if (url.includes('/tags/list')) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ tags: [] }));
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await cli('bundle', 'copy', '--from', repo, '--to', `127.0.0.1:${port}/old/app`, '--tag', '1.0.0');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/registry 127\.0\.0\.1:\d+ refused the manifest for 127\.0\.0\.1:\d+\/old\/app: .*MANIFEST_INVALID/);
      expect(result.stderr).toMatch(/hint: the registry does not store OCI artifacts/);
      expect(manifests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('bad publish inputs: a tag OCI cannot hold, a repository with a tag', async () => {
    const before = await registryTags(registry, path);
    const badTag = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', repo, '--tag', 'no/slashes', '--skip-build'));
    expect(badTag.code).toBe(1);
    expect(badTag.stderr).toMatch(/--tag: "no\/slashes" is not a valid tag/);
    const tagged = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', `${repo}:v1`, '--skip-build'));
    expect(tagged.code).toBe(1);
    expect(tagged.stderr).toMatch(/must not contain a tag/);
    expect(await registryTags(registry, path)).toEqual(before);
  });
});
