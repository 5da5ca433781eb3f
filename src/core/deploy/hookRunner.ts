import { SlipwayError } from '../errors/slipwayError.js';
import { goTime, type HookEvent, type ReleaseHook } from '../release/helmRelease.js';
import { apiMessage } from '../kube/clusterObjects.js';
import { resolveResource, resourceIdOf, sourceOf, throwIfStopped, type DeployContext } from './deployContext.js';
import { trackInContext, trackTargetOf } from './trackChanges.js';
import { parseDocuments, type ManifestResource } from './manifestResources.js';
import { objectToApply } from './resourceChange.js';
import { sortByKind } from './kindOrder.js';

/**
 * A release's hooks as Helm records them (pkg/release/v1 Hook), built from the rendered hook documents,
 * in Helm's order: by template path, then stably by kind (SortManifests + sortHooksByKind).
 */
export function releaseHooks(resources: readonly ManifestResource[]): ReleaseHook[] {
  const byPath = resources
    .filter((r) => r.hook)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.source < b.r.source ? -1 : a.r.source > b.r.source ? 1 : a.i - b.i))
    .map((x) => x.r);
  return sortByKind(byPath, (r) => r.object.kind)
    .map((r) => withLine(r.line, {
      name: r.object.metadata.name,
      kind: r.object.kind,
      path: r.source,
      manifest: r.content,
      events: r.hook!.events,
      last_run: { phase: '' as const },
      ...(r.hook!.weight ? { weight: r.hook!.weight } : {}),
      ...(r.hook!.deletePolicies.length ? { delete_policies: r.hook!.deletePolicies } : {}),
      ...(r.hook!.outputLogPolicies.length ? { output_log_policies: r.hook!.outputLogPolicies } : {}),
    }));
}

/** Template lines of rendered hooks, kept beside the records (Helm's hook record has no line field). */
const hookLines = new WeakMap<ReleaseHook, number>();
function withLine(line: number | undefined, hook: ReleaseHook): ReleaseHook {
  if (line !== undefined) hookLines.set(hook, line);
  return hook;
}

/** Hooks of one event in execution order: weight, then name (Helm's hookByWeight; stable from kind order). */
export function hooksFor(hooks: readonly ReleaseHook[], event: HookEvent): ReleaseHook[] {
  return hooks
    .filter((h) => h.events?.includes(event))
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.weight ?? 0) - (b.h.weight ?? 0) || ((a.h.name ?? '') < (b.h.name ?? '') ? -1 : (a.h.name ?? '') > (b.h.name ?? '') ? 1 : a.i - b.i))
    .map((x) => x.h);
}

/**
 * Runs the hooks of one event one after another, as Helm does: delete a previous copy
 * (before-hook-creation, the default), create, wait for Jobs to complete and Pods to succeed, then apply
 * the delete policies. A failed hook stops the operation with the hook's reason. `last_run` is recorded
 * on the hook objects passed in (they are the release record's hooks).
 */
export async function runHooks(ctx: DeployContext, hooks: ReleaseHook[], event: HookEvent, options: { addLabels: Record<string, string>; addAnnotations: Record<string, string> }): Promise<void> {
  for (const hook of hooksFor(hooks, event)) {
    throwIfStopped(ctx);
    const line = hookLines.get(hook);
    const [resource] = parseDocuments([{ source: hook.path ?? 'hook', content: hook.manifest ?? '', ...(line !== undefined ? { line } : {}) }]);
    if (!resource) continue;
    const target = await resolveResource(ctx, resource);
    const policies = hook.delete_policies?.length ? hook.delete_policies : ['before-hook-creation'];
    const id = resourceIdOf(target);
    const source = sourceOf(resource);
    // Annotation errors surface before the hook is created.
    const trackTarget = { ...trackTargetOf(target), blocking: true };
    ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'started', source });
    hook.last_run = { started_at: goTime(new Date()), phase: 'Running' };
    if (policies.includes('before-hook-creation')) {
      if (await ctx.objects.delete(target)) {
        ctx.resourceWrites++;
        await ctx.objects.waitGone(target, target.label, ctx.deadline, ctx.signal);
      }
    }
    const body = objectToApply(resource.object, { release: ctx.release, releaseNamespace: ctx.namespace, namespace: target.namespace, owned: false, ...options });
    try {
      await ctx.objects.apply(target, body);
      ctx.resourceWrites++;
    } catch (error) {
      hook.last_run = { ...hook.last_run, completed_at: goTime(new Date()), phase: 'Failed' };
      throw new SlipwayError('deploy', `${event} hook ${target.label} was rejected: ${apiMessage(error)}`, { where: { file: resource.source, resource: target.label }, hint: 'fix the hook template', cause: error });
    }
    try {
      await trackInContext(ctx, [trackTarget], `${event} hook ${target.label}`);
    } catch (error) {
      hook.last_run = { ...hook.last_run, completed_at: goTime(new Date()), phase: 'Failed' };
      ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'failed', source, message: error instanceof Error ? error.message : String(error) });
      if (policies.includes('hook-failed')) {
        await ctx.objects.delete(target).catch(() => false);
        ctx.resourceWrites++;
      }
      const reason = error instanceof SlipwayError ? error.message : String(error);
      const hint = error instanceof SlipwayError && error.hint?.startsWith('last log line') ? `${error.hint}; the hook decides whether the deploy may go on` : 'the hook decides whether the deploy may go on; fix what it reports and converge again';
      throw new SlipwayError('deploy', `${event} hook failed: ${reason}`, { where: { file: resource.source, ...(resource.line !== undefined ? { line: resource.line } : {}), resource: target.label }, hint, cause: error });
    }
    hook.last_run = { ...hook.last_run, completed_at: goTime(new Date()), phase: 'Succeeded' };
    ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'succeeded', source });
    if (policies.includes('hook-succeeded')) {
      await ctx.objects.delete(target);
      ctx.resourceWrites++;
    }
  }
}
