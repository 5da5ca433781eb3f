import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeApiError, KubeUnreachableError } from './kubeApiError.js';

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  contentType?: string;
  /** Accept header (default application/json), e.g. aggregated discovery's media type. */
  accept?: string;
  /** Stop retrying and waiting when this fires. */
  signal?: AbortSignal;
}

export interface WatchEvent<T> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: T;
}

const retryableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const retryableStatuses = new Set([429, 502, 503, 504]);

/**
 * The one door to the apiserver: JSON over HTTP(S) with the kubeconfig's TLS and credentials, a pooled
 * keep-alive agent, retries across an apiserver restart (every request slipway makes is idempotent:
 * reads, server-side apply, deletes, and creates whose AlreadyExists callers handle), and a count of
 * writes so tests can prove that an unchanged deploy writes nothing. Credentials stay inside: errors carry
 * the server URL and the API's Status message only.
 */
export class KubeClient {
  readonly server: string;
  /** Mutating requests sent (dry-runs excluded). */
  writes = 0;
  /** Requests sent, for figures. */
  requests = 0;
  readonly #config: KubeConfig;
  readonly #agent: http.Agent;
  readonly #retryForMs: number;
  #auth: { at: number; options: https.RequestOptions } | undefined;

  constructor(config: KubeConfig, options: { maxSockets?: number; retryForMs?: number } = {}) {
    this.#config = config;
    this.server = config.getCurrentCluster()!.server.replace(/\/$/, '');
    const maxSockets = options.maxSockets ?? 32;
    this.#agent = this.server.startsWith('https:') ? new https.Agent({ keepAlive: true, maxSockets }) : new http.Agent({ keepAlive: true, maxSockets });
    this.#retryForMs = options.retryForMs ?? 60_000;
  }

  get contextName(): string {
    return this.#config.getCurrentContext();
  }

  get defaultNamespace(): string | undefined {
    return this.#config.getContextObject(this.#config.getCurrentContext())?.namespace;
  }

  close(): void {
    this.#agent.destroy();
  }

  /** TLS material and auth headers from the kubeconfig, refreshed every 30 s (exec and token plugins rotate). */
  async #authOptions(): Promise<https.RequestOptions> {
    if (this.#auth && Date.now() - this.#auth.at < 30_000) return this.#auth.options;
    const options: https.RequestOptions = {};
    await this.#config.applyToHTTPSOptions(options);
    const cluster = this.#config.getCurrentCluster();
    const { agent: _discarded, ...rest } = options as https.RequestOptions & { agent?: unknown };
    if (cluster?.skipTLSVerify) rest.rejectUnauthorized = false;
    if (cluster?.tlsServerName) rest.servername = cluster.tlsServerName;
    this.#auth = { at: Date.now(), options: rest };
    return rest;
  }

  async request<T = any>(request: KubeRequest): Promise<T> {
    const deadline = Date.now() + this.#retryForMs;
    let attempt = 0;
    for (;;) {
      try {
        return (await this.#once(request)) as T;
      } catch (error) {
        const retryable =
          (error instanceof KubeApiError && retryableStatuses.has(error.status)) || (error instanceof NetworkError && retryableCodes.has(error.code));
        if (!retryable || Date.now() > deadline || request.signal?.aborted) {
          if (error instanceof NetworkError) throw new KubeUnreachableError(this.server, error.code);
          throw error;
        }
        attempt++;
        await sleep(Math.min(2000, 100 * 2 ** attempt), request.signal);
      }
    }
  }

  #url(path: string, query?: Record<string, string | undefined>): URL {
    const url = new URL(this.server + path);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    return url;
  }

