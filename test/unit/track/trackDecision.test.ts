import { describe, expect, it } from 'vitest';
import type { FailureSignal } from '../../../src/core/track/failureSignals.js';
import { decideTrack, newMemory } from '../../../src/core/track/trackDecision.js';
import { defaultTrackingSpec, type TrackingSpec } from '../../../src/core/track/trackingSpec.js';
import type { Readiness } from '../../../src/core/status/readiness.js';

const now = 1_000_000;
const progressing: Readiness = { state: 'progressing', reason: 'ReplicasUnavailable', message: '0 of 1 updated replicas available' };
const crash = (restart: number): FailureSignal => ({ key: `p/main/crash/${restart}#0`, pod: 'p', container: 'main', reason: 'CrashLoopBackOff', message: 'back-off', counts: true });
const spec = (over: Partial<TrackingSpec> = {}): TrackingSpec => ({ ...defaultTrackingSpec, ...over });

function run(steps: { signals: FailureSignal[]; readiness?: Readiness; at?: number; othersSettled?: boolean }[], s: TrackingSpec, replicas = 1) {
  const memory = newMemory(now);
  return steps.map((step) => decideTrack({ kind: 'Deployment', readiness: step.readiness ?? progressing, signals: step.signals, spec: s, replicas, now: step.at ?? now, othersSettled: step.othersSettled ?? false }, memory));
}

describe('decideTrack', () => {
  it('allows one failure per replica by default (werf), fails on the next', () => {
    const [a, b, c] = run([{ signals: [crash(1)] }, { signals: [crash(1)] }, { signals: [crash(1), crash(2)] }], spec());
    expect(a!.outcome.state).toBe('progressing');
    expect(a!.fresh).toHaveLength(1);
    expect(b!.fresh).toHaveLength(0); // the same crash seen again is not counted twice
    expect(c!.outcome).toMatchObject({ state: 'failed', cause: { reason: 'CrashLoopBackOff' } });
  });

  it.each([
    ['failures-allowed-per-replica 0 fails at once', spec({ failuresAllowedPerReplica: 0 }), 1, 1],
    ['3 replicas allow 3 failures', spec(), 3, 4],
    ['2 per replica, 2 replicas: 4 allowed', spec({ failuresAllowedPerReplica: 2 }), 2, 5],
  ])('%s', (_name, s, replicas, failsAt) => {
    const results = run(Array.from({ length: failsAt }, (_, i) => ({ signals: [crash(i + 1)] })), s, replicas);
    expect(results.slice(0, -1).every((r) => r.outcome.state === 'progressing')).toBe(true);
    expect(results.at(-1)!.outcome.state).toBe('failed');
  });

  it('the controller\'s verdict fails at once, whatever the allowance', () => {
    const [r] = run([{ signals: [], readiness: { state: 'failed', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "x" has timed out progressing.' } }], spec({ failuresAllowedPerReplica: 100 }));
    expect(r!.outcome).toMatchObject({ state: 'failed', cause: { reason: 'ProgressDeadlineExceeded' } });
  });

  it('a critical signal fails at once', () => {
    const [r] = run([{ signals: [{ key: 'p/main/InvalidImageName/0#0', reason: 'InvalidImageName', message: 'bad', counts: true, critical: true }] }], spec({ failuresAllowedPerReplica: 5 }));
    expect(r!.outcome.state).toBe('failed');
  });

  it('ready wins over counted failures', () => {
    const [, r] = run([{ signals: [crash(1)] }, { signals: [crash(1)], readiness: { state: 'ready', reason: 'Ready' } }], spec());
    expect(r!.outcome.state).toBe('ready');
  });

  it('IgnoreAndContinueDeployProcess: over the threshold, no longer waited for', () => {
    const results = run([{ signals: [crash(1)] }, { signals: [crash(2)] }], spec({ failMode: 'IgnoreAndContinueDeployProcess' }));
    expect(results[1]!.outcome.state).toBe('ignored');
  });

  it('HopeUntilEndOfDeployProcess: hopes while others are pending, then the next failure is final', () => {
    const s = spec({ failMode: 'HopeUntilEndOfDeployProcess' });
    const results = run([{ signals: [crash(1)] }, { signals: [crash(2)] }, { signals: [crash(3)] }, { signals: [], othersSettled: true }, { signals: [crash(4)], othersSettled: true }], s);
    expect(results.map((r) => r.outcome.state)).toEqual(['progressing', 'hoping', 'hoping', 'hoping', 'failed']);
  });

  it('no activity for werf.io/no-activity-timeout fails with NoActivity', () => {
    const results = run([{ signals: [], at: now + 1000 }, { signals: [], at: now + 6000 }], spec({ noActivityTimeoutMs: 5000 }));
    expect(results[0]!.outcome.state).toBe('progressing');
    expect(results[1]!.outcome).toMatchObject({ state: 'failed', cause: { reason: 'NoActivity' } });
  });

  it('a bare Pod\'s CrashLoopBackOff readiness is counted, not a verdict', () => {
    const memory = newMemory(now);
    const r = decideTrack({ kind: 'Pod', readiness: { state: 'failed', reason: 'CrashLoopBackOff', message: 'x' }, signals: [crash(1)], spec: spec(), replicas: 1, now, othersSettled: false }, memory);
    expect(r.outcome.state).toBe('progressing');
  });
});
