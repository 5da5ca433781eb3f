import { SlipwayError } from '../errors/slipwayError.js';
import { cliInputNames, inputLabel, type InputNames } from '../errors/inputNames.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { ClusterObjects } from '../kube/clusterObjects.js';
import { RestMapper } from '../kube/restMapper.js';
import { isAlreadyExists, isNotFound, KubeApiError } from '../kube/kubeApiError.js';
import { boundedSettled } from '../kube/boundedParallel.js';
import { goTime, type HelmChart, type HelmRelease, type ReleaseHook, type ReleaseStatus } from '../release/helmRelease.js';
import { ReleaseStorage, type ReleaseStorageType, type StoredRelease } from '../release/releaseStorage.js';
import { ReleaseLock } from '../release/releaseLock.js';
import { deployKind, lastDeployed, latestRevision, nextRevisionNumber, revisionsToPrune, stalePending, toSupersede } from '../release/releaseHistory.js';
import type { DeployContext } from './deployContext.js';
import type { DeployEventSink } from './deployEvents.js';
import { hooksFor, runHooks } from './hookRunner.js';
import type { ManifestResource } from './manifestResources.js';
import { applyStagesOf, deleteInOrder, waitAllReady } from './applyChanges.js';
import { crdKinds, planResources, recordedObjects, type PlannedChange } from './resourcePlan.js';
import { fieldManager } from './resourceChange.js';
import { WatchHub } from '../track/watchHub.js';

export interface ReleaseTargetOptions {
  client: KubeClient;
  /** Where release records and the lock live (default: the release namespace). */
  storageNamespace?: string;
  storageType?: ReleaseStorageType;
  emit?: DeployEventSink;
  signal?: AbortSignal;
  concurrency?: number;
  /** What errors call the edge's inputs (default: the CLI's flags). */
  inputNames?: InputNames;
}

export interface OperationOptions extends ReleaseTargetOptions {
  timeoutMs: number;
  waitForLock?: boolean;
  autoRollback?: boolean;
  /** Timeout of the automatic rollback (default: the deploy's). */
  rollbackTimeoutMs?: number;
  /** Revisions kept (Helm's --history-max, default 10; 0 = unlimited). */
  maxHistory?: number;
  addLabels?: Record<string, string>;
  addAnnotations?: Record<string, string>;
  /** Keep what a failed first install created (default: remove it). */
  keepFailedInstall?: boolean;
  /** Lock holder description shown to whoever waits for us. */
  description?: string;
}

export interface OperationResult {
  release: string;
  namespace: string;
  revision: number;
  status: ReleaseStatus;
  operation: 'install' | 'upgrade' | 'rollback';
  counts: Record<'create' | 'update' | 'unchanged' | 'recreate' | 'delete' | 'keep', number>;
  /** Writes to release resources and hooks. */
  resourceWrites: number;
  notes?: string;
  /** For rollbacks: the revision restored. */
  rollbackTo?: number;
}

/** The desired state of a release, from rendering (converge) or from a stored revision (rollback). */
export interface DesiredRelease {
  resources: ManifestResource[];
  hooks: ReleaseHook[];
  crds: ManifestResource[];
  manifest: string;
  chart: HelmChart;
  config: Record<string, unknown>;
  notes?: string;
  /** Set for rollbacks: the revision restored. */
  rollbackTo?: number;
}

const statusOf = { install: 'pending-install', upgrade: 'pending-upgrade', rollback: 'pending-rollback' } as const;

/** Helm 4 reads this to choose how to upgrade: client-side apply works on objects slipway applied server-side, with no field conflicts. */
const recordedApplyMethod = 'csa';

