/**
 * The one typed event stream of a delivery: build, render, deploy and tracking all speak it, and every
 * output (terminal, GitHub, GitLab, JSON) is a fold of it (src/report/deliveryReport.ts). Events carry
 * plain data and a timestamp; nothing in them is preformatted for one output, and no secret value is ever
 * put in one (Secret data never reaches an event; log lines come from pods, not from release values).
 */

/** A Kubernetes object: `kind` and `name`, with `namespace` for namespaced kinds and `group` for non-core ones. */
export interface ResourceId {
  kind: string;
  name: string;
  namespace?: string;
  group?: string;
}

/** `Kind/namespace/name` (`Kind/name` for cluster-scoped objects): how resources are named in every output. */
export function resourceLabel(id: ResourceId): string {
  return `${id.kind}/${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}

/** Where a resource came from: the chart template and the line that wrote its first line. */
export interface SourcePosition {
  file: string;
  line?: number;
}

export type Phase = 'build' | 'render' | 'plan' | 'pre-hooks' | 'apply' | 'track' | 'post-hooks' | 'record' | 'rollback' | 'cleanup' | 'uninstall';

export type ChangeAction = 'create' | 'update' | 'unchanged' | 'recreate' | 'delete' | 'keep';

/** Readiness as trackers see it: `state` plus a stable machine reason (`reason`) and words for people. */
export interface StatusSnapshot {
  state: 'ready' | 'progressing' | 'failed';
  reason: string;
  message: string;
  /** Replicas (pods) ready and wanted, where the kind has them. */
  ready?: number;
  wanted?: number;
}

/** A Kubernetes Event about a tracked object (or one of its pods), as it was seen. */
export interface ClusterEvent {
  type: 'Normal' | 'Warning' | string;
  reason: string;
  message: string;
  /** The object the event is about, e.g. `Pod/shop/web-7d9f-abcde`. */
  object: string;
  count: number;
  at: number;
}

/**
 * A failure of a tracked resource, with everything a person needs to act without opening kubectl:
 * which pod and container, the reason (CrashLoopBackOff, ImagePullBackOff, BackoffLimitExceeded…), the exit
 * code, the last log lines (of the previous instance of a restarted container too), the events, the template.
 */
export interface FailureDetail {
  resource: ResourceId;
  source?: SourcePosition;
  pod?: string;
  container?: string;
  reason: string;
  message: string;
  exitCode?: number;
  restarts?: number;
  logs: string[];
  events: ClusterEvent[];
  /** Failures counted so far and allowed (werf.io/failures-allowed-per-replica × replicas). */
  count: number;
  allowed: number;
  /** true: this failure stops the deploy (fail mode FailWholeDeployProcessImmediately, threshold passed). */
  fatal: boolean;
}

export type DeliveryEvent = { at: number } & (
  | { type: 'phase'; phase: Phase; state: 'started' | 'finished' | 'failed'; message?: string }
  | { type: 'step'; message: string }
  | { type: 'warning'; message: string; resource?: ResourceId; source?: SourcePosition }
  | { type: 'image'; name: string; reference: string; state: 'building' | 'built' | 'reused' | 'failed' | 'not-built'; durationMs?: number; message?: string }
  | { type: 'image-output'; name: string; line: string }
  | { type: 'change'; resource: ResourceId; action: ChangeAction; source?: SourcePosition }
  | { type: 'hook'; hookEvent: string; resource: ResourceId; state: 'started' | 'succeeded' | 'failed'; source?: SourcePosition; message?: string }
  /** A tracked resource began to be tracked (`parent` set for the pods and ReplicaSets found under it). */
  | { type: 'track'; resource: ResourceId; parent?: ResourceId; source?: SourcePosition; blocking: boolean }
  | { type: 'status'; resource: ResourceId; parent?: ResourceId; status: StatusSnapshot }
  | { type: 'cluster-event'; resource: ResourceId; event: ClusterEvent }
  | { type: 'log'; resource: ResourceId; pod: string; container: string; line: string }
  | { type: 'failure'; failure: FailureDetail }
  | {
      type: 'result';
      release: string;
      namespace: string;
      revision?: number;
      status: 'deployed' | 'failed' | 'uninstalled' | 'planned';
      operation?: 'install' | 'upgrade' | 'rollback' | 'uninstall';
      message?: string;
      error?: { message: string; hint?: string; file?: string; line?: number; resource?: string };
    }
);

/** Every event without its timestamp: what emitters pass to `emitter.emit`, which stamps the time. */
export type DeliveryEventInput = DeliveryEvent extends infer E ? (E extends { at: number } ? Omit<E, 'at'> : never) : never;

export type DeliveryEventSink = (event: DeliveryEvent) => void;

/** Stamps events with the time they happened and hands them to every sink. */
export function eventEmitter(...sinks: DeliveryEventSink[]): (event: DeliveryEventInput) => void {
  return (event) => {
    const stamped = { ...event, at: Date.now() } as DeliveryEvent;
    for (const sink of sinks) sink(stamped);
  };
}
