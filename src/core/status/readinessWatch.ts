import { SlipwayError } from '../errors/slipwayError.js';
import { inputLabel } from '../errors/inputNames.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { resourcePath, type ResourceMapping } from '../kube/restMapper.js';
import { readiness, type Readiness } from './readiness.js';

export interface ReadinessTarget {
  mapping: ResourceMapping;
  namespace: string | undefined;
  name: string;
  /** `Kind/namespace/name` for messages. */
  label: string;
  /** Where the object came from (chart template), for the error. */
  source?: string;
}

export interface ReadinessObserver {
  /** Called whenever a target's readiness changes; the later full tracker plugs in here. */
  onChange?(target: ReadinessTarget, state: Readiness, object: unknown): void;
}

/**
 * Waits until every target is ready, fed by watches (one list+watch per collection and namespace,
 * re-listed when a watch ends, e.g. across an apiserver restart). Fails fast on the first target whose
 * readiness says failed, and at the deadline names every target that is not ready and why.
 */
export async function waitUntilReady(
  client: KubeClient,
  targets: readonly ReadinessTarget[],
  options: { deadline: number; signal?: AbortSignal; what?: string; /** The edge's name for the timeout, for the hint. */ timeoutInput?: string } & ReadinessObserver,
): Promise<void> {
  if (targets.length === 0) return;
  const states = new Map<ReadinessTarget, Readiness>(targets.map((t) => [t, { state: 'progressing', message: 'not observed yet' }]));
  const groups = new Map<string, ReadinessTarget[]>();
  for (const t of targets) {
    const path = resourcePath(t.mapping, t.namespace);
    groups.set(path, [...(groups.get(path) ?? []), t]);
  }
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let settle!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error?: unknown) => (error ? reject(error) : resolve());
  });
  const check = () => {
    for (const [t, s] of states) {
      if (s.state === 'failed') {
        settle(new SlipwayError('deploy', `${t.label} failed: ${s.reason}: ${s.message}`, { where: { resource: t.label, ...(t.source ? { file: t.source } : {}) }, hint: 'inspect the resource and its pods (kubectl describe); fix the chart or image and converge again' }));
        return;
      }
    }
    if ([...states.values()].every((s) => s.state === 'ready')) settle();
  };
  const observe = (target: ReadinessTarget, object: unknown | undefined) => {
    const next: Readiness = object === undefined ? { state: 'progressing', message: 'not found' } : readiness(object as never);
    const previous = states.get(target)!;
    states.set(target, next);
    if (previous.state !== next.state || (previous as { message?: string }).message !== (next as { message?: string }).message) options.onChange?.(target, next, object);
  };
  const follow = async (path: string, members: ReadinessTarget[]) => {
    const byName = new Map(members.map((m) => [m.name, m]));
    const query = members.length === 1 ? { fieldSelector: `metadata.name=${members[0]!.name}` } : {};
    while (!stop.signal.aborted) {
      try {
        const list = await client.request<{ metadata: { resourceVersion: string }; items: any[] }>({ method: 'GET', path, query, signal: stop.signal });
        const seen = new Set<string>();
        for (const item of list.items) {
          const t = byName.get(item.metadata?.name);
          if (t) {
            seen.add(t.name);
            observe(t, { apiVersion: `${t.mapping.group ? `${t.mapping.group}/` : ''}${t.mapping.version}`, kind: t.mapping.kind, ...item });
          }
        }
        for (const m of members) if (!seen.has(m.name)) observe(m, undefined);
        check();
        await client.watch<any>(path, { ...query, resourceVersion: list.metadata.resourceVersion, timeoutSeconds: '120' }, (event) => {
          if (event.type === 'BOOKMARK' || event.type === 'ERROR') return;
          const t = byName.get(event.object?.metadata?.name);
          if (!t) return;
          observe(t, event.type === 'DELETED' ? undefined : event.object);
          check();
        }, stop.signal);
      } catch (error) {
        if (stop.signal.aborted) return;
        // A lost watch (apiserver restart, expired resourceVersion): pause and list again.
        await new Promise((r) => setTimeout(r, 500));
        if ((error as { status?: number }).status === 403) {
          settle(new SlipwayError('kube', `not allowed to watch ${path}`, { where: { resource: members[0]!.label }, hint: 'grant list and watch on this resource to the deploying identity' }));
          return;
        }
      }
    }
  };
  const timedOut = () => {
    const pending = [...states].filter(([, s]) => s.state !== 'ready').map(([t, s]) => `${t.label}: ${(s as { message?: string }).message ?? s.state}`);
    settle(new SlipwayError('deploy', `timed out waiting for ${options.what ?? 'resources'} to become ready; not ready: ${pending.join('; ')}`, {
      where: { resource: [...states].find(([, s]) => s.state !== 'ready')?.[0].label ?? '' },
      hint: `raise ${inputLabel(options.timeoutInput ?? '--timeout')} if the rollout is just slow; otherwise inspect the resources named above`,
    }));
  };
  const timer = setTimeout(timedOut, Math.max(0, options.deadline - Date.now()));
  // The operation's deadline may fire a moment before ours: report it with what is not ready.
  options.signal?.addEventListener('abort', () => (Date.now() >= options.deadline - 100 ? timedOut() : settle(options.signal?.reason ?? new Error('aborted'))), { once: true });
  const followers = [...groups].map(([path, members]) => follow(path, members));
  try {
    await done;
  } finally {
    clearTimeout(timer);
    stop.abort();
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.allSettled(followers);
  }
}
