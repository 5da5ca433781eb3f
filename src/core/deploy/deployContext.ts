import type { KubeClient } from '../kube/kubeClient.js';
import { ClusterObjects, type ObjectRef } from '../kube/clusterObjects.js';
import type { RestMapper } from '../kube/restMapper.js';
import { SlipwayError } from '../errors/slipwayError.js';
import type { DeployEventSink } from './deployEvents.js';
import { describeObject, type KubeObject, type ManifestResource } from './manifestResources.js';

/** Everything one release operation shares: the cluster, its deadline and cancellation, counters. */
export interface DeployContext {
  client: KubeClient;
  mapper: RestMapper;
  objects: ClusterObjects;
  release: string;
  namespace: string;
  deadline: number;
  /** Fires on SIGINT/SIGTERM, a lost lock or the deadline. */
  signal: AbortSignal;
  concurrency: number;
  emit: DeployEventSink;
  /** Writes to release resources and hooks (not release records or the lock). */
  resourceWrites: number;
  /** The edge's name for the timeout (`--timeout`, input `timeout`), for hints. */
  timeoutInput?: string;
}

export interface ResolvedResource extends ObjectRef {
  resource: ManifestResource;
  label: string;
}

/** The object's REST mapping and effective namespace; cluster-scoped objects must not name one. */
export async function resolveResource(ctx: DeployContext, resource: ManifestResource): Promise<ResolvedResource> {
  const object: KubeObject = resource.object;
  const mapping = await ctx.mapper.resolve(object.apiVersion, object.kind, { resource: describeObject(object), file: resource.source, ...(resource.line ? { line: resource.line } : {}) });
  if (!mapping.namespaced && object.metadata.namespace) {
    throw new SlipwayError('chart', `${object.kind} ${object.metadata.name} is cluster-scoped but sets metadata.namespace: ${object.metadata.namespace}`, {
      where: { file: resource.source, resource: describeObject(object) },
      hint: 'remove metadata.namespace from cluster-scoped objects',
    });
  }
  const namespace = mapping.namespaced ? (object.metadata.namespace ?? ctx.namespace) : undefined;
  return { mapping, namespace, name: object.metadata.name, resource, label: describeObject(object, namespace) };
}

export function throwIfStopped(ctx: DeployContext): void {
  if (ctx.signal.aborted) {
    const reason = ctx.signal.reason;
    throw reason instanceof SlipwayError ? reason : new SlipwayError('deploy', reason instanceof Error ? reason.message : String(reason ?? 'stopped'), { where: { resource: `release ${ctx.release}` } });
  }
}
