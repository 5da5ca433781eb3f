import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { SlipwayError } from '../errors/slipwayError.js';
import { isAlreadyExists, isConflict, isNotFound } from '../kube/kubeApiError.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { decideLock, holderIdentity, microTime, type LeaseState } from './lockDecision.js';

interface Lease {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace?: string; resourceVersion?: string; labels?: Record<string, string> };
  spec: LeaseState;
}

export interface LockOptions {
  /** Wait for another deploy instead of failing fast. */
  wait: boolean;
  /** Give up waiting at this time (ms since epoch). */
  deadline: number;
  /** Who we are, for the other side's error message (e.g. "slipway converge, GitHub run 123"). */
  description: string;
  leaseSeconds?: number;
  signal?: AbortSignal;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The release lock: a Lease `slipway.release.<name>` next to the release records, held while a deploy,
 * rollback or dismiss works and renewed every third of its duration. If renewal fails because someone
 * else took it, `lost` fires so the deploy stops writing.
 */
export class ReleaseLock {
  readonly name: string;
  readonly #client: KubeClient;
  readonly #namespace: string;
  readonly #id = randomBytes(6).toString('hex');
  readonly #host = hostname();
  readonly #leaseSeconds: number;
  #resourceVersion: string | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #lost = new AbortController();

  constructor(client: KubeClient, namespace: string, release: string, leaseSeconds = 15) {
    this.#client = client;
    this.#namespace = namespace;
    this.name = `slipway.release.${release}`;
    this.#leaseSeconds = leaseSeconds;
  }

  get lost(): AbortSignal {
    return this.#lost.signal;
  }

  get #path(): string {
    return `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(this.#namespace)}/leases`;
  }

  get #renewEveryMs(): number {
    return (this.#leaseSeconds * 1000) / 3;
  }

  /** Acquires the lock; returns why it could take it (e.g. "expired": a previous client died). */
  async acquire(options: LockOptions): Promise<string> {
    const identity = holderIdentity(options.description, this.#host, process.pid, this.#id);
    for (;;) {
      if (options.signal?.aborted) throw new SlipwayError('deploy', 'interrupted while waiting for the release lock', { where: { resource: `Lease/${this.#namespace}/${this.name}` } });
      let lease: Lease | undefined;
      try {
        lease = await this.#client.request<Lease>({ method: 'GET', path: `${this.#path}/${this.name}` });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      const now = Date.now();
      const decision = decideLock(lease?.spec, { id: this.#id, host: this.#host }, now, processAlive, this.#renewEveryMs);
      const spec: LeaseState = {
        holderIdentity: identity,
        leaseDurationSeconds: this.#leaseSeconds,
        acquireTime: microTime(now),
        renewTime: microTime(now),
        leaseTransitions: (lease?.spec.leaseTransitions ?? 0) + (decision.action === 'take' && decision.reason !== 'ours' ? 1 : 0),
      };
      try {
        if (decision.action === 'create') {
          const created = await this.#client.request<Lease>({
            method: 'POST',
            path: this.#path,
            body: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: this.name, labels: { 'app.kubernetes.io/managed-by': 'slipway' } }, spec },
          });
          this.#held(created);
          return 'free';
        }
        if (decision.action === 'take') {
          const updated = await this.#client.request<Lease>({ method: 'PUT', path: `${this.#path}/${this.name}`, body: { ...lease!, spec } });
          this.#held(updated);
          return decision.reason;
        }
      } catch (error) {
        if (isConflict(error) || isAlreadyExists(error)) continue; // someone else moved first: look again
        throw error;
      }
      const waitable = options.wait || decision.stale;
      if (!waitable || now > options.deadline) {
        const until = new Date(decision.expiresAt).toISOString();
        throw new SlipwayError('deploy', `release is locked by another deploy: ${decision.holder.description}${decision.holder.host ? ` on ${decision.holder.host} (pid ${decision.holder.pid})` : ''}`, {
          where: { resource: `Lease/${this.#namespace}/${this.name}` },
          hint: options.wait
            ? `the lock was still held when the timeout ran out; its lease runs until ${until} unless renewed`
            : 'wait for that deploy to finish, or pass --wait-for-lock to queue behind it',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(100, decision.expiresAt - now))));
    }
  }

  #held(lease: Lease): void {
    this.#resourceVersion = lease.metadata.resourceVersion;
    this.#timer = setInterval(() => void this.#renew(), this.#renewEveryMs);
    this.#timer.unref();
  }

  async #renew(): Promise<void> {
    try {
      const lease = await this.#client.request<Lease>({ method: 'GET', path: `${this.#path}/${this.name}` });
      if (!lease.spec.holderIdentity?.includes(`id=${this.#id}]`)) {
        this.#lost.abort(new Error(`the release lock was taken by ${lease.spec.holderIdentity ?? 'nobody'}`));
        this.#stop();
        return;
      }
      const updated = await this.#client.request<Lease>({
        method: 'PUT',
        path: `${this.#path}/${this.name}`,
        body: { ...lease, spec: { ...lease.spec, renewTime: microTime(Date.now()) } },
      });
      this.#resourceVersion = updated.metadata.resourceVersion;
    } catch {
      // A failed renewal is retried at the next tick; the lease outlives two missed renewals.
    }
  }

  #stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Frees the lock (clears the holder so the next client needs no wait); a lost lock is left alone. */
  async release(): Promise<void> {
    this.#stop();
    if (this.#lost.signal.aborted) return;
    try {
      const lease = await this.#client.request<Lease>({ method: 'GET', path: `${this.#path}/${this.name}` });
      if (!lease.spec.holderIdentity?.includes(`id=${this.#id}]`)) return;
      await this.#client.request({ method: 'DELETE', path: `${this.#path}/${this.name}`, body: { preconditions: { resourceVersion: lease.metadata.resourceVersion } } });
    } catch {
      // If we cannot free it, it expires on its own within leaseSeconds.
    }
  }
}
