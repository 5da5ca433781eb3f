import { describe, expect, it } from 'vitest';
import { deployNames, slugName } from '../../../src/core/config/deployNames.js';
import { parseSlipwayConfig } from '../../../src/core/config/slipwayConfig.js';
import { parseWerfConfig } from '../../../src/core/config/werfConfig.js';
import { defaultKeepPolicies } from '../../../src/core/config/projectConfig.js';

describe('slipway.yaml', () => {
  const text = `project: shop
cacheVersion: 2
images:
  backend:
    context: backend
    dockerfile: docker/Dockerfile
    target: runtime
    args: { NODE_ENV: production, WORKERS: 4, DEBUG: false }
    platform: linux/amd64
    secrets:
      - { id: npm, env: NPM_TOKEN }
      - { src: certs/ca.pem }
  frontend:
    context: ./frontend/
    dependsOn: [backend, { image: tools, buildArg: TOOLS }]
  tools: {}
deploy:
  chart: deploy/chart
  release: "{{project}}-{{env}}-app"
cleanup:
  keepPolicies:
    - references: { branch: /.*/, limit: { last: 10, in: 168h } }
      imagesPerReference: { last: 2 }
    - references: { tag: v1.0.0 }
`;
  const config = parseSlipwayConfig(text);

  it('reads images with paths relative to the repository and the Dockerfile relative to the context', () => {
    expect(config.project).toBe('shop');
    expect(config.cacheVersion).toBe('2');
    const [backend, frontend, tools] = config.images;
    expect(backend).toMatchObject({
      name: 'backend',
      context: 'backend',
      dockerfile: 'backend/docker/Dockerfile',
      target: 'runtime',
      args: { NODE_ENV: 'production', WORKERS: '4', DEBUG: 'false' },
      platforms: ['linux/amd64'],
      secrets: [{ id: 'npm', env: 'NPM_TOKEN' }, { id: 'ca.pem', src: 'certs/ca.pem' }],
      dependsOn: [],
    });
    expect(frontend).toMatchObject({
      context: 'frontend',
      dockerfile: 'frontend/Dockerfile',
      dependsOn: [
        { image: 'backend', buildArg: 'SLIPWAY_IMAGE_BACKEND' },
        { image: 'tools', buildArg: 'TOOLS' },
      ],
    });
    expect(tools).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(backend!.where.image).toMatchObject({ file: 'slipway.yaml', line: 5 });
  });

  it('reads deploy naming and cleanup policies', () => {
    expect(config.deploy).toMatchObject({ chart: 'deploy/chart', releaseTemplate: '{{project}}-{{env}}-app', namespaceTemplate: '{{project}}-{{env}}' });
    expect(config.cleanup.keepPolicies).toEqual([
      { references: { kind: 'branch', match: { regex: '.*' }, limit: { last: 10, inMs: 168 * 3_600_000, operator: 'And' } }, imagesPerReference: { last: 2, operator: 'And' } },
      { references: { kind: 'tag', match: { name: 'v1.0.0' } } },
    ]);
  });

  it('defaults: no images, chart .helm, werf cleanup defaults', () => {
    const minimal = parseSlipwayConfig('project: shop\n');
    expect(minimal.images).toEqual([]);
    expect(minimal.deploy.chart).toBe('.helm');
    expect(minimal.cleanup.keepPolicies).toBe(defaultKeepPolicies);
  });
});

describe('werf.yaml', () => {
  it('reads the meta section, Dockerfile images, dependencies and werf naming', () => {
    const config = parseWerfConfig(`project: shop
configVersion: 1
deploy:
  helmChartDir: .helm
  helmRelease: "[[ project ]]-[[ env ]]"
  namespace: "[[project]]-ns-[[ env ]]"
cleanup:
  keepPolicies:
    - references:
        branch: /.*/
        limit: { last: 20, in: 336h, operator: Or }
---
image: base
dockerfile: Dockerfile.base
---
image: backend
context: backend
dockerfile: Dockerfile
target: app
args: { A: "1" }
dependencies:
  - image: base
    imports:
      - type: ImageName
        targetBuildArg: BASE_IMAGE
`);
    expect(config.format).toBe('werf');
    expect(config.images.map((image) => [image.name, image.context, image.dockerfile])).toEqual([
      ['base', '.', 'Dockerfile.base'],
      ['backend', 'backend', 'backend/Dockerfile'],
    ]);
    expect(config.images[1]!.dependsOn).toEqual([{ image: 'base', buildArg: 'BASE_IMAGE' }]);
    expect(config.deploy.releaseTemplate).toBe('{{project}}-{{env}}');
    expect(deployNames(config.deploy, { project: 'shop', env: 'production' })).toEqual({ release: 'shop-production', namespace: 'shop-ns-production' });
    expect(config.cleanup.keepPolicies[0]!.references.limit).toEqual({ last: 20, inMs: 336 * 3_600_000, operator: 'Or' });
  });
});

describe('deploy names', () => {
  it.each([
    ['shop-pr-12', 53, 'shop-pr-12'],
    ['Shop_PR/12', 53, /^shop-pr-12-[0-9a-f]{8}$/],
    ['a'.repeat(60), 53, /^a{44}-[0-9a-f]{8}$/],
    ['___', 63, /^x-[0-9a-f]{8}$/],
  ] as const)('slugName(%s, %d)', (input, limit, expected) => {
    const result = slugName(input, limit);
    if (typeof expected === 'string') expect(result).toBe(expected);
    else expect(result).toMatch(expected);
    expect(result.length).toBeLessThanOrEqual(limit);
    expect(slugName(input, limit)).toBe(result);
  });

  it('renders templates and keeps release names within Helm limits', () => {
    const deploy = parseSlipwayConfig('project: a-very-long-project-name-for-testing\n').deploy;
    const names = deployNames(deploy, { project: 'a-very-long-project-name-for-testing', env: 'review-feature-branch' });
    expect(names.namespace).toBe('a-very-long-project-name-for-testing-review-feature-branch');
    expect(names.release.length).toBeLessThanOrEqual(53);
    expect(names.release).toMatch(/^a-very-long-project-name-for-testing-review-[0-9a-f]{8}$/);
  });
});