export function makeContext(options: ReleaseTargetOptions & { timeoutMs: number }, release: string, namespace: string, extraSignals: AbortSignal[] = []): DeployContext {
  const deadline = Date.now() + options.timeoutMs;
  // The deadline as an abort reason that says which limit ran out (AbortSignal.timeout would say only "aborted").
  const timeout = new AbortController();
  const timeoutInput = (options.inputNames ?? cliInputNames).timeout;
  const timer = setTimeout(
    () => timeout.abort(new SlipwayError('deploy', `release ${release} did not finish within ${Math.round(options.timeoutMs / 1000)} s`, { where: { input: timeoutInput }, hint: `raise ${inputLabel(timeoutInput)} if the rollout is just slow` })),
    Math.max(1, options.timeoutMs),
  );
  timer.unref();
  const signals = [timeout.signal, ...extraSignals, ...(options.signal ? [options.signal] : [])];
  const signal = AbortSignal.any(signals);
  return {
    client: options.client,
    mapper: new RestMapper(options.client),
    objects: new ClusterObjects(options.client, fieldManager),
    release,
    namespace,
    deadline,
    signal,
    concurrency: options.concurrency ?? 16,
    emit: options.emit ?? (() => undefined),
    resourceWrites: 0,
    hub: new WatchHub(options.client),
    timeoutInput,
  };
}

/** Creates the namespace if it does not exist; waits out a namespace that is still being deleted. */
export async function ensureNamespace(client: KubeClient, namespace: string, deadline: number): Promise<boolean> {
  for (;;) {
    let live: any;
    try {
      live = await client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
    } catch (error) {
      // An identity allowed into one namespace often may not read Namespace objects: assume it exists.
      if (error instanceof KubeApiError && error.status === 403) return false;
      if (!isNotFound(error)) throw error;
    }
    if (live && live.status?.phase !== 'Terminating') return false;
    if (!live) {
      try {
        await client.request({ method: 'POST', path: '/api/v1/namespaces', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } });
        return true;
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
        continue;
      }
    }
    if (Date.now() > deadline) throw new SlipwayError('deploy', `namespace ${namespace} is still being deleted`, { where: { resource: `Namespace/${namespace}` }, hint: 'wait until it is gone (kubectl get namespace), then converge again' });
    await new Promise((r) => setTimeout(r, 500));
  }
}

