import { SlipwayError } from '../errors/slipwayError.js';
import { inputLabel } from '../errors/inputNames.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { resourcePath, type ResourceMapping } from '../kube/restMapper.js';
import { readiness, type Readiness } from '../status/readiness.js';
import type { ClusterEvent, DeliveryEventInput, FailureDetail, ResourceId, StatusSnapshot } from '../events/deliveryEvents.js';
import { persistingBases, podFailureSignals, replicaSetFailureSignals, type EventLike, type FailureSignal } from './failureSignals.js';
import { hasPods, replicasOf, resourceTree, type TreeObject } from './resourceTree.js';
import { decideTrack, newMemory, type TrackMemory, type TrackOutcome } from './trackDecision.js';
import { logLinePasses, showsLogsOf, type TrackingSpec } from './trackingSpec.js';
import { ContainerLogFollower, tailLogs } from './podLogs.js';
import { WatchedCollection, type WatchHub } from './watchHub.js';

export interface TrackTarget {
  mapping: ResourceMapping;
  namespace: string | undefined;
  name: string;
  /** `Kind/namespace/name`. */
  label: string;
  /** The chart template and line the resource came from. */
  source?: string;
  line?: number;
  spec: TrackingSpec;
  /** false: tracked while others are pending, never waited for (NonBlocking, or an Ingress). */
  blocking: boolean;
}

export interface TrackOptions {
  hub: WatchHub;
  deadline: number;
  signal?: AbortSignal;
  emit: (event: DeliveryEventInput) => void;
  /** What is being waited for, in the timeout message. */
  what?: string;
  /** Follow pod logs (default true). */
  logs?: boolean;
  /** Lines printed per container before the rest are only kept for the report. */
  logLinesPerContainer?: number;
  /** How often persisting conditions and no-activity are re-evaluated. */
  tickMs?: number;
  /** The flag or input that sets the deadline, for the timeout hint (`--timeout`, input `timeout`). */
  timeoutInput?: string;
  now?: () => number;
}

const idOf = (kind: string, name: string, namespace: string | undefined, group?: string): ResourceId => ({ kind, name, ...(namespace ? { namespace } : {}), ...(group ? { group } : {}) });
const snapshotOf = (r: Readiness): StatusSnapshot => ({ state: r.state, reason: r.reason, message: r.message ?? r.reason, ...(r.ready !== undefined ? { ready: r.ready } : {}), ...(r.wanted !== undefined ? { wanted: r.wanted } : {}) });
const sameSnapshot = (a: StatusSnapshot | undefined, b: StatusSnapshot) => !!a && a.state === b.state && a.reason === b.reason && a.message === b.message && a.ready === b.ready && a.wanted === b.wanted;

