import { SlipwayError } from '../errors/slipwayError.js';
import { boundedParallel } from '../kube/boundedParallel.js';
import { apiMessage } from '../kube/clusterObjects.js';
import { KubeApiError } from '../kube/kubeApiError.js';
import { resolveResource, type DeployContext, type ResolvedResource } from './deployContext.js';
import { describeObject, objectKey, parseDocuments, documentsOfManifest, type ManifestResource } from './manifestResources.js';
import { classifyChange, isImmutableFieldError, isKept, mayRecreate, objectToApply, ownershipProblem, type ChangeAction } from './resourceChange.js';

export interface PlannedChange {
  action: ChangeAction;
  target: ResolvedResource;
  /** What is applied (ownership metadata and global labels added). */
  body?: Record<string, unknown>;
  live?: any;
  /** Server-side dry-run result: the object as it would be after the apply. */
  predicted?: any;
  /** Why (recreate: the immutable field; keep: the policy). */
  reason?: string;
  /** Kind not served yet (its CRD comes with this deploy): planned again right before it is applied. */
  deferred?: boolean;
}

export interface ApplyOptions {
  addLabels: Record<string, string>;
  addAnnotations: Record<string, string>;
}

/** Plans one resource: live state, dry-run of the desired state, adoption rule, immutable fields. */
export async function planResource(ctx: DeployContext, resource: ManifestResource, previouslyOwned: Set<string>, options: ApplyOptions): Promise<PlannedChange> {
  const target = await resolveResource(ctx, resource);
  const body = objectToApply(resource.object, { release: ctx.release, releaseNamespace: ctx.namespace, namespace: target.namespace, owned: true, ...options });
  const where = { file: resource.source, ...(resource.line ? { line: resource.line } : {}), resource: target.label };
  const forbidden = (error: KubeApiError) =>
    new SlipwayError('kube', `not allowed to apply ${target.label}: ${error.message}`, { where, hint: 'grant the deploying identity get/create/patch on this resource (RBAC)' });
  let live: any;
  try {
    live = await ctx.objects.get(target);
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 403) throw forbidden(error);
    throw error;
  }
  if (live && !previouslyOwned.has(objectKey(resource.object, target.namespace))) {
    const problem = ownershipProblem(live, ctx.release, ctx.namespace);
    if (problem) {
      throw new SlipwayError('deploy', `${target.label} already exists and is not part of release ${ctx.release}: ${problem}`, {
        where,
        hint: `delete it, rename it in the chart, or let the release adopt it: kubectl label/annotate it with app.kubernetes.io/managed-by=Helm, meta.helm.sh/release-name=${ctx.release}, meta.helm.sh/release-namespace=${ctx.namespace}`,
      });
    }
  }
  try {
    const predicted = await ctx.objects.apply(target, body, { dryRun: true });
    return { action: classifyChange(live, predicted), target, body, live, predicted };
  } catch (error) {
    if (error instanceof KubeApiError && live && isImmutableFieldError(error.status, error.message)) {
      if (!mayRecreate(resource.object)) {
        throw new SlipwayError('deploy', `${target.label} cannot be updated: ${apiMessage(error)}`, {
          where,
          hint: 'the change touches an immutable field: revert it, or annotate the object slipway.io/recreate: "true" to let slipway delete and re-create it',
        });
      }
      return { action: 'recreate', target, body, live, reason: apiMessage(error) };
    }
    if (error instanceof KubeApiError && error.status === 404 && error.reason === 'NotFound' && target.namespace && /namespaces? "[^"]+" not found/.test(error.message)) {
      throw new SlipwayError('deploy', `${target.label} names namespace ${target.namespace}, which does not exist`, { where, hint: `create namespace ${target.namespace} first, or drop metadata.namespace to deploy into ${ctx.namespace}` });
    }
    if (error instanceof KubeApiError && error.status === 403) throw forbidden(error);
    // Server-side apply answers 500 when the object does not fit the schema (unknown field, wrong type).
    const typed = error instanceof KubeApiError && error.status === 500 ? /failed to create typed patch object \([^)]*\): (.*)$/s.exec(error.message) : null;
    if (typed) {
      throw new SlipwayError('deploy', `${target.label} is invalid: ${typed[1]}`, { where, hint: 'fix the template: the field does not exist or has the wrong type for this apiVersion; nothing was written' });
    }
    if (error instanceof KubeApiError && error.status >= 400 && error.status < 500) {
      throw new SlipwayError('deploy', `${target.label} is invalid: ${apiMessage(error)}`, { where, hint: 'fix the template; the apiserver rejected the object in a dry run, nothing was written' });
    }
    throw error;
  }
}

