/**
 * Helm's `lookup` against the live cluster (pkg/engine/lookup_func.go): the group version's resources from
 * discovery, then a GET of the object (or a LIST without a name; in every namespace when the namespace is
 * empty). Not found is an empty map, as charts expect (`if not (lookup …)`); an unknown group version and
 * any other API error are errors. Objects come back as JSON; the chart engine turns them into Go values.
 */
import { isNotFound } from './kubeApiError.js';
import type { KubeClient } from './kubeClient.js';
import { RestMapper, resourcePath } from './restMapper.js';

export type ClusterLookup = (apiVersion: string, kind: string, namespace: string, name: string) => Promise<Record<string, unknown>>;

/** schema.GroupVersionKind.String(): `apps/v1, Kind=Deployment`, `/v1, Kind=Secret`. */
export function gvkString(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/', 2) as [string, string]) : ['', apiVersion];
  return `${group}/${version}, Kind=${kind}`;
}

export function clusterLookup(client: KubeClient, signal?: AbortSignal): ClusterLookup {
  const mapper = new RestMapper(client);
  return async (apiVersion, kind, namespace, name) => {
    let served: boolean;
    try {
      served = await mapper.servesGroupVersion(apiVersion);
    } catch (error) {
      throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: ${(error as Error).message}`);
    }
    if (!served) throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: the server could not find the requested resource`);
    // The plain resource of the kind (subresources share it); an unknown kind reads as not found.
    const mapping = await mapper.find(apiVersion, kind);
    if (mapping === undefined) return {};
    // An empty namespace reads every namespace; an empty name lists.
    const path = resourcePath(mapping, namespace === '' ? undefined : namespace, name === '' ? undefined : name);
    try {
      return await client.request<Record<string, unknown>>({ method: 'GET', path, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (isNotFound(error)) return {};
      throw error;
    }
  };
}
