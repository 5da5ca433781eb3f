import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SlipwayError } from '../errors/slipwayError.js';
import { parseAuthChallenge, type AuthChallenge } from './authChallenge.js';
import { isLoopbackRegistry } from './imageRepository.js';
import type { RegistryCredentials } from './registryCredentials.js';
import { defaultRetryPolicy, isRetryableStatus, retryDelayMs, type RetryPolicy } from './retryPolicy.js';

/** Manifest media types slipway accepts (Docker and OCI, single images and indexes). */
export const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface ManifestDescriptor {
  digest: string;
  mediaType: string;
  size: number;
}

export interface RegistryClientOptions {
  /** host[:port] of the registry API. */
  host: string;
  credentials?: RegistryCredentials;
  /** Plain HTTP (loopback registries are plain HTTP by default). */
  insecure?: boolean;
  retry?: RetryPolicy;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Called before each retry, for logs. */
  onRetry?: (what: string, attempt: number, reason: string, delayMs: number) => void;
}

/** Counts of requests sent, by kind, for reports and the build-plan benchmark. */
export interface RegistryRequestStats {
  total: number;
  byKind: Record<string, number>;
  retries: number;
}

type Action = 'pull' | 'push' | 'delete';

/**
 * A client of the OCI distribution API: anonymous, basic and bearer-token auth (tokens cached per
 * scope), retries with backoff on 429/5xx and dropped connections, and errors that name the repository.
 */
export class RegistryClient {
  readonly host: string;
  readonly stats: RegistryRequestStats = { total: 0, byKind: {}, retries: 0 };
  private readonly baseUrl: string;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private challenge: AuthChallenge | undefined;
  private readonly tokens = new Map<string, string>();

