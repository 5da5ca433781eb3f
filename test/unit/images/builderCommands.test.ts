import { describe, expect, it } from 'vitest';
import { buildahBuildCommand, buildahPushCommand } from '../../../src/core/images/builders/buildahBuilder.js';
import { digestFromDockerPush, dockerBuildCommand, dockerPushCommand } from '../../../src/core/images/builders/dockerBuilder.js';
import type { ImageBuildRequest } from '../../../src/core/images/builders/imageBuilder.js';
import { buildReportDotenv, buildReportJson, buildSummaryLines } from '../../../src/core/images/buildReport.js';
import { chartImageValues, type BuildResult } from '../../../src/core/images/buildResult.js';

const request: ImageBuildRequest = {
  image: 'backend',
  contextDir: '/ctx/backend',
  dockerfile: '/ctx/backend/Dockerfile',
  reference: 'r.io/shop:backend-abc',
  target: 'runtime',
  args: { NODE_ENV: 'production', 'WITH SPACE': 'a b; rm -rf /' },
  platforms: ['linux/amd64'],
  secrets: [{ id: 'npm', env: 'NPM_TOKEN' }],
  labels: { 'io.slipway.image': 'backend' },
  network: 'host',
  insecureRegistry: true,
  authFile: '/tmp/slipway-auth-x/config.json',
};

describe('builder commands are argument arrays', () => {
  it('buildah build', () => {
    expect(buildahBuildCommand(request)).toEqual({
      program: 'buildah',
      args: [
        'build', '--file', '/ctx/backend/Dockerfile', '--tag', 'r.io/shop:backend-abc', '--layers', '--target', 'runtime',
        '--build-arg', 'NODE_ENV=production', '--build-arg', 'WITH SPACE=a b; rm -rf /',
        '--label', 'io.slipway.image=backend', '--network', 'host', '--platform', 'linux/amd64',
        '--secret', 'id=npm,env=NPM_TOKEN', '--tls-verify=false', '--authfile', '/tmp/slipway-auth-x/config.json', '/ctx/backend',
      ],
    });
  });

  it('buildah push', () => {
    expect(buildahPushCommand(request, '/tmp/d').args).toEqual([
      'push', '--digestfile', '/tmp/d', '--tls-verify=false', '--authfile', '/tmp/slipway-auth-x/config.json', 'r.io/shop:backend-abc', 'docker://r.io/shop:backend-abc',
    ]);
  });

  it('docker buildx build', () => {
    const command = dockerBuildCommand({ ...request, cacheRepository: 'r.io/shop-cache' }, 'buildx');
    expect(command.args.slice(0, 3)).toEqual(['buildx', 'build', '--progress=plain']);
    expect(command.args).toContain('id=npm,env=NPM_TOKEN');
    expect(command.args).toContain('type=registry,ref=r.io/shop-cache:backend');
    expect(command.args.at(-2)).toBe('--load');
    expect(command.args.at(-1)).toBe('/ctx/backend');
    expect(command.env).toEqual({ DOCKER_CONFIG: '/tmp/slipway-auth-x' });
  });

  it('docker classic builder: BuildKit off, secrets refused', () => {
    const { secrets: _secrets, ...withoutSecrets } = request;
    const command = dockerBuildCommand({ ...withoutSecrets, secrets: [] }, 'legacy');
    expect(command.args[0]).toBe('build');
    expect(command.env).toMatchObject({ DOCKER_BUILDKIT: '0' });
    expect(() => dockerBuildCommand(request, 'legacy')).toThrow(/build secrets, which need BuildKit/);
  });

  it('docker build with the BuildKit built into the CLI: secrets, inline cache, one platform', () => {
    const command = dockerBuildCommand({ ...request, cacheRepository: 'r.io/shop-cache' }, 'buildkit');
    expect(command.args.slice(0, 2)).toEqual(['build', '--progress=plain']);
    expect(command.args).toContain('id=npm,env=NPM_TOKEN');
    expect(command.args.join(' ')).toContain('--cache-from r.io/shop-cache:backend --build-arg BUILDKIT_INLINE_CACHE=1');
    expect(command.args).not.toContain('--load');
    expect(command.args.at(-1)).toBe('/ctx/backend');
    expect(command.env).toEqual({ DOCKER_CONFIG: '/tmp/slipway-auth-x', DOCKER_BUILDKIT: '1' });
    expect(() => dockerBuildCommand({ ...request, platforms: ['linux/amd64', 'linux/arm64'] }, 'buildkit')).toThrow(/multi-platform, which needs docker buildx/);
  });

  it('docker push and its digest', () => {
    expect(dockerPushCommand(request).args).toEqual(['push', 'r.io/shop:backend-abc']);
    expect(digestFromDockerPush(`backend-abc: digest: sha256:${'a'.repeat(64)} size: 527`)).toBe(`sha256:${'a'.repeat(64)}`);
  });
});

