import { stringify } from 'yaml';
import { isNotFound } from '../kube/kubeApiError.js';
import { explainKubeError } from '../kube/kubeErrorExplained.js';
import { ReleaseStorage } from '../release/releaseStorage.js';
import { lastDeployed, latestRevision, deployKind } from '../release/releaseHistory.js';
import type { DeployInput } from './deployInput.js';
import { desiredRelease } from './deploy.js';
import { makeContext, type ReleaseTargetOptions } from './releaseOperation.js';
import { crdKinds, planResources, recordedObjects, type PlannedChange } from './resourcePlan.js';
import { redactSecretObject } from './secretRedaction.js';
import { lineDiff } from './lineDiff.js';
import { describeObject } from './manifestResources.js';
import type { ChangeAction } from './resourceChange.js';

export interface PlanEntry {
  action: ChangeAction;
  resource: string;
  source?: string;
  /** Unified diff of live → predicted (Secret values redacted); empty for unchanged. */
  diff: string[];
  reason?: string;
}

export interface ReleasePlan {
  release: string;
  namespace: string;
  operation: 'install' | 'upgrade';
  entries: PlanEntry[];
  hasChanges: boolean;
}

/** Fields that differ on every object without meaning anything to a reader. */
function forDiff(object: any): string {
  if (!object) return '';
  const { metadata = {}, status: _s, ...rest } = redactSecretObject(object);
  const { managedFields: _m, resourceVersion: _r, generation: _g, uid: _u, creationTimestamp: _c, ...meta } = metadata;
  return stringify({ ...rest, metadata: meta }, { sortMapEntries: false }).trimEnd();
}

function entryOf(change: PlannedChange): PlanEntry {
  const before = change.action === 'create' ? '' : forDiff(change.live);
  const after = change.action === 'delete' ? '' : forDiff(change.predicted ?? change.body);
  return {
    action: change.action,
    resource: change.target.label,
    source: change.target.resource.source,
    diff: change.action === 'unchanged' || change.action === 'keep' ? [] : lineDiff(before, after),
    ...(change.reason ? { reason: change.reason } : {}),
  };
}

/**
 * What a converge would change, without changing anything: every resource's live state against a
 * server-side dry-run of the desired one, plus what would be deleted. No lock, no records, no writes.
 */
type PlanOptions = ReleaseTargetOptions & { timeoutMs: number; addLabels?: Record<string, string>; addAnnotations?: Record<string, string> };

export async function planRelease(input: DeployInput, options: PlanOptions): Promise<ReleasePlan> {
  try {
    return await planOnce(input, options);
  } catch (error) {
    throw explainKubeError(error, `planning release ${input.release}`);
  }
}

async function planOnce(input: DeployInput, options: PlanOptions): Promise<ReleasePlan> {
  const desired = desiredRelease(input, options.inputNames);
  const ctx = makeContext(options, input.release, input.namespace);
  const storage = new ReleaseStorage(options.client, { namespace: options.storageNamespace ?? input.namespace, type: options.storageType ?? 'secret' });
  let namespaceExists = true;
  try {
    await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${input.namespace}` });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    namespaceExists = false;
  }
  const history = namespaceExists || options.storageNamespace ? (await storage.history(input.release).catch((e) => (isNotFound(e) ? [] : Promise.reject(e)))).map((h) => h.release) : [];
  const applyOptions = { addLabels: options.addLabels ?? {}, addAnnotations: options.addAnnotations ?? {} };
  const entries: PlanEntry[] = [];
  if (!namespaceExists) {
    entries.push({ action: 'create', resource: `Namespace/${input.namespace}`, diff: [`+ name: ${input.namespace}`] });
    // Nothing can be dry-run into a namespace that does not exist yet: everything in it is a create.
    for (const r of [...desired.crds, ...desired.resources]) entries.push({ action: 'create', resource: describeObject(r.object, r.object.metadata.namespace ?? input.namespace), source: r.source, diff: lineDiff('', forDiff(r.object)) });
  } else {
    const latest = latestRevision(history);
    const previous = recordedObjects([latest?.info.status === 'uninstalled' ? undefined : latest?.manifest, lastDeployed(history)?.manifest]);
    const crds = desired.crds.length ? await planResources(ctx, desired.crds, new Map(), new Set(), applyOptions) : { changes: [], deletions: [] };
    const plan = await planResources(ctx, desired.resources, previous, crdKinds([...desired.crds, ...desired.resources]), applyOptions);
    for (const c of [...crds.changes, ...plan.changes, ...plan.deletions]) entries.push(entryOf(c));
  }
  return { release: input.release, namespace: input.namespace, operation: deployKind(history) === 'install' ? 'install' : 'upgrade', entries, hasChanges: entries.some((e) => e.action !== 'unchanged' && e.action !== 'keep') };
}
