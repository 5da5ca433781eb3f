import { SlipwayError } from '../errors/slipwayError.js';
import { isAlreadyExists, isNotFound } from '../kube/kubeApiError.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { decodeRelease, encodeRelease } from './releaseCodec.js';
import { releaseRecordName, type HelmRelease } from './helmRelease.js';

export type ReleaseStorageType = 'secret' | 'configmap';

/** A release record and the storage object's resourceVersion (for optimistic updates). */
export interface StoredRelease {
  release: HelmRelease;
  resourceVersion: string;
  /** Labels of the storage object that are not Helm's system labels (Helm 4 keeps them as release labels). */
  labels: Record<string, string>;
}

const systemLabels = new Set(['name', 'owner', 'status', 'version', 'createdAt', 'modifiedAt']);

interface StorageObject {
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; resourceVersion?: string };
  type?: string;
  data?: Record<string, string>;
}

/**
 * Helm's Secret and ConfigMap storage drivers (pkg/storage/driver/secrets.go, cfgmaps.go): one object
 * per revision named `sh.helm.release.v1.<name>.v<revision>`, labels name/owner=helm/status/version plus
 * createdAt or modifiedAt, Secret type `helm.sh/release.v1`, the encoded release under data.release.
 */
export class ReleaseStorage {
  readonly type: ReleaseStorageType;
  readonly namespace: string;
  readonly #client: KubeClient;

  constructor(client: KubeClient, options: { namespace: string; type: ReleaseStorageType }) {
    this.#client = client;
    this.namespace = options.namespace;
    this.type = options.type;
  }

  get #collection(): string {
    return `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/${this.type === 'secret' ? 'secrets' : 'configmaps'}`;
  }

  #decode(object: StorageObject): StoredRelease {
    const raw = object.data?.release ?? '';
    const text = this.type === 'secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(object.metadata.labels ?? {})) if (!systemLabels.has(k)) labels[k] = v;
    return { release: decodeRelease(text, `${this.namespace}/${object.metadata.name}`), resourceVersion: object.metadata.resourceVersion ?? '', labels };
  }

  #object(release: HelmRelease, labels: Record<string, string>, stamp: 'createdAt' | 'modifiedAt', resourceVersion?: string): StorageObject {
    const encoded = encodeRelease(release);
    const objectLabels: Record<string, string> = {
      ...labels,
      [stamp]: String(Math.floor(Date.now() / 1000)),
      name: release.name,
      owner: 'helm',
      status: release.info.status ?? 'unknown',
      version: String(release.version),
    };
    const metadata = { name: releaseRecordName(release.name, release.version), labels: objectLabels, ...(resourceVersion ? { resourceVersion } : {}) };
    return this.type === 'secret'
      ? { metadata, type: 'helm.sh/release.v1', data: { release: Buffer.from(encoded).toString('base64') } }
      : { metadata, data: { release: encoded } };
  }

  #kindHeader(): { apiVersion: string; kind: string } {
    return { apiVersion: 'v1', kind: this.type === 'secret' ? 'Secret' : 'ConfigMap' };
  }

  /** Every revision of a release, oldest first. Records that cannot be decoded are reported, not skipped. */
  async history(name: string): Promise<StoredRelease[]> {
    const list = await this.#client.request<{ items: StorageObject[] }>({
      method: 'GET',
      path: this.#collection,
      query: { labelSelector: `owner=helm,name=${name}` },
    });
    return list.items.map((item) => this.#decode(item)).sort((a, b) => a.release.version - b.release.version);
  }

  /** The latest revision of every release in the storage namespace (what `helm list --all` shows). */
  async latestOfAll(): Promise<HelmRelease[]> {
    const list = await this.#client.request<{ items: StorageObject[] }>({ method: 'GET', path: this.#collection, query: { labelSelector: 'owner=helm' } });
    const latest = new Map<string, HelmRelease>();
    for (const item of list.items) {
      let stored: StoredRelease;
      try {
        stored = this.#decode(item);
      } catch {
        continue; // Helm's List skips undecodable records too; `history` of that release reports it.
      }
      const current = latest.get(stored.release.name);
      if (!current || current.version < stored.release.version) latest.set(stored.release.name, stored.release);
    }
    return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(name: string, revision: number): Promise<StoredRelease | undefined> {
    try {
      return this.#decode(await this.#client.request<StorageObject>({ method: 'GET', path: `${this.#collection}/${releaseRecordName(name, revision)}` }));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Creates a new revision; fails clearly if that revision already exists (another client raced us). */
  async create(release: HelmRelease, labels: Record<string, string> = {}): Promise<StoredRelease> {
    try {
      const created = await this.#client.request<StorageObject>({ method: 'POST', path: this.#collection, body: { ...this.#kindHeader(), ...this.#object(release, labels, 'createdAt') } });
      return { release, resourceVersion: created.metadata.resourceVersion ?? '', labels };
    } catch (error) {
      if (isAlreadyExists(error)) {
        throw new SlipwayError('release', `revision ${release.version} of release ${release.name} already exists`, {
          where: { resource: `${this.type === 'secret' ? 'Secret' : 'ConfigMap'}/${this.namespace}/${releaseRecordName(release.name, release.version)}` },
          hint: 'another client deployed this release at the same time; run again to deploy on top of it',
        });
      }
      throw error;
    }
  }

  /** Rewrites a revision (status changes), conditional on the resourceVersion read. */
  async update(stored: StoredRelease): Promise<StoredRelease> {
    const body = { ...this.#kindHeader(), ...this.#object(stored.release, stored.labels, 'modifiedAt', stored.resourceVersion || undefined) };
    const updated = await this.#client.request<StorageObject>({ method: 'PUT', path: `${this.#collection}/${body.metadata.name}`, body });
    return { ...stored, resourceVersion: updated.metadata.resourceVersion ?? '' };
  }

  async delete(name: string, revision: number): Promise<void> {
    try {
      await this.#client.request({ method: 'DELETE', path: `${this.#collection}/${releaseRecordName(name, revision)}` });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
