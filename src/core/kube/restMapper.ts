import { SlipwayError } from '../errors/slipwayError.js';
import { isNotFound } from './kubeApiError.js';
import type { KubeClient } from './kubeClient.js';

export interface ResourceMapping {
  group: string;
  version: string;
  kind: string;
  /** Plural resource name in URLs, e.g. `deployments`. */
  resource: string;
  namespaced: boolean;
}

interface ApiResourceList {
  resources: { name: string; kind: string; namespaced: boolean }[];
}

/**
 * Kind → resource mapping from discovery, one request per group-version actually used (so a deploy of
 * ConfigMaps and Deployments asks twice, not for the whole API). A miss re-asks, because a CRD applied
 * earlier in the same deploy adds kinds; `forget` drops a group-version after CRDs changed.
 */
export class RestMapper {
  readonly #client: KubeClient;
  readonly #groupVersions = new Map<string, Promise<Map<string, ResourceMapping> | undefined>>();

  constructor(client: KubeClient) {
    this.#client = client;
  }

  forget(apiVersion: string): void {
    this.#groupVersions.delete(apiVersion);
  }

  #load(apiVersion: string): Promise<Map<string, ResourceMapping> | undefined> {
    let pending = this.#groupVersions.get(apiVersion);
    if (!pending) {
      const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/') as [string, string]) : ['', apiVersion];
      pending = this.#client.request<ApiResourceList>({ method: 'GET', path }).then(
        (list) => {
          const byKind = new Map<string, ResourceMapping>();
          // Subresources (deployments/status) share the kind; the plain resource is the one without "/".
          for (const r of list.resources) if (!r.name.includes('/')) byKind.set(r.kind, { group, version, kind: r.kind, resource: r.name, namespaced: r.namespaced });
          return byKind;
        },
        (error) => {
          if (isNotFound(error)) return undefined;
          this.#groupVersions.delete(apiVersion);
          throw error;
        },
      );
      this.#groupVersions.set(apiVersion, pending);
    }
    return pending;
  }

  /** Whether the cluster serves the group version at all (discovery answers, not 404). */
  async servesGroupVersion(apiVersion: string): Promise<boolean> {
    return (await this.#load(apiVersion)) !== undefined;
  }

  /** The mapping, or undefined when the cluster does not serve that kind (after one fresh look). */
  async find(apiVersion: string, kind: string): Promise<ResourceMapping | undefined> {
    const cached = (await this.#load(apiVersion))?.get(kind);
    if (cached) return cached;
    this.forget(apiVersion);
    return (await this.#load(apiVersion))?.get(kind);
  }

  async resolve(apiVersion: string, kind: string, where: { resource: string; file?: string; line?: number }): Promise<ResourceMapping> {
    const mapping = await this.find(apiVersion, kind);
    if (!mapping) {
      throw new SlipwayError('deploy', `the cluster does not know kind ${kind} in ${apiVersion}`, {
        where,
        hint: 'check apiVersion and kind; for a custom resource, install its CRD first (crds/ of the chart, or a lower werf.io/weight)',
      });
    }
    return mapping;
  }
}

/** The REST path of a collection or one object. */
export function resourcePath(mapping: ResourceMapping, namespace: string | undefined, name?: string): string {
  const base = mapping.group === '' ? `/api/${mapping.version}` : `/apis/${mapping.group}/${mapping.version}`;
  const scoped = mapping.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${mapping.resource}` : `${base}/${mapping.resource}`;
  return name === undefined ? scoped : `${scoped}/${encodeURIComponent(name)}`;
}
