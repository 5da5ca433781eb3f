/**
 * Helm's `lookup` against the live cluster (pkg/engine/lookup_func.go): the group version's resources from
 * discovery, then a GET of the object (or a LIST without a name; in every namespace when the namespace is
 * empty). Not found is an empty map, as charts expect (`if not (lookup …)`); an unknown group version and
 * any other API error are errors. Objects come back as JSON; the chart engine turns them into Go values.
 */
import { isNotFound } from './kubeApiError.js';
import type { KubeClient } from './kubeClient.js';

export type ClusterLookup = (apiVersion: string, kind: string, namespace: string, name: string) => Promise<Record<string, unknown>>;

/** schema.GroupVersionKind.String(): `apps/v1, Kind=Deployment`, `/v1, Kind=Secret`. */
export function gvkString(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/', 2) as [string, string]) : ['', apiVersion];
  return `${group}/${version}, Kind=${kind}`;
}

/** The URL path of a lookup, or undefined when the group version does not serve the kind. */
export function lookupPath(apiVersion: string, resource: { name: string; namespaced: boolean } | undefined, namespace: string, name: string): string | undefined {
  if (resource === undefined) return undefined;
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  const scope = resource.namespaced && namespace !== '' ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${scope}/${resource.name}${name !== '' ? `/${encodeURIComponent(name)}` : ''}`;
}

export function clusterLookup(client: KubeClient, signal?: AbortSignal): ClusterLookup {
  const groupVersions = new Map<string, Promise<{ name: string; kind: string; namespaced: boolean }[]>>();
  const resourcesOf = (apiVersion: string) => {
    let pending = groupVersions.get(apiVersion);
    if (pending === undefined) {
      const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      pending = client.request<{ resources?: { name: string; kind: string; namespaced: boolean }[] }>({ method: 'GET', path, ...(signal ? { signal } : {}) }).then((l) => l.resources ?? []);
      groupVersions.set(apiVersion, pending);
    }
    return pending;
  };
  return async (apiVersion, kind, namespace, name) => {
    let resources: { name: string; kind: string; namespaced: boolean }[];
    try {
      resources = await resourcesOf(apiVersion);
    } catch (error) {
      const reason = isNotFound(error) ? 'the server could not find the requested resource' : (error as Error).message;
      throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: ${reason}`);
    }
    // Subresources share kinds; Helm takes the first plain resource of the kind.
    const path = lookupPath(apiVersion, resources.find((r) => r.kind === kind && !r.name.includes('/')), namespace, name);
    if (path === undefined) return {};
    try {
      return await client.request<Record<string, unknown>>({ method: 'GET', path, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (isNotFound(error)) return {};
      throw error;
    }
  };
}