  async #once(request: KubeRequest): Promise<unknown> {
    const url = this.#url(request.path, request.query);
    const auth = await this.#authOptions();
    const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
    const isDryRun = url.searchParams.get('dryRun') === 'All';
    if (request.method !== 'GET' && !isDryRun) this.writes++;
    this.requests++;
    const headers: Record<string, string> = { ...(auth.headers as Record<string, string>), accept: request.accept ?? 'application/json' };
    if (body) {
      headers['content-type'] = request.contentType ?? 'application/json';
      headers['content-length'] = String(body.length);
    }
    if (auth.auth) headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
    const transport = url.protocol === 'https:' ? https : http;
    return await new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        // A request without an answer in 30 s is treated as a lost connection and retried.
        { ...auth, auth: undefined, headers, method: request.method, agent: this.#agent, signal: request.signal, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e: NodeJS.ErrnoException) => reject(new NetworkError(e.code ?? 'ECONNRESET')));
          // A server that dies mid-response closes the socket without 'end' or 'error'.
          res.on('close', () => {
            if (!res.complete) reject(new NetworkError('ECONNRESET'));
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            let parsed: any;
            try {
              parsed = text === '' ? {} : JSON.parse(text);
            } catch {
              parsed = { message: text.slice(0, 500) };
            }
            if (status >= 200 && status < 300) resolve(parsed);
            else reject(new KubeApiError(status, parsed?.reason ?? String(status), parsed?.message ?? `HTTP ${status}`, parsed?.details));
          });
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.name === 'AbortError') reject(e);
        else reject(new NetworkError(e.code ?? 'ECONNRESET'));
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      if (body) req.write(body);
      req.end();
    });
  }

  /**
   * Streams watch events of a collection until `signal` fires or the server ends the watch (then it
   * resolves; callers re-list and re-watch). Objects are delivered in order.
   */
  async watch<T>(path: string, query: Record<string, string | undefined>, onEvent: (event: WatchEvent<T>) => void, signal: AbortSignal): Promise<void> {
    await this.streamLines(path, { ...query, watch: '1', allowWatchBookmarks: 'true' }, (line) => {
      let event: WatchEvent<T>;
      try {
        event = JSON.parse(line) as WatchEvent<T>;
      } catch {
        return; // the tail of a watch cut mid-event: the caller re-lists from its last resourceVersion
      }
      onEvent(event);
    }, signal);
  }

  /**
   * A long-lived GET whose body is read line by line as it arrives (watches, `pods/log?follow=true`), with
   * the same TLS and credentials as every request. Resolves when the server ends the stream or `signal`
   * fires; rejects with the API's Status when the server refuses it. An unfinished last line is delivered.
   */
  async streamLines(path: string, query: Record<string, string | undefined>, onLine: (line: string) => void, signal: AbortSignal): Promise<void> {
    const url = this.#url(path, query);
    const auth = await this.#authOptions();
    const headers: Record<string, string> = { ...(auth.headers as Record<string, string>), accept: 'application/json' };
    if (auth.auth) headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
    const transport = url.protocol === 'https:' ? https : http;
    this.requests++;
    await new Promise<void>((resolve, reject) => {
      // Streams get their own connection so they never hold a pooled socket others wait for.
      const req = transport.request(url, { ...auth, auth: undefined, headers, method: 'GET', agent: false, signal }, (res) => {
        if ((res.statusCode ?? 0) >= 300) {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            let parsed: any = {};
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              /* not a Status */
            }
            reject(new KubeApiError(res.statusCode ?? 0, parsed.reason ?? '', parsed.message ?? `HTTP ${res.statusCode}`));
          });
          return;
        }
        let buffered = '';
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          if (buffered.trim() !== '') onLine(buffered);
          resolve();
        };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffered += chunk;
          let newline: number;
          while ((newline = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, newline);
            buffered = buffered.slice(newline + 1);
            if (line.trim() !== '') onLine(line);
          }
        });
        res.on('end', finish);
        res.on('error', finish);
        res.on('close', finish);
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (signal.aborted) resolve();
        else reject(new NetworkError(e.code ?? 'ECONNRESET'));
      });
      req.end();
    });
  }
}

class NetworkError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof NetworkError;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
