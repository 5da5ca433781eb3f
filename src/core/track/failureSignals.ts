import type { TreeObject } from './resourceTree.js';

/**
 * A sign that a replica is failing, as a pure function of a pod (or ReplicaSet), its events and the time.
 * Each signal has a `key`: the same failure seen again keeps its key, a new occurrence gets a new one (a
 * crash per restart; a condition that persists, once per window), so the tracker counts failures the way
 * werf's failures-allowed-per-replica means: one per occurrence, not one per watch event.
 */
export interface FailureSignal {
  key: string;
  pod?: string;
  container?: string;
  reason: string;
  message: string;
  exitCode?: number;
  restarts?: number;
  /** Hopeless whatever the allowance (an image name that can never be pulled). */
  critical?: boolean;
  /** false: reported, but not counted (a Job pod's exit: the Job's backoffLimit decides). */
  counts: boolean;
  /** The container restarted: the previous instance's logs explain the crash. */
  previousInstance?: boolean;
}

export interface EventLike {
  type: string;
  reason: string;
  message: string;
  /** Epoch ms of the latest occurrence. */
  at: number;
  count: number;
}

export interface SignalContext {
  now: number;
  /** When a persisting condition (by base key) was first seen; absent: now. */
  firstSeen: ReadonlyMap<string, number>;
  /** Grace overrides per container (werf.io/ignore-readiness-probe-fails-for-<container>). */
  readinessGraceMs?: Readonly<Record<string, number>>;
  /** Pods of a Job: exits are the Job's business. */
  jobPod?: boolean;
}

/** Waiting reasons after which a container will not start without a change (kubelet's names). */
export const failingWaitingReasons = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'PreCreateHookError',
  'PostStartHookError',
]);
const criticalWaitingReasons = new Set(['InvalidImageName', 'ErrImageNeverPull']);

/** A condition that persists is counted again every this long (werf counts repeated errors of a resource). */
export const persistWindowMs = 10_000;
const defaultReadinessGraceMs = 30_000;

const time = (text: unknown): number | undefined => {
  if (typeof text !== 'string') return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
};

/** `base#N`: the Nth window a condition has persisted since `since` (0 while in the first). */
function windowKey(base: string, since: number, now: number, windowMs: number): string {
  return `${base}#${Math.max(0, Math.floor((now - since) / Math.max(1000, windowMs)))}`;
}

interface ContainerSpec {
  name: string;
  readinessProbe?: { initialDelaySeconds?: number; periodSeconds?: number; failureThreshold?: number };
}

/** Grace of a failing readiness probe: the time the probe itself needs to declare the container unready. */
export function readinessGrace(container: ContainerSpec | undefined, override?: number): { graceMs: number; windowMs: number } {
  const probe = container?.readinessProbe;
  const period = (probe?.periodSeconds ?? 10) * 1000;
  const threshold = probe?.failureThreshold ?? 3;
  const windowMs = probe ? period * threshold : persistWindowMs;
  const graceMs = override ?? (probe ? (probe.initialDelaySeconds ?? 0) * 1000 + period * threshold : defaultReadinessGraceMs);
  return { graceMs, windowMs };
}

