import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, testbedVar } from '../../support/testbedEnv.js';

// Proves the builders and the registry of the test bed: a two-stage Dockerfile with RUN steps builds
// from the local busybox base with Buildah and with Docker, pushes, is listed, and is deleted.
let registry: string;
let context: string;
const manifestTypes = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(', ');

beforeAll(() => {
  registry = testbedVar('SLIPWAY_TEST_REGISTRY');
  context = mkdtempSync(join(tmpdir(), 'slipway-build-'));
  writeFileSync(
    join(context, 'Dockerfile'),
    [
      `FROM ${registry}/base/busybox AS build`,
      'RUN echo "built at stage one" > /artifact.txt && wc -c /artifact.txt',
      `FROM ${registry}/base/busybox`,
      'COPY --from=build /artifact.txt /artifact.txt',
      'RUN test "$(cat /artifact.txt)" = "built at stage one"',
      'CMD ["cat", "/artifact.txt"]',
      '',
    ].join('\n'),
  );
});

async function tags(repository: string): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  return ((await response.json()) as { tags: string[] | null }).tags ?? [];
}

async function checked(file: string, args: string[]): Promise<string> {
  const result = await run(file, args, { cwd: context });
  if (result.code !== 0) throw new Error(`${file} ${args.join(' ')} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

describe('test bed builders and registry', () => {
  it('builds a two-stage Dockerfile with RUN steps with buildah and pushes it', async () => {
    const ref = `${registry}/smoke/buildah:1`;
    const output = await checked('buildah', ['build', '--layers=false', '-t', ref, '.']);
    expect(output).toContain('built at stage one'.length + 1 + ' /artifact.txt');
    await checked('buildah', ['push', '--tls-verify=false', ref]);
    expect(await tags('smoke/buildah')).toContain('1');
  });

  it('builds the same Dockerfile with Debian dockerd (host network) and pushes it', async () => {
    const ref = `${registry}/smoke/docker:1`;
    await checked('docker', ['build', '--network', 'host', '-t', ref, '.']);
    await checked('docker', ['push', ref]);
    expect(await tags('smoke/docker')).toContain('1');
    const runOutput = await checked('docker', ['run', '--rm', '--network', 'host', ref]);
    expect(runOutput).toBe('built at stage one\n');
  });

  it('lists a tag and deletes the manifest by digest', async () => {
    const ref = `${registry}/smoke/delete:gone`;
    await checked('buildah', ['build', '--layers=false', '-t', ref, '.']);
    await checked('buildah', ['push', '--tls-verify=false', ref]);
    expect(await tags('smoke/delete')).toEqual(['gone']);
    const head = await fetch(`http://${registry}/v2/smoke/delete/manifests/gone`, { method: 'HEAD', headers: { Accept: manifestTypes } });
    expect(head.status).toBe(200);
    const digest = head.headers.get('docker-content-digest');
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const deleted = await fetch(`http://${registry}/v2/smoke/delete/manifests/${digest}`, { method: 'DELETE' });
    expect(deleted.status).toBe(202);
    expect(await tags('smoke/delete')).toEqual([]);
    const after = await fetch(`http://${registry}/v2/smoke/delete/manifests/${digest}`, { method: 'HEAD', headers: { Accept: manifestTypes } });
    expect(after.status).toBe(404);
  });
});
