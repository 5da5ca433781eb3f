import type { KubeClient, KubeRequest, WatchEvent } from '../../src/core/kube/kubeClient.js';
import { KubeApiError } from '../../src/core/kube/kubeApiError.js';

interface Watcher {
  path: string;
  onEvent: (event: WatchEvent<any>) => void;
  end: () => void;
}

/**
 * An in-memory apiserver for the tracker's unit tests: collections (lists with a resourceVersion), watches
 * that can be dropped or expired (410) on demand, and pod logs. Only what the tracker uses (GET of
 * collections, watch, streamLines); objects are plain JSON keyed by collection path.
 */
export class FakeKube {
  #version = 1;
  readonly collections = new Map<string, Map<string, any>>();
  readonly #watchers = new Set<Watcher>();
  /** Resource versions at or below this are "too old" for a watch (410 Gone). */
  compactedBelow = 0;
  readonly logs = new Map<string, string[]>();
  requests: string[] = [];
  readonly #held = new Map<string, Promise<void>>();

  /** Holds every list of `path` until the returned function is called (a slow first list). */
  holdLists(path: string): () => void {
    let release!: () => void;
    this.#held.set(path, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#held.delete(path);
      release();
    };
  }

  asClient(): KubeClient {
    return this as unknown as KubeClient;
  }

  get contextName(): string {
    return 'fake';
  }

  #collection(path: string): Map<string, any> {
    let c = this.collections.get(path);
    if (!c) this.collections.set(path, (c = new Map()));
    return c;
  }

  /** Creates or replaces an object in a collection, telling the watchers. */
  put(path: string, object: any): any {
    const c = this.#collection(path);
    const exists = c.has(object.metadata.name);
    const stored = structuredClone({ ...object, metadata: { uid: `uid-${object.metadata.name}`, ...object.metadata, resourceVersion: String(++this.#version) } });
    c.set(object.metadata.name, stored);
    for (const w of this.#watchers) if (w.path === path) w.onEvent({ type: exists ? 'MODIFIED' : 'ADDED', object: structuredClone(stored) });
    return stored;
  }

  /** Ends every open watch, as an apiserver restart does. */
  dropWatches(): void {
    for (const w of [...this.#watchers]) w.end();
  }

  async request<T>(request: KubeRequest): Promise<T> {
    this.requests.push(`${request.method} ${request.path}`);
    if (request.method !== 'GET') throw new KubeApiError(405, 'MethodNotAllowed', 'the fake only lists');
    await this.#held.get(request.path);
    return { metadata: { resourceVersion: String(this.#version) }, items: [...this.#collection(request.path).values()].map((o) => structuredClone(o)) } as T;
  }

  async watch<T>(path: string, query: Record<string, string | undefined>, onEvent: (event: WatchEvent<T>) => void, signal: AbortSignal): Promise<void> {
    this.requests.push(`WATCH ${path}`);
    if (Number(query.resourceVersion ?? 0) < this.compactedBelow) throw new KubeApiError(410, 'Expired', 'too old resource version');
    await new Promise<void>((resolve) => {
      const watcher: Watcher = { path, onEvent: onEvent as (e: WatchEvent<any>) => void, end: () => { this.#watchers.delete(watcher); resolve(); } };
      this.#watchers.add(watcher);
      signal.addEventListener('abort', watcher.end, { once: true });
    });
  }

  async streamLines(path: string, query: Record<string, string | undefined>, onLine: (line: string) => void, signal: AbortSignal): Promise<void> {
    if (query.watch) return this.watch(path, query, (e) => onLine(JSON.stringify(e)), signal);
    const m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(path);
    if (!m) throw new KubeApiError(404, 'NotFound', path);
    const lines = this.logs.get(`${m[2]}/${query.container}${query.previous ? '/previous' : ''}`) ?? [];
    for (const l of lines) onLine(query.timestamps ? `2026-12-05T12:00:00.000000001Z ${l}` : l);
    if (query.follow) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
}