function failureReason(error: unknown): string {
  if (error instanceof SlipwayError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Marks revisions a killed client left pending as failed, so they never block (called under the lock). */
export async function recoverPending(storage: ReleaseStorage, history: StoredRelease[], emit: DeployEventSink): Promise<void> {
  for (const stored of stalePending(history.map((h) => h.release))) {
    const entry = history.find((h) => h.release === stored)!;
    const was = stored.info.status;
    stored.info.status = 'failed';
    stored.info.description = `Release "${stored.name}" failed: interrupted while ${was} (the client stopped before finishing; recovered by slipway)`;
    entry.resourceVersion = (await storage.update(entry)).resourceVersion;
    emit({ type: 'warning', message: `revision ${stored.version} was left ${was} by an interrupted client; marked failed` });
  }
}

/**
 * Runs one install, upgrade or rollback of a release under its lock: plan everything (nothing written
 * yet), record the pending revision, pre-hooks, apply by stages, delete what left the chart, wait for
 * readiness, post-hooks, record deployed. Any failure records the revision failed with the reason,
 * removes what a failed first install created, and rolls back when asked.
 */
export async function runReleaseOperation(release: string, namespace: string, desired: DesiredRelease, options: OperationOptions): Promise<OperationResult> {
  const storageNamespace = options.storageNamespace ?? namespace;
  const storage = new ReleaseStorage(options.client, { namespace: storageNamespace, type: options.storageType ?? 'secret' });
  const lock = new ReleaseLock(options.client, storageNamespace, release);
  const ctx = makeContext(options, release, namespace, [lock.lost]);
  const emit = ctx.emit;
  const addLabels = options.addLabels ?? {};
  const addAnnotations = options.addAnnotations ?? {};

  if (await ensureNamespace(options.client, namespace, ctx.deadline)) emit({ type: 'step', message: `created namespace ${namespace}` });
  if (storageNamespace !== namespace) await ensureNamespace(options.client, storageNamespace, ctx.deadline);
  const took = await lock.acquire({ wait: options.waitForLock ?? false, deadline: ctx.deadline, description: options.description ?? 'slipway', signal: ctx.signal });
  if (took === 'expired' || took === 'holder-dead') emit({ type: 'warning', message: `took over the release lock from a client that stopped (${took})` });

  let record: StoredRelease | undefined;
  let operation: 'install' | 'upgrade' | 'rollback' = desired.rollbackTo ? 'rollback' : 'install';
  const applied: PlannedChange[] = [];
  let previousDeployed: HelmRelease | undefined;
  try {
    const history = await storage.history(release);
    await recoverPending(storage, history, emit);
    const releases = history.map((h) => h.release);
    if (!desired.rollbackTo) operation = deployKind(releases);
    previousDeployed = lastDeployed(releases);
    const latest = latestRevision(releases);

    // CRDs from crds/ first: created if missing, never deleted (Helm's rule); their kinds serve the plan.
    if (desired.crds.length) {
      const { changes } = await planResources(ctx, desired.crds, new Map(), new Set(), { addLabels, addAnnotations });
      await applyStagesOf(ctx, changes, new Set(), { addLabels, addAnnotations }, []);
    }
    const previous = recordedObjects([latest?.info.status === 'uninstalled' ? undefined : latest?.manifest, previousDeployed?.manifest]);
    emit({ type: 'step', message: `planning ${desired.resources.length} resources of release ${release} (${operation})` });
    emit({ type: 'phase', phase: 'plan', state: 'started' });
    const plan = await planResources(ctx, desired.resources, previous, crdKinds([...desired.crds, ...desired.resources]), { addLabels, addAnnotations });

    for (const version of revisionsToPrune(releases, options.maxHistory ?? 10)) await storage.delete(release, version);
    const now = goTime(new Date());
    const pending: HelmRelease = {
      name: release,
      info: {
        first_deployed: operation === 'install' ? now : (latest?.info.first_deployed ?? now),
        last_deployed: now,
        description: operation === 'install' ? 'Initial install underway' : operation === 'upgrade' ? 'Preparing upgrade' : `Rollback to ${desired.rollbackTo}`,
        status: statusOf[operation],
        ...(desired.rollbackTo ? { rollback_revision: desired.rollbackTo } : {}),
        ...(desired.notes ? { notes: desired.notes } : {}),
      },
      chart: desired.chart,
      config: desired.config,
      manifest: desired.manifest,
      hooks: desired.hooks,
      version: nextRevisionNumber(releases),
      namespace,
      apply_method: recordedApplyMethod,
    };
    record = await storage.create(pending);

    emit({ type: 'phase', phase: 'plan', state: 'finished' });
    const hookOptions = { addLabels, addAnnotations };
    const pre = operation === 'rollback' ? 'pre-rollback' : operation === 'install' ? 'pre-install' : 'pre-upgrade';
    const post = operation === 'rollback' ? 'post-rollback' : operation === 'install' ? 'post-install' : 'post-upgrade';
    await inPhase(emit, 'pre-hooks', hooksFor(desired.hooks, pre).length > 0, () => runHooks(ctx, desired.hooks, pre, hookOptions));
    const done = await inPhase(emit, 'apply', true, async () => {
      const applyDone = await applyStagesOf(ctx, plan.changes, plan.owned, { addLabels, addAnnotations }, applied);
      await deleteInOrder(ctx, plan.deletions.filter((d) => d.action === 'delete'), { wait: false });
      return applyDone;
    });
    await inPhase(emit, 'track', true, () => waitAllReady(ctx, done));
    await inPhase(emit, 'post-hooks', hooksFor(desired.hooks, post).length > 0, () => runHooks(ctx, desired.hooks, post, hookOptions));

    record.release.info.status = 'deployed';
    record.release.info.description = operation === 'install' ? 'Install complete' : operation === 'upgrade' ? 'Upgrade complete' : `Rollback to ${desired.rollbackTo}`;
    record = await storage.update(record);
    for (const old of toSupersede(releases, record.release.version)) {
      const entry = history.find((h) => h.release === old)!;
      // Helm's upgrade keeps the old description ("Install complete") and changes only the status.
      old.info.status = 'superseded';
      await storage.update(entry);
    }
    emit({ type: 'result', release, namespace, revision: record.release.version, status: 'deployed', operation, message: record.release.info.description });
    const counts = { create: 0, update: 0, unchanged: 0, recreate: 0, delete: 0, keep: 0 };
    for (const c of done) counts[c.action as keyof typeof counts]++;
    for (const d of plan.deletions) counts[d.action as keyof typeof counts]++;
    return { release, namespace, revision: record.release.version, status: 'deployed', operation, counts, resourceWrites: ctx.resourceWrites, ...(desired.notes ? { notes: desired.notes } : {}), ...(desired.rollbackTo ? { rollbackTo: desired.rollbackTo } : {}) };
  } catch (error) {
    const reason = failureReason(error);
    if (record) {
      record.release.info.status = 'failed';
      record.release.info.description = `Release "${release}" failed: ${reason}`;
      // Recorded even after SIGTERM or a timeout: the record must never stay pending.
      record = await storage.update(record).catch(async () => {
        const fresh = await storage.get(release, record!.release.version);
        if (!fresh) return record!;
        fresh.release.info.status = 'failed';
        fresh.release.info.description = `Release "${release}" failed: ${reason}`;
        return storage.update(fresh);
      });
      emit({ type: 'step', message: `revision ${record.release.version} recorded as failed` });
    }
    if (record && operation === 'install' && !options.keepFailedInstall && applied.length) {
      const cleanup = makeContext({ ...options, signal: undefined, timeoutMs: 60_000 }, release, namespace);
      emit({ type: 'step', message: `removing the ${applied.length} resources the failed first install created` });
      await boundedSettled(applied.filter((c) => c.action === 'create'), ctx.concurrency, (c) => cleanup.objects.delete(c.target));
    }
    await lock.release();
    if (options.autoRollback && previousDeployed && record && operation !== 'rollback') {
      emit({ type: 'step', message: `rolling back to revision ${previousDeployed.version}` });
      try {
        await rollbackToRecord(release, namespace, previousDeployed, { ...options, timeoutMs: options.rollbackTimeoutMs ?? options.timeoutMs, autoRollback: false });
      } catch (rollbackError) {
        throw new SlipwayError('deploy', `${reason}; the automatic rollback to revision ${previousDeployed.version} failed too: ${failureReason(rollbackError)}`, {
          where: error instanceof SlipwayError ? error.where : {},
          hint: 'inspect the release with slipway releases history and roll back by hand',
          cause: error,
        });
      }
      throw new SlipwayError('deploy', `${reason} (rolled back to revision ${previousDeployed.version})`, {
        where: error instanceof SlipwayError ? error.where : {},
        ...(error instanceof SlipwayError && error.hint ? { hint: error.hint } : {}),
        cause: error,
      });
    }
    throw error;
  } finally {
    ctx.hub.close();
    await lock.release();
  }
}

/** Runs one phase of the operation between its `phase` events (skipped without events when there is nothing to do). */
async function inPhase<T>(emit: DeployEventSink, phase: 'pre-hooks' | 'apply' | 'track' | 'post-hooks', active: boolean, run: () => Promise<T>): Promise<T> {
  if (!active) return run();
  emit({ type: 'phase', phase, state: 'started' });
  try {
    const result = await run();
    emit({ type: 'phase', phase, state: 'finished' });
    return result;
  } catch (error) {
    emit({ type: 'phase', phase, state: 'failed', message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** Rebuilds a stored revision as a desired state and deploys it as a new revision (Helm's rollback). */
export async function rollbackToRecord(release: string, namespace: string, target: HelmRelease, options: OperationOptions): Promise<OperationResult> {
  const { parseDocuments, documentsOfManifest } = await import('./manifestResources.js');
  const resources = parseDocuments(documentsOfManifest(target.manifest ?? ''));
  const hooks = (target.hooks ?? []).map((h) => ({ ...h, last_run: { phase: '' as const } }));
  return runReleaseOperation(release, namespace, {
    resources,
    hooks,
    crds: [],
    manifest: target.manifest ?? '',
    chart: target.chart,
    config: target.config ?? {},
    ...(target.info.notes ? { notes: target.info.notes } : {}),
    rollbackTo: target.version,
  }, options);
}