function eventTime(e: any): number {
  const t = e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;
  const ms = typeof t === 'string' ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

interface Tracked {
  target: TrackTarget;
  id: ResourceId;
  memory: TrackMemory;
  outcome: TrackOutcome;
  status?: StatusSnapshot;
  childStatus: Map<string, StatusSnapshot>;
  fingerprint: string;
  firstSeen: Map<string, number>;
  lastSignals: FailureSignal[];
}

/**
 * Tracks resources until every blocking one is ready, failing as soon as one fails for good: watch-driven
 * (shared list+watch per kind and namespace, resumed after drops), each resource's tree (Deployment →
 * ReplicaSet → pods; StatefulSet/DaemonSet/Job → pods), failure signals counted as werf's annotations say,
 * pod logs followed until each pod is ready (Job pods until they end), events collected. Everything it
 * learns goes out as delivery events; decisions are the pure functions of trackDecision/failureSignals.
 */
export async function trackResources(client: KubeClient, targets: readonly TrackTarget[], options: TrackOptions): Promise<void> {
  if (targets.length === 0) return;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const emit = options.emit;
  const hub = options.hub;
  const withLogs = options.logs ?? true;
  const logCap = options.logLinesPerContainer ?? 500;
  const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n): n is string => !!n))];
  const podCollections = new Map<string, WatchedCollection>();
  const rsCollections = new Map<string, WatchedCollection>();
  const eventCollections = new Map<string, WatchedCollection>();
  for (const ns of namespaces) {
    if (targets.some((t) => t.namespace === ns && hasPods(t.mapping.kind))) podCollections.set(ns, hub.collection(`/api/v1/namespaces/${ns}/pods`));
    if (targets.some((t) => t.namespace === ns && t.mapping.kind === 'Deployment')) rsCollections.set(ns, hub.collection(`/apis/apps/v1/namespaces/${ns}/replicasets`));
    eventCollections.set(ns, hub.collection(`/api/v1/namespaces/${ns}/events`));
  }
  const rootCollections = new Map<Tracked, WatchedCollection>();
  const tracked: Tracked[] = targets.map((target) => {
    const t: Tracked = {
      target,
      id: idOf(target.mapping.kind, target.name, target.namespace, target.mapping.group || undefined),
      memory: newMemory(startedAt),
      outcome: { state: 'progressing' },
      childStatus: new Map(),
      fingerprint: '',
      firstSeen: new Map(),
      lastSignals: [],
    };
    rootCollections.set(t, hub.collection(resourcePath(target.mapping, target.namespace)));
    const source = target.source ? { file: target.source, ...(target.line !== undefined ? { line: target.line } : {}) } : undefined;
    emit({ type: 'track', resource: t.id, blocking: target.blocking, ...(source ? { source } : {}) });
    return t;
  });

  const followers = new Map<string, ContainerLogFollower>();
  const seenEvents = new Map<string, number>();
  let settle!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error?: unknown) => (error ? reject(error) : resolve());
  });
  let finished = false;
  const finish = (error?: unknown) => {
    if (finished) return;
    finished = true;
    settle(error);
  };

  const rootOf = (t: Tracked): TreeObject | undefined => {
    for (const o of rootCollections.get(t)!.objects.values()) if (o.metadata?.name === t.target.name) return { apiVersion: `${t.target.mapping.group ? `${t.target.mapping.group}/` : ''}${t.target.mapping.version}`, kind: t.target.mapping.kind, ...o };
    return undefined;
  };
  const eventsFor = (ns: string | undefined, uids: Set<string>): any[] => {
    const c = ns ? eventCollections.get(ns) : undefined;
    if (!c) return [];
    const out: any[] = [];
    // Events from before this deploy belong to earlier rollouts.
    for (const e of c.objects.values()) if (uids.has(e.involvedObject?.uid) && eventTime(e) >= startedAt - 2000) out.push(e);
    return out;
  };
  const eventLike = (e: any): EventLike => ({ type: e.type ?? 'Normal', reason: e.reason ?? '', message: e.message ?? e.note ?? '', at: eventTime(e), count: e.series?.count ?? e.count ?? 1 });
  const clusterEvent = (e: any): ClusterEvent => ({ type: e.type ?? 'Normal', reason: e.reason ?? '', message: e.message ?? '', object: `${e.involvedObject?.kind}/${e.involvedObject?.name}`, count: e.series?.count ?? e.count ?? 1, at: eventTime(e) });

  const followLogs = (t: Tracked, pod: TreeObject) => {
    if (!withLogs || !pod.metadata.namespace) return;
    const containers: string[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c: any) => c.name);
    const statuses: any[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const container of containers) {
      const key = `${pod.metadata.namespace}/${pod.metadata.name}/${container}`;
      if (followers.has(key)) continue;
      const status = statuses.find((s) => s.name === container);
      // Only once the container has run: before that the kubelet has no log to give.
      if (!status || (!status.state?.running && !status.state?.terminated && !status.lastState?.terminated)) continue;
      let printed = 0;
      const show = showsLogsOf(t.target.spec, container);
      const follower = new ContainerLogFollower(client, pod.metadata.namespace, pod.metadata.name, container, (text) => {
        t.memory.lastActivity = now();
        if (!show || !logLinePasses(t.target.spec, container, text)) return;
        if (printed++ < logCap) emit({ type: 'log', resource: t.id, pod: pod.metadata.name, container, line: text });
        else if (printed === logCap + 1) emit({ type: 'step', message: `${pod.metadata.name}/${container}: more than ${logCap} log lines; the rest are not printed` });
      });
      followers.set(key, follower);
      follower.start();
    }
  };
  const stopLogs = (pod: TreeObject) => {
    for (const [key, f] of followers) if (key.startsWith(`${pod.metadata.namespace}/${pod.metadata.name}/`)) void f.stop();
  };

  const failureDetail = async (t: Tracked, cause: { reason: string; message: string; signal?: FailureSignal }, fatal: boolean, allowed: number, podEvents: any[]): Promise<FailureDetail> => {
    const s = cause.signal;
    let logs: string[] = [];
    if (s?.pod && s.container && t.target.namespace) {
      const follower = followers.get(`${t.target.namespace}/${s.pod}/${s.container}`);
      logs = follower ? [...follower.recent] : [];
      if (s.previousInstance || logs.length === 0) {
        const fetched = await tailLogs(client, t.target.namespace, s.pod, s.container, { previous: !!s.previousInstance, lines: 20 });
        if (fetched.length) logs = fetched.map((l) => l.replace(/^\S+Z /, ''));
      }
      logs = logs.slice(-20);
    }
    const events = podEvents.filter((e) => !s?.pod || e.involvedObject?.name === s.pod || e.involvedObject?.kind !== 'Pod').map(clusterEvent).sort((a, b) => a.at - b.at).slice(-10);
    return {
      resource: t.id,
      ...(t.target.source ? { source: { file: t.target.source, ...(t.target.line !== undefined ? { line: t.target.line } : {}) } } : {}),
      ...(s?.pod ? { pod: s.pod } : {}),
      ...(s?.container ? { container: s.container } : {}),
      reason: cause.reason,
      message: cause.message,
      ...(s?.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
      ...(s?.restarts !== undefined ? { restarts: s.restarts } : {}),
      logs,
      events,
      count: t.memory.failures,
      allowed,
      fatal,
    };
  };

  /** For a Job or a workload that failed by the controller's verdict: the pod and container that explain it. */
  const explainingSignal = (t: Tracked): FailureSignal | undefined => t.lastSignals.find((s) => s.container) ?? t.lastSignals[0];

  const failureError = (t: Tracked, detail: FailureDetail): SlipwayError => {
    const where = [detail.pod ? `pod ${detail.pod}` : '', detail.container ? `container ${detail.container}` : ''].filter(Boolean).join(' ');
    const exit = detail.exitCode !== undefined && !detail.message.includes(`code ${detail.exitCode}`) ? ` (exit code ${detail.exitCode})` : '';
    return new SlipwayError('deploy', `${t.target.label} failed: ${detail.reason}${where ? ` in ${where}` : ''}: ${detail.message}${exit}`, {
      where: { resource: t.target.label, ...(t.target.source ? { file: t.target.source } : {}), ...(t.target.line !== undefined ? { line: t.target.line } : {}) },
      hint: detail.logs.length ? `last log line: ${detail.logs.at(-1)}` : 'the events above say more; fix the chart or image and converge again',
    });
  };

  const evaluate = async (t: Tracked): Promise<void> => {
    if (finished || t.outcome.state === 'ready' || t.outcome.state === 'ignored' || t.outcome.state === 'failed') return;
    if (!rootCollections.get(t)!.isSynced) return; // nothing is known of it before the first list
    // Nor of its tree: a workload already ready at the first look would otherwise be done without its pods.
    const treeNs = t.target.namespace;
    if (treeNs && [rsCollections.get(treeNs), podCollections.get(treeNs)].some((c) => c && !c.isSynced)) return;
    const previousState: TrackOutcome['state'] = t.outcome.state;
    const root = rootOf(t);
    const ns = t.target.namespace;
    const at = now();
    const r: Readiness = root ? readiness(root as never) : { state: 'progressing', reason: 'NotFound', message: 'not found (yet)' };
    const tree = root && ns ? resourceTree(root, [...(rsCollections.get(ns)?.objects.values() ?? [])], [...(podCollections.get(ns)?.objects.values() ?? [])]) : { pods: [] as TreeObject[] };
    const pods = root?.kind === 'Pod' ? [root] : tree.pods;
    const uids = new Set<string>([root?.metadata.uid, tree.replicaSet?.metadata.uid, ...pods.map((p) => p.metadata.uid)].filter((u): u is string => !!u));
    const events = eventsFor(ns, uids);
    // Activity: any object of the tree or an event changed since the last look.
    const fingerprint = [root?.metadata && (root.metadata as any).resourceVersion, tree.replicaSet && (tree.replicaSet.metadata as any).resourceVersion, ...pods.map((p) => (p.metadata as any).resourceVersion), events.length].join(',');
    if (fingerprint !== t.fingerprint) {
      t.fingerprint = fingerprint;
      t.memory.lastActivity = at;
    }
    for (const e of events) {
      const key = `${e.metadata?.uid}`;
      const count = e.series?.count ?? e.count ?? 1;
      if (seenEvents.get(key) === count) continue;
      seenEvents.set(key, count);
      emit({ type: 'cluster-event', resource: t.id, event: clusterEvent(e) });
    }
    const ctx = { now: at, firstSeen: t.firstSeen, readinessGraceMs: t.target.spec.ignoreReadinessProbeFailsForMs, jobPod: root?.kind === 'Job' };
    const signals: FailureSignal[] = [];
    for (const pod of pods) signals.push(...podFailureSignals(pod, events.filter((e) => e.involvedObject?.uid === pod.metadata.uid).map(eventLike), ctx));
    if (tree.replicaSet) signals.push(...replicaSetFailureSignals(tree.replicaSet, events.filter((e) => e.involvedObject?.uid === tree.replicaSet!.metadata.uid).map(eventLike), ctx));
    for (const base of persistingBases(signals)) if (!t.firstSeen.has(base)) t.firstSeen.set(base, at);
    if (signals.length) t.lastSignals = signals;

    // Children: pods (and the ReplicaSet) under the resource, each with its own status line.
    const children: TreeObject[] = root?.kind === 'Pod' ? [] : [...(tree.replicaSet ? [tree.replicaSet] : []), ...pods];
    for (const child of children) {
      const childId = idOf(child.kind ?? (child === tree.replicaSet ? 'ReplicaSet' : 'Pod'), child.metadata.name, child.metadata.namespace ?? ns);
      const kind = child === tree.replicaSet ? 'ReplicaSet' : 'Pod';
      const snap = snapshotOf(readiness({ apiVersion: kind === 'ReplicaSet' ? 'apps/v1' : 'v1', kind, ...child } as never));
      const key = `${kind}/${child.metadata.name}`;
      const previous = t.childStatus.get(key);
      if (!previous) emit({ type: 'track', resource: { ...childId, kind }, parent: t.id, blocking: t.target.blocking });
      if (!sameSnapshot(previous, snap)) {
        t.childStatus.set(key, snap);
        emit({ type: 'status', resource: { ...childId, kind }, parent: t.id, status: snap });
      }
      if (kind === 'Pod') {
        followLogs(t, child);
        // werf prints a pod's logs until it is ready; a Job's pods until they end.
        if (snap.state === 'ready' && root?.kind !== 'Job') stopLogs(child);
      }
    }
    if (root?.kind === 'Pod') followLogs(t, root);

    const othersSettled = tracked.every((o) => o === t || !o.target.blocking || o.outcome.state === 'ready' || o.outcome.state === 'hoping' || o.outcome.state === 'ignored');
    const decision = decideTrack({ kind: t.target.mapping.kind, readiness: r, signals, spec: t.target.spec, replicas: root ? replicasOf(root) : 1, now: at, othersSettled }, t.memory);
    const podEvents = events;
    for (const f of decision.fresh) {
      const fatal = decision.outcome.state === 'failed' && (decision.outcome.cause.signal === f.signal);
      if (fatal) continue; // reported below, with the verdict
      emit({ type: 'failure', failure: await failureDetail(t, { reason: f.signal.reason, message: f.signal.message, signal: f.signal }, false, decision.allowed, podEvents) });
    }
    const snap = snapshotOf(r);
    const status: StatusSnapshot = decision.outcome.state === 'failed' || decision.outcome.state === 'ignored' ? { ...snap, state: 'failed', reason: decision.outcome.cause.reason, message: decision.outcome.cause.message } : snap;
    if (!sameSnapshot(t.status, status)) {
      t.status = status;
      emit({ type: 'status', resource: t.id, status });
    }
    t.outcome = decision.outcome;
    if (decision.outcome.state === 'failed' || decision.outcome.state === 'ignored' || (decision.outcome.state === 'hoping' && previousState !== 'hoping')) {
      const cause = decision.outcome.cause;
      const withSignal = cause.signal ? cause : { ...cause, ...(explainingSignal(t) ? { signal: explainingSignal(t)! } : {}) };
      const detail = await failureDetail(t, withSignal, decision.outcome.state === 'failed', decision.allowed, podEvents);
      if (decision.outcome.state === 'failed') detail.message = cause.message;
      emit({ type: 'failure', failure: detail });
      if (decision.outcome.state === 'failed') {
        finish(failureError(t, detail));
        return;
      }
      emit({ type: 'warning', message: `${t.target.label}: ${cause.reason}: ${cause.message} (${decision.outcome.state === 'ignored' ? 'werf.io/fail-mode IgnoreAndContinueDeployProcess: not waited for' : 'HopeUntilEndOfDeployProcess: tracking goes on'})`, resource: t.id });
    }
    if (tracked.every((o) => !o.target.blocking || o.outcome.state === 'ready' || o.outcome.state === 'ignored')) finish();
  };

  let scheduled = false;
  let running: Promise<void> = Promise.resolve();
  const evaluateAll = () => {
    if (scheduled || finished) return;
    scheduled = true;
    // Coalesce a burst of watch events into one evaluation, right after the burst.
    setImmediate(() => {
      scheduled = false;
      running = running.then(async () => {
        for (const t of tracked) await evaluate(t);
      }).catch((error) => finish(error));
    });
  };

  const collections = new Set<WatchedCollection>([...rootCollections.values(), ...podCollections.values(), ...rsCollections.values(), ...eventCollections.values()]);
  const unsubscribe = [...collections].map((c) => c.subscribe(() => evaluateAll()));
  const ticker = setInterval(evaluateAll, options.tickMs ?? 1000);
  const timedOut = () => {
    const pending = tracked.filter((t) => t.target.blocking && t.outcome.state !== 'ready' && t.outcome.state !== 'ignored');
    const why = pending.map((t) => {
      const last = t.lastSignals[0];
      if (last) return `${t.target.label}: ${t.status?.message ?? 'not observed'} (${last.pod ? `pod ${last.pod}${last.container ? ` container ${last.container}` : ''}: ` : ''}${last.reason}: ${last.message})`;
      // No failure was ever seen (pods scheduled but never started, a node that stopped reporting): say where
      // the pods stand, so the message still points somewhere.
      return `${t.target.label}: ${t.status?.message ?? 'not observed'}${podsNotReady(t.childStatus)}`;
    });
    const first = pending[0];
    finish(new SlipwayError('deploy', `timed out waiting for ${options.what ?? 'resources'} to become ready; not ready: ${why.join('; ')}`, {
      where: { resource: first?.target.label ?? '', ...(first?.target.source ? { file: first.target.source } : {}), ...(first?.target.line !== undefined ? { line: first.target.line } : {}) },
      hint: `raise ${inputLabel(options.timeoutInput ?? '--timeout')} if the rollout is just slow; otherwise inspect the resources named above`,
    }));
  };
  const timer = setTimeout(timedOut, Math.max(0, options.deadline - now()));
  const onAbort = () => (now() >= options.deadline - 100 ? timedOut() : finish(options.signal?.reason ?? new Error('aborted')));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  // A collection that cannot be read at all (RBAC) fails the tracking with what to grant.
  for (const c of collections) {
    c.synced.catch((error) => finish(new SlipwayError('kube', `cannot list and watch ${c.path}: ${(error as Error).message}`, { where: { resource: c.path }, hint: 'grant list and watch on this resource to the deploying identity' })));
  }
  evaluateAll();
  try {
    await done;
  } finally {
    finished = true;
    clearTimeout(timer);
    clearInterval(ticker);
    options.signal?.removeEventListener('abort', onAbort);
    for (const u of unsubscribe) u();
    await Promise.allSettled([...followers.values()].map((f) => f.stop()));
    await running.catch(() => undefined);
  }
}

/** ` (pods not ready: a: pod is Pending; b: …)` for at most three pods, or nothing when none is known. */
function podsNotReady(children: ReadonlyMap<string, StatusSnapshot>): string {
  const pods = [...children].filter(([key, snap]) => key.startsWith('Pod/') && snap.state !== 'ready');
  if (pods.length === 0) return '';
  const named = pods.slice(0, 3).map(([key, snap]) => `${key.slice('Pod/'.length)}: ${snap.message}`);
  return ` (pods not ready: ${named.join('; ')}${pods.length > 3 ? `; ${pods.length - 3} more` : ''})`;
}
