import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages } from '../../../src/core/images/buildImages.js';
import { collectingLog, TestRepository, testRegistry, uniqueName } from './buildFixture.js';

// Build secrets reach RUN steps (BuildKit's and Buildah's secret mounts) and never the log, the image
// history or the report. Docker runs here with the BuildKit built into the test bed's docker CLI.
describe.each(['docker', 'buildah'] as const)('build secrets with %s', (builder) => {
  const repo = new TestRepository();
  const registry = testRegistry();
  const secretValue = `s3cr3t-${Date.now()}`;

  beforeAll(() => {
    repo.commit({
      'slipway.yaml': 'project: vault\nimages:\n  app:\n    context: app\n    secrets:\n      - { id: token, env: SLIPWAY_TEST_TOKEN }\n',
      // The RUN step fails unless the secret is mounted with the right content (compared by its hash).
      'app/Dockerfile': `FROM ${registry}/base/busybox:latest\nRUN --mount=type=secret,id=token test "$(sha256sum < /run/secrets/token | cut -c1-64)" = "${createHash('sha256').update(secretValue).digest('hex')}"\n`,
    });
  });
  afterAll(() => repo.remove());

  it('mounts the secret in RUN and never prints it', async () => {
    process.env.SLIPWAY_TEST_TOKEN = secretValue;
    const log = collectingLog();
    try {
      const result = await buildImages({ dir: repo.dir, repo: `${registry}/${uniqueName(`secrets-${builder}`)}`, builder, network: 'host', log });
      expect(result.images[0]!.action).toBe('built');
      expect(JSON.stringify(result)).not.toContain(secretValue);
    } finally {
      delete process.env.SLIPWAY_TEST_TOKEN;
    }
    expect(log.lines.join('\n')).not.toContain(secretValue);
  });

  it('fails the build when the secret is missing', async () => {
    // A new step before the secret's RUN, so the builder's layer cache (which ignores secrets) cannot answer.
    const dockerfile = `FROM ${registry}/base/busybox:latest\nRUN echo without-secret > /variant\nRUN --mount=type=secret,id=token test -s /run/secrets/token\n`;
    repo.commit({ 'app/Dockerfile': dockerfile });
    const log = collectingLog();
    const outcome = await buildImages({ dir: repo.dir, repo: `${registry}/${uniqueName(`secrets-${builder}`)}`, builder, network: 'host', log }).catch((e: unknown) => e);
    expect(outcome, JSON.stringify(outcome)).toBeInstanceOf(Error);
    expect(String((outcome as Error).message)).toContain('app');
  });
});
