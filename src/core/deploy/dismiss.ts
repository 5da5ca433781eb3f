import { SlipwayError } from '../errors/slipwayError.js';
import { explainKubeError } from '../kube/kubeErrorExplained.js';
import { isNotFound } from '../kube/kubeApiError.js';
import { boundedParallel } from '../kube/boundedParallel.js';
import { goTime } from '../release/helmRelease.js';
import { ReleaseStorage } from '../release/releaseStorage.js';
import { ReleaseLock } from '../release/releaseLock.js';
import { lastDeployed, latestRevision } from '../release/releaseHistory.js';
import { deleteInOrder } from './applyChanges.js';
import { runHooks } from './hookRunner.js';
import { cliInputNames, inputLabel } from '../errors/inputNames.js';
import { makeContext, recoverPending, type ReleaseTargetOptions } from './releaseOperation.js';
import { describeObject } from './manifestResources.js';
import { isKept } from './resourceChange.js';
import { recordedObjects, type PlannedChange } from './resourcePlan.js';

export interface DismissOptions extends ReleaseTargetOptions {
  timeoutMs: number;
  keepHistory?: boolean;
  withNamespace?: boolean;
  waitForLock?: boolean;
}

export interface DismissResult {
  release: string;
  namespace: string;
  /** False when there was no release (dismiss is idempotent: closing a PR twice is fine). */
  found: boolean;
  deleted: number;
  kept: string[];
  namespaceDeleted: boolean;
}

/**
 * Removes a release as `helm uninstall --wait` does, from the release records alone: pre-delete hooks,
 * resources in reverse kind order (waiting until each is gone), post-delete hooks, then the records
 * removed (or kept, marked uninstalled). With `withNamespace` the namespace goes too, and the call
 * returns only when it no longer exists, so a converge into the same namespace can follow at once.
 */
export async function dismiss(release: string, namespace: string, options: DismissOptions): Promise<DismissResult> {
  try {
    return await dismissOnce(release, namespace, options);
  } catch (error) {
    throw explainKubeError(error, `dismissing release ${release}`);
  }
}

async function dismissOnce(release: string, namespace: string, options: DismissOptions): Promise<DismissResult> {
  const storageNamespace = options.storageNamespace ?? namespace;
  const ctx = makeContext(options, release, namespace);
  const result: DismissResult = { release, namespace, found: false, deleted: 0, kept: [], namespaceDeleted: false };
  let nsExists = true;
  try {
    await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    nsExists = false;
  }
  if (nsExists) {
    const storage = new ReleaseStorage(options.client, { namespace: storageNamespace, type: options.storageType ?? 'secret' });
    const lock = new ReleaseLock(options.client, storageNamespace, release);
    await lock.acquire({ wait: options.waitForLock ?? false, deadline: ctx.deadline, description: 'slipway dismiss', signal: ctx.signal });
    try {
      const history = await storage.history(release);
      await recoverPending(storage, history, ctx.emit);
      const latestRelease = latestRevision(history.map((h) => h.release));
      if (latestRelease && latestRelease.info.status !== 'uninstalled') {
        result.found = true;
        const latest = history.find((h) => h.release === latestRelease)!;
        latestRelease.info.status = 'uninstalling';
        latestRelease.info.description = 'Deletion in progress (or silently failed)';
        latest.resourceVersion = (await storage.update(latest)).resourceVersion;
        const hooks = latestRelease.hooks ?? [];
        await runHooks(ctx, hooks, 'pre-delete', { addLabels: {}, addAnnotations: {} });
        const recorded = recordedObjects([latestRelease.manifest, lastDeployed(history.map((h) => h.release))?.manifest]);
        const deletions: PlannedChange[] = [];
        for (const r of recorded.values()) {
          const mapping = await ctx.mapper.find(r.object.apiVersion, r.object.kind);
          if (!mapping) continue;
          const ns = mapping.namespaced ? (r.object.metadata.namespace ?? namespace) : undefined;
          const target = { mapping, namespace: ns, name: r.object.metadata.name, resource: r, label: describeObject(r.object, ns) };
          if (isKept(r.object) || isKept(await ctx.objects.get(target))) result.kept.push(target.label);
          else deletions.push({ action: 'delete', target });
        }
        const before = ctx.resourceWrites;
        await deleteInOrder(ctx, deletions, { wait: true });
        result.deleted = ctx.resourceWrites - before;
        await runHooks(ctx, hooks, 'post-delete', { addLabels: {}, addAnnotations: {} });
        if (options.keepHistory) {
          latestRelease.info.status = 'uninstalled';
          latestRelease.info.deleted = goTime(new Date());
          latestRelease.info.description = 'Uninstallation complete';
          await storage.update(latest);
        } else {
          await boundedParallel(history, ctx.concurrency, (h) => storage.delete(release, h.release.version));
        }
      }
    } finally {
      await lock.release();
    }
  }
  if (options.withNamespace && nsExists) {
    try {
      await options.client.request({ method: 'DELETE', path: `/api/v1/namespaces/${namespace}` });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    for (;;) {
      try {
        await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
      } catch (error) {
        if (isNotFound(error)) break;
        throw error;
      }
      if (Date.now() > ctx.deadline) throw new SlipwayError('deploy', `namespace ${namespace} is still terminating`, { where: { resource: `Namespace/${namespace}` }, hint: `a finalizer may block it: kubectl get namespace -o yaml; raise ${inputLabel((options.inputNames ?? cliInputNames).timeout)}` });
      await new Promise((r) => setTimeout(r, 500));
    }
    result.namespaceDeleted = true;
  }
  return result;
}