/** Objects of earlier revisions: `Kind/ns/name` key → object as recorded (for deletions and the adoption rule). */
export function recordedObjects(manifests: readonly (string | undefined)[]): Map<string, ManifestResource> {
  const out = new Map<string, ManifestResource>();
  for (const manifest of manifests) {
    if (!manifest) continue;
    let parsed: ManifestResource[];
    try {
      parsed = parseDocuments(documentsOfManifest(manifest));
    } catch {
      continue; // A record Helm wrote with something we cannot parse is not ours to delete from.
    }
    for (const r of parsed) out.set(`${r.object.apiVersion}\u0000${r.object.kind}\u0000${r.object.metadata.namespace ?? ''}\u0000${r.object.metadata.name}`, r);
  }
  return out;
}

/**
 * Plans every resource in parallel (nothing is written). Kinds the cluster does not serve yet are
 * accepted only when a CRD of this deploy defines them; they are planned again when their stage comes.
 */
export async function planResources(
  ctx: DeployContext,
  resources: readonly ManifestResource[],
  previous: Map<string, ManifestResource>,
  incomingCrdKinds: Set<string>,
  options: ApplyOptions,
): Promise<{ changes: PlannedChange[]; deletions: PlannedChange[]; owned: Set<string> }> {
  // Keys of what earlier revisions deployed, resolved against the cluster's scopes.
  const previousTargets: { target: ResolvedResource; recorded: ManifestResource }[] = [];
  for (const recorded of previous.values()) {
    const mapping = await ctx.mapper.find(recorded.object.apiVersion, recorded.object.kind);
    if (!mapping) continue; // Its kind is gone from the cluster (CRD removed): nothing left to delete.
    const namespace = mapping.namespaced ? (recorded.object.metadata.namespace ?? ctx.namespace) : undefined;
    previousTargets.push({ target: { mapping, namespace, name: recorded.object.metadata.name, resource: recorded, label: describeObject(recorded.object, namespace) }, recorded });
  }
  const owned = new Set(previousTargets.map((p) => objectKey(p.recorded.object, p.target.namespace)));
  const changes = await boundedParallel(resources, ctx.concurrency, async (resource) => {
    const group = resource.object.apiVersion.includes('/') ? resource.object.apiVersion.split('/')[0] : '';
    if (incomingCrdKinds.has(`${group}/${resource.object.kind}`) && !(await ctx.mapper.find(resource.object.apiVersion, resource.object.kind))) {
      const label = describeObject(resource.object, resource.object.metadata.namespace ?? ctx.namespace);
      return { action: 'create', deferred: true, target: { mapping: { group, version: '', kind: resource.object.kind, resource: '', namespaced: true }, namespace: resource.object.metadata.namespace ?? ctx.namespace, name: resource.object.metadata.name, resource, label } } as PlannedChange;
    }
    return planResource(ctx, resource, owned, options);
  });
  const desiredKeys = new Set(changes.map((c) => objectKey(c.target.resource.object, c.target.namespace)));
  const deletions: PlannedChange[] = [];
  for (const { target, recorded } of previousTargets) {
    if (desiredKeys.has(objectKey(recorded.object, target.namespace))) continue;
    if (isKept(recorded.object)) {
      deletions.push({ action: 'keep', target, reason: 'helm.sh/resource-policy: keep' });
      continue;
    }
    const live = await ctx.objects.get(target);
    if (!live) continue;
    if (isKept(live)) deletions.push({ action: 'keep', target, live, reason: 'helm.sh/resource-policy: keep' });
    else deletions.push({ action: 'delete', target, live });
  }
  return { changes, deletions, owned };
}

/** `group/Kind` of every CRD in a list of resources (crds/ files and CRD templates). */
export function crdKinds(resources: readonly ManifestResource[]): Set<string> {
  const kinds = new Set<string>();
  for (const r of resources) {
    if (r.object.kind !== 'CustomResourceDefinition') continue;
    const spec = (r.object as { spec?: { group?: string; names?: { kind?: string } } }).spec;
    if (spec?.group && spec.names?.kind) kinds.add(`${spec.group}/${spec.names.kind}`);
  }
  return kinds;
}
