import { createSign, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError, SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { buildImages } from '../../../src/core/images/buildImages.js';
import { buildReportDotenv, buildReportJson } from '../../../src/core/images/buildReport.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { findRegistryCredentials, type RegistryCredentials } from '../../../src/core/registry/registryCredentials.js';
import { SecretValue } from '../../../src/core/secretValue.js';
import { collectingLog, TestRepository, testRegistry, twoImageProject, uniqueName } from './buildFixture.js';
import { startRegistry } from './registryProcess.js';

const password = 'S3cret-Pa55-' + randomUUID().slice(0, 8);
const good: RegistryCredentials = { username: 'alice', password: new SecretValue(password), source: 'input' };
const bad: RegistryCredentials = { username: 'alice', password: new SecretValue('wrong-' + password.slice(12)), source: 'input' };
const fast = { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 };

async function pushSmallImage(client: RegistryClient, repository: string, tag: string): Promise<string> {
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const digest = await client.pushBlob(repository, config);
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest, size: config.length }, layers: [] }),
  );
  return client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
}

function expectNoSecret(text: string): void {
  expect(text).not.toContain(password);
  expect(text).not.toContain(Buffer.from(`alice:${password}`).toString('base64'));
}

describe('htpasswd basic auth', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  beforeAll(async () => {
    const htpasswd = join(mkdtempSync(join(tmpdir(), 'slipway-htpasswd-')), 'htpasswd');
    writeFileSync(htpasswd, `alice:${bcrypt.hashSync(password, 8)}\n`);
    registry = await startRegistry(`auth:\n  htpasswd:\n    realm: slipway-test\n    path: ${htpasswd}\n`);
  });
  afterAll(() => registry.stop());

  it('pushes and reads with the right credentials', async () => {
    const client = new RegistryClient({ host: registry.host, credentials: good, retry: fast });
    const digest = await pushSmallImage(client, 'team/app', 'v1');
    expect((await client.headManifest('team/app', 'v1'))?.digest).toBe(digest);
  });

  it('wrong credentials: a clear error naming the repository and user, without the password', async () => {
    const client = new RegistryClient({ host: registry.host, credentials: bad, retry: fast });
    const error = await client.headManifest('team/app', 'v1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    const text = formatError(error);
    expect(text).toMatch(new RegExp(`authentication failed for repository ${registry.host}/team/app with user "alice" \\(credentials from input\\)`));
    expect(text).toContain('check the registry username and password');
    expectNoSecret(text + inspect(error) + JSON.stringify(error));
  });

  it('no credentials: says the registry needs them', async () => {
    const error = await new RegistryClient({ host: registry.host, retry: fast }).headManifest('team/app', 'v1').catch((e: unknown) => e);
    expect(formatError(error)).toMatch(/authentication failed for repository .*team\/app with anonymous access[\s\S]*needs credentials/);
  });

  it('reads credentials from a Docker config.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-docker-config-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`alice:${password}`).toString('base64') } } }));
    const credentials = await findRegistryCredentials(registry.host, { env: { DOCKER_CONFIG: dir } });
    expect(credentials?.username).toBe('alice');
    expect(String(credentials?.password)).toBe('***');
    const client = new RegistryClient({ host: registry.host, credentials: credentials!, retry: fast });
    expect(await client.headManifest('team/app', 'v1')).toBeDefined();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a buildah build pushes with the credentials; no credential in logs, reports or errors', async () => {
    const repo = new TestRepository();
    try {
      repo.commit(twoImageProject(testRegistry()), 'initial');
      const log = collectingLog();
      const result = await buildImages({
        dir: repo.dir,
        repo: `${registry.host}/${uniqueName('it/auth')}`,
        builder: 'buildah',
        network: 'host',
        username: 'alice',
        password: new SecretValue(password),
        log,
      });
      expect(result.images.map((image) => image.action)).toEqual(['built', 'built']);
      expectNoSecret(log.lines.join('\n'));
      expectNoSecret(buildReportJson(result));
      expectNoSecret(buildReportDotenv(result));
      expectNoSecret(inspect(result, { depth: 10 }));
      const failure = await buildImages({
        dir: repo.dir,
        repo: `${registry.host}/${uniqueName('it/auth')}`,
        builder: 'buildah',
        username: 'alice',
        password: new SecretValue('not-' + password),
        log,
      }).catch((e: unknown) => e);
      expect(formatError(failure)).toMatch(/authentication failed/);
      expectNoSecret(formatError(failure) + inspect(failure, { depth: 10 }));
    } finally {
      repo.remove();
    }
  });
});

describe('bearer token realm', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  let tokenServer: Server;
  let tokenRequests: string[];
  let keyDir: string;

  beforeAll(async () => {
    keyDir = mkdtempSync(join(tmpdir(), 'slipway-token-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=slipway-token', '-days', '1', '-keyout', join(keyDir, 'key.pem'), '-out', join(keyDir, 'cert.pem')], { stdio: 'ignore' });
    const key = readFileSync(join(keyDir, 'key.pem'), 'utf8');
    const certDer = readFileSync(join(keyDir, 'cert.pem'), 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');
    tokenRequests = [];
    tokenServer = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      tokenRequests.push(url.searchParams.get('scope') ?? '');
      const authorization = request.headers.authorization ?? '';
      const [user, pass] = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8').split(/:(.*)/s);
      if (user !== 'alice' || pass !== password) {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end('{"details":"wrong credentials"}');
        return;
      }
      const [, name, actions] = /^repository:(.+):([a-z,]+)$/.exec(url.searchParams.get('scope') ?? '') ?? [];
      const now = Math.floor(Date.now() / 1000);
      const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', x5c: [certDer] })}.${encode({
        iss: 'slipway-test-issuer',
        sub: user,
        aud: url.searchParams.get('service'),
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: name ? [{ type: 'repository', name, actions: actions!.split(',') }] : [],
      })}`;
      const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ token: `${unsigned}.${signature}`, expires_in: 300 }));
    });
    await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
    const address = tokenServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    registry = await startRegistry(
      `auth:\n  token:\n    realm: http://127.0.0.1:${port}/token\n    service: slipway-test\n    issuer: slipway-test-issuer\n    rootcertbundle: ${join(keyDir, 'cert.pem')}\n`,
    );
  });
  afterAll(async () => {
    await registry.stop();
    await new Promise((resolve) => tokenServer.close(resolve));
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('gets a token per scope from the realm, caches it, and pushes', async () => {
    const client = new RegistryClient({ host: registry.host, credentials: good, retry: fast });
    const digest = await pushSmallImage(client, 'team/app', 'v1');
    expect((await client.headManifest('team/app', 'v1'))?.digest).toBe(digest);
    expect((await client.headManifest('team/app', 'v2'))).toBeUndefined();
    expect(tokenRequests).toContain('repository:team/app:pull,push');
    expect(tokenRequests).toContain('repository:team/app:pull');
    expect(client.stats.byKind['GET token']).toBe(2);
  });

  it('wrong credentials: the token server refuses, a clear error', async () => {
    const client = new RegistryClient({ host: registry.host, credentials: bad, retry: fast });
    const error = await client.headManifest('team/app', 'v1').catch((e: unknown) => e);
    const text = formatError(error);
    expect(text).toMatch(new RegExp(`authentication failed for repository ${registry.host}/team/app with user "alice".*token server http://127.0.0.1:\\d+ refused the credentials \\(HTTP 401\\)`));
    expectNoSecret(text + inspect(error));
  });
});
