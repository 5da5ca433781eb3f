/**
 * What a connected render sees as `.Capabilities`: the cluster's version and its API version set, as
 * Helm's getCapabilities builds them (server version's GitVersion/Major/Minor; GetVersionSet: every
 * group version, plus `<group version>/<Kind>` for every resource and subresource served).
 * Discovery is read in one request per root through aggregated discovery (apidiscovery.k8s.io/v2, as
 * client-go reads it), falling back to one request per group version on servers without it.
 */
import type { KubeClient } from './kubeClient.js';
import { boundedParallel } from './boundedParallel.js';

export interface ClusterVersion {
  gitVersion: string;
  major: string;
  minor: string;
}

export interface ClusterCapabilities {
  version: ClusterVersion;
  /**
   * Sorted (Helm's order is Go map order, i.e. random; `Has` is what charts use). Undefined when discovery
   * returned nothing: Helm then keeps its default set.
   */
  apiVersions: string[] | undefined;
  /** Group versions discovery could not read (stale aggregated APIs, failing APIServices), as Helm warns. */
  failedGroupVersions: string[];
}

/** One group version's resources: the kinds of resources and subresources. */
export interface GroupVersionKinds {
  groupVersion: string;
  kinds: string[];
}

/** Helm's GetVersionSet over plain discovery results; undefined when discovery returned nothing (Helm then uses its defaults). */
export function versionSet(groupVersions: readonly string[], resources: readonly GroupVersionKinds[]): string[] | undefined {
  if (groupVersions.length === 0 && resources.length === 0) return undefined;
  const set = new Set<string>(groupVersions);
  // Go's path.Join: an empty kind adds nothing new.
  for (const r of resources) for (const kind of r.kinds) set.add(kind === '' ? r.groupVersion : `${r.groupVersion}/${kind}`);
  return [...set].sort();
}

interface DiscoveryKind {
  kind?: string;
}
interface AggregatedResource {
  responseKind?: DiscoveryKind | null;
  subresources?: { responseKind?: DiscoveryKind | null }[] | null;
}
interface AggregatedVersion {
  version: string;
  freshness?: string;
  resources?: AggregatedResource[] | null;
}
export interface AggregatedDiscoveryList {
  kind?: string;
  items?: { metadata?: { name?: string }; versions?: AggregatedVersion[] | null }[] | null;
}

/** client-go's conversion of an APIGroupDiscoveryList: stale versions are failures; resources without a kind are skipped. */
export function fromAggregatedDiscovery(list: AggregatedDiscoveryList): { groupVersions: string[]; resources: GroupVersionKinds[]; failed: string[] } {
  const groupVersions: string[] = [];
  const resources: GroupVersionKinds[] = [];
  const failed: string[] = [];
  for (const group of list.items ?? []) {
    const name = group.metadata?.name ?? '';
    for (const v of group.versions ?? []) {
      const gv = name === '' ? v.version : `${name}/${v.version}`;
      if (v.freshness === 'Stale') {
        failed.push(gv);
        continue;
      }
      groupVersions.push(gv);
      const kinds: string[] = [];
      for (const r of v.resources ?? []) {
        const kind = r.responseKind?.kind ?? '';
        if (kind === '') continue; // client-go drops a resource without a response kind, and its subresources' parent
        kinds.push(kind);
        for (const sub of r.subresources ?? []) if (sub.responseKind) kinds.push(sub.responseKind.kind ?? '');
      }
      resources.push({ groupVersion: gv, kinds });
    }
  }
  return { groupVersions, resources, failed };
}

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';

interface LegacyGroupList {
  kind?: string;
  groups?: { versions?: { groupVersion: string }[] }[];
  versions?: string[];
}

/** Reads the cluster's version and API version set (3 requests on a current apiserver). */
export async function clusterCapabilities(client: KubeClient, signal?: AbortSignal): Promise<ClusterCapabilities> {
  const [version, core, apis] = await Promise.all([
    client.request<{ gitVersion?: string; major?: string; minor?: string }>({ method: 'GET', path: '/version', ...(signal ? { signal } : {}) }),
    client.request<AggregatedDiscoveryList & LegacyGroupList>({ method: 'GET', path: '/api', accept: AGGREGATED, ...(signal ? { signal } : {}) }),
    client.request<AggregatedDiscoveryList & LegacyGroupList>({ method: 'GET', path: '/apis', accept: AGGREGATED, ...(signal ? { signal } : {}) }),
  ]);
  const clusterVersion = { gitVersion: version.gitVersion ?? '', major: version.major ?? '', minor: version.minor ?? '' };
  let groupVersions: string[] = [];
  let resources: GroupVersionKinds[] = [];
  const failed: string[] = [];
  const legacy: string[] = [];
  for (const root of [core, apis]) {
    if (root.kind === 'APIGroupDiscoveryList') {
      const r = fromAggregatedDiscovery(root);
      groupVersions.push(...r.groupVersions);
      resources.push(...r.resources);
      failed.push(...r.failed);
    } else if (root.kind === 'APIVersions') legacy.push(...(root.versions ?? []));
    else for (const g of root.groups ?? []) for (const v of g.versions ?? []) legacy.push(v.groupVersion);
  }
  if (legacy.length > 0) {
    groupVersions = [...groupVersions, ...legacy];
    const lists = await boundedParallel(legacy, 8, async (gv) => {
      try {
        const list = await client.request<{ resources?: { kind?: string }[] }>({ method: 'GET', path: gv.includes('/') ? `/apis/${gv}` : `/api/${gv}`, ...(signal ? { signal } : {}) });
        return { groupVersion: gv, kinds: (list.resources ?? []).map((r) => r.kind ?? '') };
      } catch {
        failed.push(gv);
        return undefined;
      }
    });
    resources = [...resources, ...lists.filter((l): l is GroupVersionKinds => l !== undefined)];
  }
  return { version: clusterVersion, apiVersions: versionSet(groupVersions, resources), failedGroupVersions: failed.sort() };
}
