import { resourceLabel, type ChangeAction, type ClusterEvent, type DeliveryEvent, type FailureDetail, type Phase, type ResourceId, type SourcePosition, type StatusSnapshot } from '../core/events/deliveryEvents.js';

/**
 * The reporting model: everything any output shows, as a fold of the delivery's events
 * (`foldEvent(report, event)`). Each output (terminal, GitHub, GitLab, JSON) renders this value on its
 * own; none of them listens to the engine directly. Deterministic: the same events give the same report.
 */
export interface ResourceRow {
  id: ResourceId;
  label: string;
  /** The label of the tracked resource this row belongs to (pods and ReplicaSets under a Deployment…). */
  parent?: string;
  source?: SourcePosition;
  /** false: tracked but not waited for (werf.io/track-termination-mode: NonBlocking). */
  blocking: boolean;
  change?: ChangeAction;
  /** Set for hook resources: `pre-install`, … */
  hook?: string;
  status: StatusSnapshot;
  /** When tracking began, when it was first ready, when it failed (epoch ms). */
  trackedAt?: number;
  readyAt?: number;
  failedAt?: number;
}

export interface PhaseRow {
  phase: Phase;
  state: 'running' | 'finished' | 'failed';
  startedAt: number;
  finishedAt?: number;
  message?: string;
}

export interface ImageRow {
  name: string;
  reference: string;
  state: 'building' | 'built' | 'reused' | 'failed' | 'not-built';
  startedAt: number;
  finishedAt?: number;
  durationMs?: number;
  message?: string;
}

export interface LogLine {
  pod: string;
  container: string;
  line: string;
  at: number;
}

export interface DeliveryReport {
  kind: 'slipway-deploy-report';
  version: 1;
  startedAt: number;
  finishedAt?: number;
  release?: string;
  namespace?: string;
  revision?: number;
  operation?: string;
  status: 'running' | 'deployed' | 'failed' | 'uninstalled' | 'planned';
  message?: string;
  error?: { message: string; hint?: string; file?: string; line?: number; resource?: string };
  phases: PhaseRow[];
  images: ImageRow[];
  /** Top-level resources first seen first; children (pods…) after their parents' rows in `children`. */
  resources: ResourceRow[];
  children: ResourceRow[];
  failures: FailureDetail[];
  warnings: { message: string; resource?: string; source?: SourcePosition; at: number }[];
  /** Log lines per tracked resource label, the last `logLinesKept` of each container. */
  logs: Record<string, LogLine[]>;
  /** Kubernetes events per tracked resource label, the last `eventsKept`. */
  events: Record<string, ClusterEvent[]>;
  steps: { message: string; at: number }[];
}

/** What the report keeps of long streams (outputs show less; the JSON report has these). */
export const logLinesKept = 200;
export const eventsKept = 50;

export function emptyReport(startedAt: number): DeliveryReport {
  return { kind: 'slipway-deploy-report', version: 1, startedAt, status: 'running', phases: [], images: [], resources: [], children: [], failures: [], warnings: [], logs: {}, events: {}, steps: [] };
}

const progressing = (reason: string, message: string): StatusSnapshot => ({ state: 'progressing', reason, message });

function row(report: DeliveryReport, id: ResourceId, parent?: ResourceId): ResourceRow {
  const label = resourceLabel(id);
  const list = parent ? report.children : report.resources;
  let found = list.find((r) => r.label === label);
  if (!found) {
    found = { id, label, ...(parent ? { parent: resourceLabel(parent) } : {}), blocking: true, status: progressing('Pending', 'not tracked yet') };
    list.push(found);
  }
  return found;
}

function keepLast<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