describe('reports and chart values', () => {
  const result: BuildResult = {
    project: 'shop',
    commit: 'c'.repeat(40),
    source: 'commit',
    shallowClone: false,
    configFile: 'slipway.yaml',
    repository: 'r.io/shop',
    images: [
      { name: 'backend', reference: 'r.io/shop:backend-1', tag: 'backend-1', digest: 'sha256:1', contentDigest: '1', action: 'reused', durationMs: 0 },
      { name: 'web-ui', reference: 'r.io/shop:web-ui-2', tag: 'web-ui-2', digest: 'sha256:2', contentDigest: '2', action: 'built', builder: 'buildah', durationMs: 1200 },
    ],
    metadata: 'recorded',
    registryRequests: { total: 3, byKind: { 'HEAD manifest': 3 }, retries: 0 },
    timings: { planMs: 40, totalMs: 1300 },
    warnings: [],
  };
  it('dotenv', () => {
    expect(buildReportDotenv(result)).toBe(
      [
        'SLIPWAY_IMAGE_BACKEND=r.io/shop:backend-1',
        'SLIPWAY_IMAGE_BACKEND_DIGEST=sha256:1',
        'SLIPWAY_IMAGE_BACKEND_BUILT=false',
        'SLIPWAY_IMAGE_WEB_UI=r.io/shop:web-ui-2',
        'SLIPWAY_IMAGE_WEB_UI_DIGEST=sha256:2',
        'SLIPWAY_IMAGE_WEB_UI_BUILT=true',
        'SLIPWAY_IMAGES_BUILT=web-ui',
        'SLIPWAY_IMAGES_REUSED=backend',
        `SLIPWAY_COMMIT=${'c'.repeat(40)}`,
        '',
      ].join('\n'),
    );
  });
  it('json', () => {
    expect(JSON.parse(buildReportJson(result))).toMatchObject({ kind: 'slipway-build-report', version: 1, images: [{ name: 'backend' }, { name: 'web-ui', action: 'built' }] });
  });
  it('chart values under slipway and werf', () => {
    expect(chartImageValues(result)).toEqual({
      slipway: { image: { backend: 'r.io/shop:backend-1', 'web-ui': 'r.io/shop:web-ui-2' }, imageDigest: { backend: 'sha256:1', 'web-ui': 'sha256:2' }, repo: 'r.io/shop' },
      werf: { image: { backend: 'r.io/shop:backend-1', 'web-ui': 'r.io/shop:web-ui-2' }, repo: 'r.io/shop', tag: { backend: 'backend-1', 'web-ui': 'web-ui-2' } },
    });
  });
});

describe('build summary head', () => {
  const image = (name: string, action: 'built' | 'reused' | 'failed' | 'not-built') => ({ name, reference: `r.io/x:${name}`, tag: name, contentDigest: '1', action, durationMs: 0 });
  const summary = (...images: ReturnType<typeof image>[]) => buildSummaryLines({ images } as unknown as BuildResult)[0];
  it.each([
    [[image('a', 'reused'), image('b', 'reused')], 'nothing to build: every image is in the registry'],
    [[image('a', 'built'), image('b', 'reused')], '1 image(s) built and pushed'],
    [[image('a', 'failed'), image('b', 'not-built')], '1 image(s) failed, 1 not built because of that; 0 built and pushed'],
    [[image('a', 'built'), image('b', 'failed')], '1 image(s) failed, 0 not built because of that; 1 built and pushed'],
  ])('%#: %s', (images, head) => {
    expect(summary(...images)).toBe(head);
  });
});
