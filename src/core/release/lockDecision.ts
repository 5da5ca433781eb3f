/** A coordination.k8s.io/v1 Lease as the release lock keeps it. */
export interface LeaseState {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

/** Who holds a lock: parsed from the holder identity slipway writes (`<description> [host=<h> pid=<p> id=<id>]`). */
export interface LockHolder {
  description: string;
  host?: string;
  pid?: number;
  id?: string;
}

export function holderIdentity(description: string, host: string, pid: number, id: string): string {
  return `${description} [host=${host} pid=${pid} id=${id}]`;
}

export function parseHolder(identity: string): LockHolder {
  const m = /^(.*) \[host=(\S*) pid=(\d+) id=(\S+)\]$/.exec(identity);
  if (!m) return { description: identity };
  return { description: m[1]!, host: m[2]!, pid: Number(m[3]), id: m[4]! };
}

export type LockDecision =
  | { action: 'create' }
  | { action: 'take'; reason: 'free' | 'expired' | 'holder-dead' | 'ours' }
  /** Held and alive: fail fast, or wait until `retryAt` with --wait-for-lock. */
  | { action: 'held'; holder: LockHolder; expiresAt: number; renewedAt: number; stale: boolean };

/**
 * Decides what to do with the lease of a release. A lease is free when it has no holder, expired when its
 * last renewal is older than its duration, and its holder is known dead when it ran on this host and its
 * PID is gone (a SIGKILLed converge on a laptop or runner). `stale` marks a lease that missed two renewals:
 * callers wait for its expiry instead of failing fast, because its holder is most likely dead.
 */
export function decideLock(
  lease: LeaseState | undefined,
  me: { id: string; host: string },
  now: number,
  isProcessAlive: (pid: number) => boolean,
  renewEveryMs: number,
): LockDecision {
  if (!lease) return { action: 'create' };
  if (!lease.holderIdentity) return { action: 'take', reason: 'free' };
  const holder = parseHolder(lease.holderIdentity);
  if (holder.id === me.id) return { action: 'take', reason: 'ours' };
  const renewedAt = Date.parse(lease.renewTime ?? lease.acquireTime ?? '') || 0;
  const expiresAt = renewedAt + (lease.leaseDurationSeconds ?? 15) * 1000;
  if (now >= expiresAt) return { action: 'take', reason: 'expired' };
  if (holder.host === me.host && holder.pid !== undefined && !isProcessAlive(holder.pid)) return { action: 'take', reason: 'holder-dead' };
  return { action: 'held', holder, expiresAt, renewedAt, stale: now - renewedAt > 2 * renewEveryMs };
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