/** Folds one event into the report (mutates and returns it: a fold over a stream, kept cheap). */
export function foldEvent(report: DeliveryReport, event: DeliveryEvent): DeliveryReport {
  switch (event.type) {
    case 'phase': {
      if (event.state === 'started') report.phases.push({ phase: event.phase, state: 'running', startedAt: event.at, ...(event.message ? { message: event.message } : {}) });
      else {
        const open = [...report.phases].reverse().find((p) => p.phase === event.phase && p.state === 'running');
        const target = open ?? { phase: event.phase, state: 'running' as const, startedAt: event.at };
        if (!open) report.phases.push(target);
        target.state = event.state;
        target.finishedAt = event.at;
        if (event.message) target.message = event.message;
      }
      break;
    }
    case 'step':
      keepLast(report.steps, { message: event.message, at: event.at }, 500);
      break;
    case 'warning':
      report.warnings.push({ message: event.message, ...(event.resource ? { resource: resourceLabel(event.resource) } : {}), ...(event.source ? { source: event.source } : {}), at: event.at });
      break;
    case 'image': {
      let image = report.images.find((i) => i.name === event.name);
      if (!image) {
        image = { name: event.name, reference: event.reference, state: event.state, startedAt: event.at };
        report.images.push(image);
      }
      image.reference = event.reference;
      image.state = event.state;
      if (event.state !== 'building') image.finishedAt = event.at;
      if (event.durationMs !== undefined) image.durationMs = event.durationMs;
      if (event.message) image.message = event.message;
      break;
    }
    case 'image-output':
      break;
    case 'change': {
      const r = row(report, event.resource);
      r.change = event.action;
      if (event.source) r.source = event.source;
      if (event.action === 'delete') r.status = { state: 'ready', reason: 'Deleted', message: 'deleted' };
      // Applied and not tracked (a ConfigMap, a ClusterIP Service): done. A `track` event that follows says otherwise.
      else if (r.trackedAt === undefined && r.status.reason === 'Pending') r.status = { state: 'ready', reason: 'Applied', message: event.action === 'unchanged' ? 'unchanged' : 'applied' };
      break;
    }
    case 'hook': {
      const r = row(report, event.resource);
      r.hook = event.hookEvent;
      if (event.source) r.source = event.source;
      if (event.state === 'started') r.trackedAt ??= event.at;
      if (event.state === 'succeeded') {
        r.status = { state: 'ready', reason: 'HookSucceeded', message: `${event.hookEvent} hook succeeded` };
        r.readyAt ??= event.at;
      }
      if (event.state === 'failed') {
        r.status = { state: 'failed', reason: 'HookFailed', message: event.message ?? `${event.hookEvent} hook failed` };
        r.failedAt ??= event.at;
      }
      break;
    }
    case 'track': {
      const r = row(report, event.resource, event.parent);
      r.blocking = event.blocking;
      r.trackedAt ??= event.at;
      if (r.status.reason === 'Applied') r.status = progressing('Tracking', 'waiting for its first status');
      if (event.source) r.source = event.source;
      break;
    }
    case 'status': {
      const r = row(report, event.resource, event.parent);
      r.status = event.status;
      if (event.status.state === 'ready') r.readyAt ??= event.at;
      if (event.status.state === 'failed') r.failedAt ??= event.at;
      break;
    }
    case 'cluster-event': {
      const label = resourceLabel(event.resource);
      keepLast((report.events[label] ??= []), event.event, eventsKept);
      break;
    }
    case 'log': {
      const label = resourceLabel(event.resource);
      keepLast((report.logs[label] ??= []), { pod: event.pod, container: event.container, line: event.line, at: event.at }, logLinesKept);
      break;
    }
    case 'failure': {
      const f = event.failure;
      const label = resourceLabel(f.resource);
      // One entry per resource, pod, container and reason: a crashloop is one failure with a rising count.
      const same = report.failures.findIndex((x) => resourceLabel(x.resource) === label && x.pod === f.pod && x.container === f.container && x.reason === f.reason);
      if (same >= 0) report.failures[same] = f;
      else report.failures.push(f);
      if (f.fatal) {
        const r = report.resources.find((x) => x.label === label);
        if (r) {
          r.status = { ...r.status, state: 'failed', reason: f.reason, message: f.message };
          r.failedAt ??= event.at;
        }
      }
      break;
    }
    case 'result':
      report.release = event.release;
      report.namespace = event.namespace;
      if (event.revision !== undefined) report.revision = event.revision;
      if (event.operation) report.operation = event.operation;
      report.status = event.status;
      report.finishedAt = event.at;
      if (event.message) report.message = event.message;
      if (event.error) report.error = event.error;
      for (const p of report.phases) if (p.state === 'running') {
        p.state = event.status === 'failed' ? 'failed' : 'finished';
        p.finishedAt = event.at;
      }
      break;
  }
  return report;
}

export function foldEvents(events: readonly DeliveryEvent[], startedAt = events[0]?.at ?? 0): DeliveryReport {
  const report = emptyReport(startedAt);
  for (const e of events) foldEvent(report, e);
  return report;
}

/** The failures that stopped the deploy first, then the others (warnings of allowed failures). */
export function orderedFailures(report: DeliveryReport): FailureDetail[] {
  return [...report.failures].sort((a, b) => Number(b.fatal) - Number(a.fatal));
}

/** Seconds from tracking to ready, for tables. */
export function timeToReady(row: ResourceRow): number | undefined {
  return row.trackedAt !== undefined && row.readyAt !== undefined ? (row.readyAt - row.trackedAt) / 1000 : undefined;
}