  constructor(private readonly options: RegistryClientOptions) {
    this.host = options.host;
    this.baseUrl = `${options.insecure ?? isLoopbackRegistry(options.host) ? 'http' : 'https'}://${options.host}`;
    this.retry = options.retry ?? defaultRetryPolicy;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** The manifest's descriptor, or undefined when the tag does not exist. One HEAD request. */
  async headManifest(repository: string, reference: string): Promise<ManifestDescriptor | undefined> {
    const response = await this.send('HEAD manifest', repository, ['pull'], 'HEAD', `/v2/${repository}/manifests/${reference}`, {
      headers: { accept: manifestMediaTypes.join(', ') },
      allow: [404],
    });
    if (response.status === 404) return undefined;
    return {
      digest: response.headers.get('docker-content-digest') ?? '',
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(),
      size: Number(response.headers.get('content-length') ?? 0),
    };
  }

  async getManifest(repository: string, reference: string): Promise<{ descriptor: ManifestDescriptor; body: Buffer } | undefined> {
    const response = await this.send('GET manifest', repository, ['pull'], 'GET', `/v2/${repository}/manifests/${reference}`, {
      headers: { accept: [...manifestMediaTypes, 'application/vnd.oci.artifact.manifest.v1+json'].join(', ') },
      allow: [404],
    });
    if (response.status === 404) return undefined;
    const body = Buffer.from(await response.arrayBuffer());
    return {
      descriptor: {
        digest: response.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(body).digest('hex')}`,
        mediaType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(),
        size: body.length,
      },
      body,
    };
  }

  /** All tags of a repository, following `Link` pagination. Never used on the build path. */
  async listTags(repository: string, pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=${pageSize}`;
    while (path) {
      const response = await this.send('GET tags', repository, ['pull'], 'GET', path, { allow: [404] });
      if (response.status === 404) return tags;
      const page = (await response.json()) as { tags?: string[] | null };
      tags.push(...(page.tags ?? []));
      const link = response.headers.get('link');
      const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
      path = next ? (next.startsWith('http') ? new URL(next).pathname + new URL(next).search : next) : undefined;
    }
    return tags;
  }

  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send('GET blob', repository, ['pull'], 'GET', `/v2/${repository}/blobs/${digest}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Deletes a manifest by digest (registries refuse deletes by tag); 'gone' when it was deleted already. */
  async deleteManifest(repository: string, digest: string): Promise<'deleted' | 'gone'> {
    const response = await this.send('DELETE manifest', repository, ['pull', 'delete'], 'DELETE', `/v2/${repository}/manifests/${digest}`, { expect: [202, 200], allow: [404] });
    await response.body?.cancel();
    return response.status === 404 ? 'gone' : 'deleted';
  }

  /** Uploads a blob (monolithic: POST a session, PUT the content) unless the registry has it. */
  async pushBlob(repository: string, content: Buffer): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    const exists = await this.send('HEAD blob', repository, ['pull', 'push'], 'HEAD', `/v2/${repository}/blobs/${digest}`, { allow: [404] });
    if (exists.status === 200) return digest;
    // The whole session restarts when any step fails, so a retry never resumes a broken upload.
    return this.withRetries(`upload blob to ${repository}`, async () => {
      const start = await this.send('POST upload', repository, ['pull', 'push'], 'POST', `/v2/${repository}/blobs/uploads/`, { expect: [202], retries: false });
      const location = start.headers.get('location');
      if (!location) throw new SlipwayError('registry', `registry ${this.host} started an upload to ${repository} without a Location`);
      const url = new URL(location, this.baseUrl);
      url.searchParams.set('digest', digest);
      await this.send('PUT blob', repository, ['pull', 'push'], 'PUT', url.pathname + url.search, {
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
        body: content,
        expect: [201],
        retries: false,
      });
      return digest;
    });
  }

  /** Puts a manifest under a tag (or digest) and returns its digest. */
  async putManifest(repository: string, reference: string, manifest: Buffer, mediaType: string): Promise<string> {
    const response = await this.send('PUT manifest', repository, ['pull', 'push'], 'PUT', `/v2/${repository}/manifests/${reference}`, {
      headers: { 'content-type': mediaType },
      body: manifest,
      expect: [201],
    });
    return response.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  }

  private count(kind: string): void {
    this.stats.total++;
    this.stats.byKind[kind] = (this.stats.byKind[kind] ?? 0) + 1;
  }

  private async withRetries<T>(what: string, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const reason = error instanceof RetryableError ? error.reason : undefined;
        if (reason === undefined || attempt >= this.retry.attempts) {
          if (error instanceof RetryableError) {
            throw new SlipwayError('registry', `${what} on ${this.host} failed after ${attempt} attempts: ${error.reason}`, {
              hint: 'the registry was unreachable or overloaded; try again later',
            });
          }
          throw error;
        }
        const delay = retryDelayMs(this.retry, attempt, error instanceof RetryableError ? error.retryAfter : null, Math.random());
        this.stats.retries++;
        this.options.onRetry?.(what, attempt, reason, delay);
        await sleep(delay);
      }
    }
  }

  /**
   * Sends one request with authentication and (unless `retries: false`) retries. `allow` statuses are
   * returned; `expect` statuses are the only successes; anything else is a SlipwayError naming the repository.
   */
  private async send(
    kind: string,
    repository: string,
    actions: Action[],
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: Buffer; allow?: number[]; expect?: number[]; retries?: boolean } = {},
  ): Promise<Response> {
    const what = `${kind} ${repository}`;
    const once = async (): Promise<Response> => {
      let authenticatedAgain = false;
      for (;;) {
        const headers: Record<string, string> = { ...options.headers };
        const authorization = await this.authorization(repository, actions);
        if (authorization) headers.authorization = authorization;
        this.count(kind);
        let response: Response;
        try {
          response = await fetch(this.baseUrl + path, {
            method,
            headers,
            ...(options.body ? { body: options.body } : {}),
            redirect: 'follow',
            signal: AbortSignal.timeout(this.timeoutMs),
          });
        } catch (error) {
          throw new RetryableError(networkReason(error));
        }
        if (response.status === 401 && !authenticatedAgain) {
          await response.body?.cancel();
          const challenge = parseAuthChallenge(response.headers.get('www-authenticate'));
          if (!challenge) throw this.statusError(401, repository, 'the registry asked for authentication without saying how');
          this.challenge = challenge;
          this.tokens.clear();
          authenticatedAgain = true;
          continue;
        }
        if (isRetryableStatus(response.status)) {
          await response.body?.cancel();
          throw new RetryableError(`HTTP ${response.status}`, response.headers.get('retry-after'));
        }
        if (options.allow?.includes(response.status) || (options.expect ?? [200]).includes(response.status)) return response;
        const detail = await errorDetail(response);
        throw this.statusError(response.status, repository, detail, `${method} ${path.split('?')[0]}`);
      }
    };
    return options.retries === false ? once() : this.withRetries(what, once);
  }

  private statusError(status: number, repository: string, detail: string, request?: string): RegistryStatusError {
    const who = this.options.credentials ? `user "${this.options.credentials.username}" (credentials from ${this.options.credentials.source})` : 'anonymous access';
    const on = `repository ${this.host}/${repository}`;
    if (status === 401) {
      return new RegistryStatusError(401, `authentication failed for ${on} with ${who}: ${detail}`, {
        hint: this.options.credentials ? 'check the registry username and password/token' : 'the registry needs credentials: docker login, or registry-username/registry-password inputs',
      });
    }
    if (status === 403) return new RegistryStatusError(403, `access denied to ${on} for ${who}: ${detail}`, { hint: 'the credentials lack pull/push/delete permission on this repository' });
    if (status === 404) return new RegistryStatusError(404, `${on} not found: ${detail}`, { hint: 'check --repo' });
    return new RegistryStatusError(status, `${request ?? 'request'} on ${on} failed with HTTP ${status}: ${detail}`);
  }

  /** The Authorization header for a repository and actions, obtaining a token when the registry wants one. */
  private async authorization(repository: string, actions: Action[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    const credentials = this.options.credentials;
    if (challenge.scheme === 'basic') {
      if (!credentials) return undefined;
      return `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
    }
    if (challenge.scheme !== 'bearer') return undefined;
    const scope = `repository:${repository}:${actions.join(',')}`;
    const cached = this.tokens.get(scope);
    if (cached) return `Bearer ${cached}`;
    const realm = challenge.params.realm;
    if (!realm) throw new SlipwayError('registry', `registry ${this.host} asked for a bearer token without a realm`);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    if (credentials) headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
    const token = await this.withRetries(`token for ${repository}`, async () => {
      this.count('GET token');
      let response: Response;
      try {
        response = await fetch(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        throw new RetryableError(networkReason(error));
      }
      if (isRetryableStatus(response.status)) {
        await response.body?.cancel();
        throw new RetryableError(`token server HTTP ${response.status}`, response.headers.get('retry-after'));
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw this.statusError(401, repository, `the token server ${url.origin} refused the credentials (HTTP ${response.status})`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SlipwayError('registry', `token server ${url.origin} answered HTTP ${response.status} for repository ${this.host}/${repository}`);
      }
      const body = (await response.json()) as { token?: string; access_token?: string };
      const value = body.token ?? body.access_token;
      if (!value) throw new SlipwayError('registry', `token server ${url.origin} returned no token for repository ${this.host}/${repository}`);
      return value;
    });
    this.tokens.set(scope, token);
    return `Bearer ${token}`;
  }
}

/** A registry answer with an unexpected HTTP status: callers that must tell 403 from 405 read `status`. */
export class RegistryStatusError extends SlipwayError {
  constructor(
    readonly status: number,
    message: string,
    options: { hint?: string } = {},
  ) {
    super('registry', message, options);
  }
}

class RetryableError extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfter: string | null = null,
  ) {
    super(reason);
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'request timed out';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** The first message of a distribution error body, without echoing anything else. */
async function errorDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = parsed.errors?.[0];
    if (first) return [first.code, first.message].filter(Boolean).join(': ');
    return `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}
