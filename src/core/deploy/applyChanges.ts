import { SlipwayError } from '../errors/slipwayError.js';
import { boundedParallel } from '../kube/boundedParallel.js';
import { apiMessage } from '../kube/clusterObjects.js';
import { waitUntilReady, type ReadinessTarget } from '../status/readinessWatch.js';
import { waitsForReadiness } from '../status/readiness.js';
import { throwIfStopped, type DeployContext } from './deployContext.js';
import { objectKey, type ManifestResource } from './manifestResources.js';
import { planStages, type DeployDependency } from './applyStages.js';
import { planResource, type ApplyOptions, type PlannedChange } from './resourcePlan.js';
import { takeOverManagedFields } from './resourceChange.js';
import { uninstallOrder, compareKinds } from './kindOrder.js';
import { goTime } from '../release/helmRelease.js';

/** Applies one planned change; returns the action actually taken. */
async function applyChange(ctx: DeployContext, change: PlannedChange, owned: Set<string>, options: ApplyOptions): Promise<PlannedChange> {
  throwIfStopped(ctx);
  if (change.deferred) change = await planResource(ctx, change.target.resource, owned, options);
  const { target } = change;
  const where = { file: target.resource.source, resource: target.label };
  try {
    if (change.action === 'unchanged') return change;
    if (change.action === 'recreate') {
      await ctx.objects.delete(target, 'Foreground');
      ctx.resourceWrites++;
      await ctx.objects.waitGone(target, target.label, ctx.deadline, ctx.signal);
    }
    if (change.action === 'update' && change.live) {
      const managedFields = takeOverManagedFields(change.live.metadata?.managedFields, target.resource.object.apiVersion, goTime(new Date()));
      if (managedFields) {
        await ctx.objects.jsonPatch(target, [
          { op: 'test', path: '/metadata/resourceVersion', value: change.live.metadata.resourceVersion },
          { op: 'replace', path: '/metadata/managedFields', value: managedFields },
        ]);
        ctx.resourceWrites++;
      }
    }
    await ctx.objects.apply(target, change.body);
    ctx.resourceWrites++;
    ctx.emit({ type: 'change', resource: target.label, action: change.action, source: target.resource.source });
    return change;
  } catch (error) {
    if (error instanceof SlipwayError) throw error;
    throw new SlipwayError('deploy', `applying ${target.label} failed: ${apiMessage(error)}`, { where, hint: 'fix the object or the cluster state named above and converge again', cause: error });
  }
}

function readinessTarget(change: PlannedChange): ReadinessTarget {
  return { mapping: change.target.mapping, namespace: change.target.namespace, name: change.target.name, label: change.target.label, source: change.target.resource.source };
}

/** Waits for objects outside the release that a resource depends on (werf.io/deploy-dependency-*). */
async function waitExternal(ctx: DeployContext, dependency: DeployDependency): Promise<void> {
  const apiVersionGuess = dependency.group ? `${dependency.group}/v1` : 'v1';
  const mapping = await ctx.mapper.find(apiVersionGuess, dependency.kind);
  if (!mapping) throw new SlipwayError('chart', `deploy dependency ${dependency.id} names unknown kind ${dependency.kind}`, { where: { resource: `${dependency.kind}/${dependency.name}` }, hint: 'set group= for kinds outside the core API group' });
  const label = `${dependency.kind}/${dependency.namespace ? `${dependency.namespace}/` : ''}${dependency.name}`;
  const target = { mapping, namespace: mapping.namespaced ? dependency.namespace : undefined, name: dependency.name, label };
  if (dependency.state === 'ready') return waitUntilReady(ctx.client, [target], { deadline: ctx.deadline, signal: ctx.signal, what: `dependency ${label}` });
  for (;;) {
    if (await ctx.objects.get(target)) return;
    throwIfStopped(ctx);
    if (Date.now() > ctx.deadline) throw new SlipwayError('deploy', `timed out waiting for dependency ${label} to exist`, { where: { resource: label } });
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Applies planned changes stage by stage (weights and kind order), in parallel within a stage; between
 * weight groups waits for readiness. Returns the changes as applied (deferred ones resolved) and the
 * ones already made, for cleanup when a first install fails.
 */
export async function applyStagesOf(
  ctx: DeployContext,
  changes: PlannedChange[],
  owned: Set<string>,
  options: ApplyOptions,
  applied: PlannedChange[],
): Promise<PlannedChange[]> {
  const byResource = new Map<ManifestResource, PlannedChange>(changes.map((c) => [c.target.resource, c]));
  const stages = planStages(changes.map((c) => c.target.resource), (r) => byResource.get(r)!.target.namespace);
  const done = new Map<ManifestResource, PlannedChange>();
  for (const stage of stages) {
    throwIfStopped(ctx);
    const waitFor = stage.waitFor.map((r) => done.get(r)!).filter((c) => c && waitsForReadiness(c.target.resource.object));
    if (waitFor.length) await waitUntilReady(ctx.client, waitFor.map(readinessTarget), { deadline: ctx.deadline, signal: ctx.signal, onChange: (t, s) => ctx.emit({ type: 'ready', resource: t.label, state: s.state, ...('message' in s && s.message ? { message: s.message } : {}) }) });
    for (const dependency of stage.external) await waitExternal(ctx, dependency);
    const results = await boundedParallel(stage.resources, ctx.concurrency, async (r) => {
      const result = await applyChange(ctx, byResource.get(r)!, owned, options);
      if (result.action !== 'unchanged') applied.push(result);
      return result;
    });
    stage.resources.forEach((r, i) => done.set(r, results[i]!));
    // CRDs applied by this stage add kinds later stages use.
    if (results.some((c) => c.target.resource.object.kind === 'CustomResourceDefinition')) {
      const crds = results.filter((c) => c.target.resource.object.kind === 'CustomResourceDefinition');
      await waitUntilReady(ctx.client, crds.map(readinessTarget), { deadline: ctx.deadline, signal: ctx.signal, what: 'CRDs to be established' });
    }
  }
  return changes.map((c) => done.get(c.target.resource) ?? c);
}

/** Deletes in Helm's uninstall order, kind group by kind group, in parallel within a group. */
export async function deleteInOrder(ctx: DeployContext, deletions: PlannedChange[], options: { wait: boolean }): Promise<void> {
  const kinds = [...new Set(deletions.map((d) => d.target.resource.object.kind))].sort((a, b) => compareKinds(uninstallOrder, a, b));
  for (const kind of kinds) {
    const group = deletions.filter((d) => d.target.resource.object.kind === kind);
    await boundedParallel(group, ctx.concurrency, async (d) => {
      if (await ctx.objects.delete(d.target)) {
        ctx.resourceWrites++;
        ctx.emit({ type: 'change', resource: d.target.label, action: 'delete', source: d.target.resource.source });
      }
      if (options.wait) await ctx.objects.waitGone(d.target, d.target.label, ctx.deadline, ctx.signal);
    });
  }
}

/** Waits for every applied or unchanged resource that tracks readiness. */
export async function waitAllReady(ctx: DeployContext, changes: PlannedChange[]): Promise<void> {
  const targets = changes.filter((c) => waitsForReadiness(c.target.resource.object)).map(readinessTarget);
  await waitUntilReady(ctx.client, targets, {
    deadline: ctx.deadline,
    signal: ctx.signal,
    what: 'release resources',
    ...(ctx.timeoutInput ? { timeoutInput: ctx.timeoutInput } : {}),
    onChange: (t, s) => ctx.emit({ type: 'ready', resource: t.label, state: s.state, ...('message' in s && s.message ? { message: s.message } : {}) }),
  });
}

export { objectKey };