/** Every failure signal of one pod at `now`. */
export function podFailureSignals(pod: TreeObject, events: readonly EventLike[], ctx: SignalContext): FailureSignal[] {
  const name = pod.metadata.name;
  const out: FailureSignal[] = [];
  const phase = pod.status?.phase;
  const specs: ContainerSpec[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const statuses: any[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const restartNever = pod.spec?.restartPolicy === 'Never' || (pod.spec?.restartPolicy === 'OnFailure' && phase === 'Failed');
  const since = (base: string) => ctx.firstSeen.get(base) ?? ctx.now;
  const latestWarning = (reasons: string[]) => [...events].filter((e) => e.type === 'Warning' && reasons.includes(e.reason)).sort((a, b) => a.at - b.at).at(-1);

  for (const c of statuses) {
    const restarts: number = c.restartCount ?? 0;
    const waiting = c.state?.waiting;
    const terminated = c.state?.terminated;
    const last = c.lastState?.terminated;
    if (waiting && failingWaitingReasons.has(waiting.reason)) {
      const crash = waiting.reason === 'CrashLoopBackOff';
      // A crash is one failure per restart; an image or config problem, once per window it persists.
      const base = crash ? `${name}/${c.name}/crash/${restarts}` : `${name}/${c.name}/${waiting.reason}/${restarts}`;
      out.push({
        key: windowKey(base, since(base), ctx.now, persistWindowMs),
        pod: name,
        container: c.name,
        reason: waiting.reason,
        message: waiting.message ?? waiting.reason,
        ...(crash && last ? { exitCode: last.exitCode } : {}),
        restarts,
        ...(criticalWaitingReasons.has(waiting.reason) ? { critical: true } : {}),
        counts: true,
        ...(crash ? { previousInstance: true } : {}),
      });
      continue;
    }
    if (terminated && terminated.exitCode !== 0 && (restartNever || phase === 'Failed')) {
      out.push({
        key: `${name}/${c.name}/exit/${restarts}`,
        pod: name,
        container: c.name,
        reason: terminated.reason === 'OOMKilled' ? 'OOMKilled' : 'Error',
        message: `container ${c.name} exited with code ${terminated.exitCode}${terminated.reason && terminated.reason !== 'Error' ? ` (${terminated.reason})` : ''}${terminated.message ? `: ${terminated.message}` : ''}`,
        exitCode: terminated.exitCode,
        restarts,
        counts: !ctx.jobPod,
      });
      continue;
    }
    // Restarted and running again: the previous instance crashed (OOMKilled, a non-zero exit).
    if (restarts > 0 && last && (last.exitCode !== 0 || last.reason === 'OOMKilled')) {
      out.push({
        key: `${name}/${c.name}/crash/${restarts}#0`,
        pod: name,
        container: c.name,
        reason: last.reason === 'OOMKilled' ? 'OOMKilled' : 'ContainerRestarted',
        message: `container ${c.name} restarted ${restarts} time${restarts === 1 ? '' : 's'}; the last instance exited with code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}`,
        exitCode: last.exitCode,
        restarts,
        counts: !ctx.jobPod,
        previousInstance: true,
      });
    }
    // Running but not ready past the time its readiness probe needs: the probe keeps failing.
    const running = c.state?.running;
    if (running && c.ready === false && phase === 'Running') {
      const startedAt = time(running.startedAt) ?? since(`${name}/${c.name}/running`);
      const spec = specs.find((s) => s.name === c.name);
      const { graceMs, windowMs } = readinessGrace(spec, ctx.readinessGraceMs?.[c.name]);
      if (ctx.now - startedAt > graceMs) {
        const unhealthy = latestWarning(['Unhealthy']);
        out.push({
          key: windowKey(`${name}/${c.name}/NotReady`, startedAt + graceMs, ctx.now, windowMs),
          pod: name,
          container: c.name,
          reason: 'ReadinessProbeFailed',
          message: unhealthy ? `${unhealthy.message} (not ready for ${Math.round((ctx.now - startedAt) / 1000)} s)` : `container ${c.name} is running but not ready for ${Math.round((ctx.now - startedAt) / 1000)} s`,
          restarts,
          counts: true,
        });
      }
    }
  }

  const scheduled = (pod.status?.conditions ?? []).find((x: any) => x.type === 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    const base = `${name}/Unschedulable`;
    const from = time(scheduled.lastTransitionTime) ?? since(base);
    out.push({ key: windowKey(base, from, ctx.now, persistWindowMs), pod: name, reason: 'FailedScheduling', message: scheduled.message ?? 'the pod cannot be scheduled', counts: true });
  }
  if (phase !== 'Running' && phase !== 'Succeeded') {
    const mount = latestWarning(['FailedMount', 'FailedAttachVolume']);
    if (mount) {
      const base = `${name}/${mount.reason}`;
      out.push({ key: windowKey(base, since(base), ctx.now, persistWindowMs), pod: name, reason: mount.reason, message: mount.message, counts: true });
    }
  }
  if (phase === 'Failed' && !out.some((s) => s.reason === 'Error' || s.reason === 'OOMKilled')) {
    // Evicted, a deadline, a node lost: the pod's own reason.
    out.push({ key: `${name}/failed`, pod: name, reason: pod.status?.reason ?? 'PodFailed', message: pod.status?.message ?? 'the pod failed', counts: !ctx.jobPod });
  }
  return out;
}

/** A ReplicaSet that cannot create pods (quota, admission webhooks, pod security): its condition or its events. */
export function replicaSetFailureSignals(replicaSet: TreeObject, events: readonly EventLike[], ctx: SignalContext): FailureSignal[] {
  const condition = (replicaSet.status?.conditions ?? []).find((x: any) => x.type === 'ReplicaFailure' && x.status === 'True');
  const event = [...events].filter((e) => e.type === 'Warning' && e.reason === 'FailedCreate').sort((a, b) => a.at - b.at).at(-1);
  if (!condition && !event) return [];
  const base = `${replicaSet.metadata.name}/FailedCreate`;
  const from = time(condition?.lastTransitionTime) ?? ctx.firstSeen.get(base) ?? ctx.now;
  return [{ key: windowKey(base, from, ctx.now, persistWindowMs), reason: 'FailedCreate', message: condition?.message ?? event!.message, counts: true }];
}

/** The base keys of persisting conditions in these signals, for the tracker to remember when each began. */
export function persistingBases(signals: readonly FailureSignal[]): string[] {
  return signals.filter((s) => s.key.includes('#')).map((s) => s.key.slice(0, s.key.lastIndexOf('#')));
}
