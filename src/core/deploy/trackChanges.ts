import type { ResourceMapping } from '../kube/restMapper.js';
import { waitsForReadiness } from '../status/readiness.js';
import { trackResources, type TrackTarget } from '../track/resourceTracker.js';
import { defaultTrackingSpec, trackingSpecOf } from '../track/trackingSpec.js';
import type { DeployContext, ResolvedResource } from './deployContext.js';

/** A release resource as the tracker takes it: its annotations read as tracking settings. */
export function trackTargetOf(target: ResolvedResource): TrackTarget {
  const { resource } = target;
  return {
    mapping: target.mapping,
    namespace: target.namespace,
    name: target.name,
    label: target.label,
    source: resource.source,
    ...(resource.line !== undefined ? { line: resource.line } : {}),
    spec: trackingSpecOf(resource.object.metadata.annotations, { resource: target.label, file: resource.source, ...(resource.line !== undefined ? { line: resource.line } : {}) }),
    blocking: waitsForReadiness(resource.object),
  };
}

/** An object outside the release (a deploy dependency): tracked with werf's defaults. */
export function externalTarget(mapping: ResourceMapping, namespace: string | undefined, name: string, label: string): TrackTarget {
  return { mapping, namespace, name, label, spec: defaultTrackingSpec, blocking: true };
}

/** Tracks targets under the operation's deadline and cancellation, sharing its watches, reporting through its sink. */
export function trackInContext(ctx: DeployContext, targets: TrackTarget[], what: string, options: { logs?: boolean } = {}): Promise<void> {
  return trackResources(ctx.client, targets, { hub: ctx.hub, deadline: ctx.deadline, signal: ctx.signal, emit: ctx.emit, what, timeoutInput: ctx.timeoutInput, ...options });
}
