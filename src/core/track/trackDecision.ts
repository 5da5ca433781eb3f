import type { Readiness } from '../status/readiness.js';
import type { FailureSignal } from './failureSignals.js';
import { failingWaitingReasons } from './failureSignals.js';
import type { TrackingSpec } from './trackingSpec.js';

/** What the tracker remembers of one resource between evaluations. */
export interface TrackMemory {
  /** Signal keys already reported (each occurrence once). */
  reported: Set<string>;
  /** Failures counted against the allowance. */
  failures: number;
  /** werf's HopeUntilEndOfDeployProcess: over the threshold, waiting for the others to settle. */
  hoping: boolean;
  /** Epoch ms of the last change seen in the resource's tree (object, pods, events, logs). */
  lastActivity: number;
}

export function newMemory(now: number): TrackMemory {
  return { reported: new Set(), failures: 0, hoping: false, lastActivity: now };
}

export type TrackOutcome =
  | { state: 'ready' }
  | { state: 'progressing' }
  /** Over the threshold in HopeUntilEndOfDeployProcess: not blocking while the others are pending. */
  | { state: 'hoping'; cause: Cause }
  /** IgnoreAndContinueDeployProcess: reported, no longer waited for. */
  | { state: 'ignored'; cause: Cause }
  | { state: 'failed'; cause: Cause };

export interface Cause {
  reason: string;
  message: string;
  signal?: FailureSignal;
}

export interface DecisionInput {
  kind: string;
  readiness: Readiness;
  signals: readonly FailureSignal[];
  spec: TrackingSpec;
  replicas: number;
  now: number;
  /** Every other blocking resource is ready or hoping (werf's end of the deploy process for hope mode). */
  othersSettled: boolean;
}

export interface Decision {
  outcome: TrackOutcome;
  /** Signals not reported before, in order; `counted` tells which of them counted. */
  fresh: { signal: FailureSignal; counted: boolean }[];
  allowed: number;
}

/**
 * Decides one resource's outcome from its readiness, its failure signals and what was seen before.
 * Mutates `memory` (the fold's state) and returns the decision. Pure otherwise: no I/O, no clock.
 */
export function decideTrack(input: DecisionInput, memory: TrackMemory): Decision {
  const allowed = input.spec.failuresAllowedPerReplica * Math.max(1, input.replicas);
  const fresh: Decision['fresh'] = [];
  for (const signal of input.signals) {
    if (memory.reported.has(signal.key)) continue;
    memory.reported.add(signal.key);
    if (signal.counts) memory.failures++;
    fresh.push({ signal, counted: signal.counts });
  }
  if (input.readiness.state === 'ready') {
    memory.hoping = false;
    return { outcome: { state: 'ready' }, fresh, allowed };
  }
  // The controller's own verdict (ProgressDeadlineExceeded, a failed Job, a lost claim) needs no counting;
  // a bare Pod's waiting reasons are counted like any replica's.
  const verdict = input.readiness.state === 'failed' && !(input.kind === 'Pod' && failingWaitingReasons.has(input.readiness.reason));
  const lastCounted = [...fresh].reverse().find((f) => f.counted)?.signal;
  const critical = fresh.find((f) => f.signal.critical)?.signal;
  let cause: Cause | undefined;
  if (verdict) cause = { reason: input.readiness.reason, message: input.readiness.message };
  else if (critical) cause = { reason: critical.reason, message: critical.message, signal: critical };
  else if (memory.failures > allowed && lastCounted) cause = { reason: lastCounted.reason, message: lastCounted.message, signal: lastCounted };
  else if (input.now - memory.lastActivity > input.spec.noActivityTimeoutMs) {
    cause = { reason: 'NoActivity', message: `nothing changed for ${Math.round(input.spec.noActivityTimeoutMs / 1000)} s (werf.io/no-activity-timeout): ${input.readiness.message}` };
  }
  if (!cause) {
    if (memory.hoping) return { outcome: { state: 'hoping', cause: { reason: 'Hoping', message: input.readiness.message } }, fresh, allowed };
    return { outcome: { state: 'progressing' }, fresh, allowed };
  }
  switch (input.spec.failMode) {
    case 'IgnoreAndContinueDeployProcess':
      return { outcome: { state: 'ignored', cause }, fresh, allowed };
    case 'HopeUntilEndOfDeployProcess':
      // Over the threshold: hope while others are pending; once they settled, the next failure is final.
      if (!memory.hoping) {
        memory.hoping = true;
        return { outcome: { state: 'hoping', cause }, fresh, allowed };
      }
      if (input.othersSettled && (verdict || fresh.some((f) => f.counted) || cause.reason === 'NoActivity')) return { outcome: { state: 'failed', cause }, fresh, allowed };
      return { outcome: { state: 'hoping', cause }, fresh, allowed };
    default:
      return { outcome: { state: 'failed', cause }, fresh, allowed };
  }
}
