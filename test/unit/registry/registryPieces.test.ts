import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { parseAuthChallenge } from '../../../src/core/registry/authChallenge.js';
import { isLoopbackRegistry, parseImageRepository } from '../../../src/core/registry/imageRepository.js';
import { credentialsFromDockerConfig } from '../../../src/core/registry/registryCredentials.js';
import { isRetryableStatus, retryDelayMs } from '../../../src/core/registry/retryPolicy.js';
import { SecretValue } from '../../../src/core/secretValue.js';

describe('parseImageRepository', () => {
  it.each([
    ['ghcr.io/acme/shop', { registry: 'ghcr.io', apiHost: 'ghcr.io', path: 'acme/shop', name: 'ghcr.io/acme/shop' }],
    ['127.0.0.1:5100/it/app', { registry: '127.0.0.1:5100', apiHost: '127.0.0.1:5100', path: 'it/app', name: '127.0.0.1:5100/it/app' }],
    ['localhost/app', { registry: 'localhost', apiHost: 'localhost', path: 'app', name: 'localhost/app' }],
    ['acme/shop', { registry: 'docker.io', apiHost: 'registry-1.docker.io', path: 'acme/shop', name: 'docker.io/acme/shop' }],
    ['shop', { registry: 'docker.io', apiHost: 'registry-1.docker.io', path: 'library/shop', name: 'docker.io/shop' }],
  ])('%s', (text, expected) => {
    expect(parseImageRepository(text, { input: '--repo' })).toEqual(expected);
  });

  it.each([
    ['', /empty/],
    ['ghcr.io/acme/shop:v1', /must not contain a tag/],
    ['ghcr.io/acme/shop@sha256:abc', /digest/],
    ['ghcr.io/Acme/shop', /path component "Acme"/],
    ['ghcr.io/acme//shop', /path component ""/],
  ])('rejects %j', (text, message) => {
    expect(() => parseImageRepository(text, { input: '--repo' })).toThrow(message);
    try {
      parseImageRepository(text, { input: '--repo' });
    } catch (error) {
      expect((error as SlipwayError).where.input).toBe('--repo');
    }
  });

  it.each([
    ['127.0.0.1:5100', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['127.example.com', false],
  ])('loopback %s → %s', (registry, expected) => {
    expect(isLoopbackRegistry(registry)).toBe(expected);
  });
});

describe('parseAuthChallenge', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/a:pull,push"',
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/a:pull,push' } },
    ],
    ['Basic realm="slipway-test"', { scheme: 'basic', params: { realm: 'slipway-test' } }],
    ['bearer realm=http://x/token, service=svc', { scheme: 'bearer', params: { realm: 'http://x/token', service: 'svc' } }],
    ['Negotiate', { scheme: 'other', params: {} }],
  ])('%s', (header, expected) => {
    expect(parseAuthChallenge(header)).toEqual(expected);
  });
  it('no header', () => expect(parseAuthChallenge(null)).toBeUndefined());
});

describe('retries', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [404, false],
  ])('status %d retryable: %s', (status, expected) => expect(isRetryableStatus(status)).toBe(expected));

  const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };
  it.each([
    [1, null, 0, 50],
    [1, null, 1, 100],
    [3, null, 1, 400],
    [10, null, 1, 1000],
    [1, '2', 0, 2000],
    [1, 'Thu, 01 Jan 1970 00:00:05 GMT', 0, 5000],
  ])('attempt %d, Retry-After %s, random %d → %d ms', (attempt, retryAfter, random, expected) => {
    expect(retryDelayMs(policy, attempt, retryAfter, random, 0)).toBe(expected);
  });
});

describe('credentials', () => {
  const auth = Buffer.from('bob:hunter2').toString('base64');
  it.each([
    ['ghcr.io', { auths: { 'ghcr.io': { auth } } }, 'bob'],
    ['ghcr.io', { auths: { 'https://ghcr.io': { auth } } }, 'bob'],
    ['docker.io', { auths: { 'https://index.docker.io/v1/': { auth } } }, 'bob'],
    ['ghcr.io', { auths: { 'quay.io': { auth } } }, undefined],
    ['ghcr.io', { auths: { 'ghcr.io': { identitytoken: 'tok' } } }, '<token>'],
  ])('%s from %j', (registry, config, username) => {
    expect(credentialsFromDockerConfig(config, registry, 'config.json')?.username).toBe(username);
  });

  it('a secret never prints itself', () => {
    const secret = new SecretValue('hunter2');
    const credentials = credentialsFromDockerConfig({ auths: { 'ghcr.io': { auth } } }, 'ghcr.io', 'config.json')!;
    for (const text of [String(secret), `${secret}`, JSON.stringify({ secret }), inspect(secret), inspect(credentials), JSON.stringify(credentials)]) {
      expect(text).not.toContain('hunter2');
    }
    expect(secret.reveal()).toBe('hunter2');
  });
});
