import type { KubeClient } from '../kube/kubeClient.js';
import { KubeApiError } from '../kube/kubeApiError.js';

export type CollectionListener = (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: any) => void;

interface WatchedObject {
  metadata: { name: string; namespace?: string; uid?: string; resourceVersion?: string };
}

/**
 * One list+watch of a collection (a kind in a namespace, with optional selectors), shared by every tracker
 * that needs it, with a cache of its objects. A dropped watch resumes from the last resourceVersion seen;
 * a 410 Gone (the version expired, e.g. across an apiserver restart with compaction) re-lists and tells
 * listeners only what changed, so nothing seen is lost and nothing is told twice.
 */
export class WatchedCollection {
  readonly objects = new Map<string, any>();
  readonly #listeners = new Set<CollectionListener>();
  #resourceVersion: string | undefined;
  #synced!: () => void;
  #failed!: (error: unknown) => void;
  /** Resolves after the first list; rejects when the collection cannot be read at all (403, 404). */
  readonly synced: Promise<void>;
  /** Lists and watches started, for figures. */
  lists = 0;
  watches = 0;
  /** True once the first list has arrived: before it, an absent object is unknown, not missing. */
  isSynced = false;

  constructor(
    readonly client: KubeClient,
    readonly path: string,
    readonly query: Record<string, string>,
    readonly signal: AbortSignal,
  ) {
    this.synced = new Promise<void>((resolve, reject) => {
      this.#synced = resolve;
      this.#failed = reject;
    });
    this.synced.catch(() => undefined);
    void this.#run();
  }

  subscribe(listener: CollectionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #tell(type: 'ADDED' | 'MODIFIED' | 'DELETED', object: any): void {
    for (const listener of this.#listeners) listener(type, object);
  }

  static keyOf(object: WatchedObject): string {
    return object.metadata.uid ?? `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
  }

  async #list(): Promise<void> {
    this.lists++;
    const list = await this.client.request<{ metadata: { resourceVersion: string }; items: any[] }>({ method: 'GET', path: this.path, query: this.query, signal: this.signal });
    const seen = new Set<string>();
    for (const item of list.items) {
      const key = WatchedCollection.keyOf(item);
      seen.add(key);
      const previous = this.objects.get(key);
      this.objects.set(key, item);
      if (!previous) this.#tell('ADDED', item);
      else if (previous.metadata?.resourceVersion !== item.metadata?.resourceVersion) this.#tell('MODIFIED', item);
    }
    for (const [key, object] of [...this.objects]) {
      if (!seen.has(key)) {
        this.objects.delete(key);
        this.#tell('DELETED', object);
      }
    }
    this.#resourceVersion = list.metadata.resourceVersion;
  }

  async #run(): Promise<void> {
    let needList = true;
    let failures = 0;
    while (!this.signal.aborted) {
      try {
        if (needList) {
          await this.#list();
          needList = false;
          this.isSynced = true;
          this.#synced();
        }
        this.watches++;
        let expired = false;
        await this.client.watch<any>(this.path, { ...this.query, resourceVersion: this.#resourceVersion, timeoutSeconds: '300' }, (event) => {
          if (event.type === 'ERROR') {
            if (event.object?.code === 410) expired = true;
            return;
          }
          if (event.object?.metadata?.resourceVersion) this.#resourceVersion = event.object.metadata.resourceVersion;
          if (event.type === 'BOOKMARK') return;
          const key = WatchedCollection.keyOf(event.object);
          if (event.type === 'DELETED') this.objects.delete(key);
          else this.objects.set(key, event.object);
          this.#tell(event.type, event.object);
        }, this.signal);
        failures = 0;
        if (expired) needList = true;
      } catch (error) {
        if (this.signal.aborted) return;
        if (error instanceof KubeApiError && (error.status === 403 || error.status === 404 || error.status === 401) && needList) {
          this.#failed(error);
          return;
        }
        if (error instanceof KubeApiError && error.status === 410) needList = true;
        // Apiserver restarting or a lost connection: back off a little, resume from the last version.
        failures++;
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** failures)));
      }
    }
  }
}

/** The watches of one deploy: one per collection path and selectors, however many resources need it. */
export class WatchHub {
  readonly #collections = new Map<string, WatchedCollection>();
  readonly #stop = new AbortController();

  constructor(readonly client: KubeClient) {}

  collection(path: string, query: Record<string, string> = {}): WatchedCollection {
    const key = `${path}?${new URLSearchParams(query).toString()}`;
    let found = this.#collections.get(key);
    if (!found) {
      found = new WatchedCollection(this.client, path, query, this.#stop.signal);
      this.#collections.set(key, found);
    }
    return found;
  }

  /** Number of collections (list+watch streams) open: O(kinds × namespaces). */
  get size(): number {
    return this.#collections.size;
  }

  close(): void {
    this.#stop.abort();
    this.#collections.clear();
  }
}
