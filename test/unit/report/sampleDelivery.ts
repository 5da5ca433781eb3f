import type { DeliveryEvent, DeliveryEventInput, FailureDetail } from '../../../src/core/events/deliveryEvents.js';

/**
 * A converge of the demo shop as the engine reports it, at fixed times: the backend image built, the frontend
 * reused, the chart rendered and applied, the frontend ready, the backend crashlooping (with its logs, events
 * and template line). `healthy: true` gives the same delivery with the backend coming up.
 */
export const t0 = Date.parse('2026-12-05T12:00:00.000Z');
const ns = 'demo-shop-pr-7';
const backend = { kind: 'Deployment', group: 'apps', name: 'backend', namespace: ns };
const frontend = { kind: 'Deployment', group: 'apps', name: 'frontend', namespace: ns };
const service = { kind: 'Service', name: 'frontend', namespace: ns };
const pod = (name: string) => ({ kind: 'Pod', name, namespace: ns });

export const crashFailure: FailureDetail = {
  resource: backend,
  source: { file: 'demo-shop/templates/backend.yaml', line: 1 },
  pod: 'backend-7d9f8c6b5-x2x9q',
  container: 'backend',
  reason: 'CrashLoopBackOff',
  message: 'back-off 10s restarting failed container=backend pod=backend-7d9f8c6b5-x2x9q',
  exitCode: 3,
  restarts: 2,
  logs: ['starting backend on :8080', 'reading config from /etc/backend/config.yaml', 'fatal: DATABASE_URL is not set <required>'],
  events: [{ type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container backend in pod backend-7d9f8c6b5-x2x9q', object: `Pod/${ns}/backend-7d9f8c6b5-x2x9q`, count: 3, at: t0 + 9_000 }],
  count: 3,
  allowed: 2,
  fatal: true,
};

export function sampleDelivery(options: { healthy?: boolean } = {}): DeliveryEvent[] {
  const events: DeliveryEvent[] = [];
  const at = (ms: number, event: DeliveryEventInput) => events.push({ ...event, at: t0 + ms } as DeliveryEvent);
  at(0, { type: 'phase', phase: 'build', state: 'started' });
  at(10, { type: 'image', name: 'backend', reference: '127.0.0.1:5100/demo-shop:backend-4f2a9c1e', state: 'building' });
  at(500, { type: 'image-output', name: 'backend', line: 'STEP 1/3: FROM debian:trixie-slim' });
  at(2_400, { type: 'image', name: 'backend', reference: '127.0.0.1:5100/demo-shop:backend-4f2a9c1e', state: 'built', durationMs: 2_390 });
  at(2_410, { type: 'image', name: 'frontend', reference: '127.0.0.1:5100/demo-shop:frontend-77b0d3aa', state: 'reused' });
  at(2_420, { type: 'phase', phase: 'build', state: 'finished' });
  at(2_430, { type: 'phase', phase: 'render', state: 'started' });
  at(2_480, { type: 'phase', phase: 'render', state: 'finished', message: '4 documents' });
  at(2_500, { type: 'phase', phase: 'apply', state: 'started' });
  at(2_520, { type: 'change', resource: backend, action: 'update', source: { file: 'demo-shop/templates/backend.yaml', line: 1 } });
  at(2_530, { type: 'change', resource: frontend, action: 'create', source: { file: 'demo-shop/templates/frontend.yaml', line: 1 } });
  at(2_540, { type: 'change', resource: service, action: 'unchanged', source: { file: 'demo-shop/templates/frontend.yaml', line: 24 } });
  at(2_600, { type: 'phase', phase: 'apply', state: 'finished' });
  at(2_610, { type: 'phase', phase: 'track', state: 'started' });
  at(2_620, { type: 'track', resource: backend, blocking: true, source: { file: 'demo-shop/templates/backend.yaml', line: 1 } });
  at(2_630, { type: 'track', resource: frontend, blocking: true, source: { file: 'demo-shop/templates/frontend.yaml', line: 1 } });
  at(2_700, { type: 'status', resource: backend, status: { state: 'progressing', reason: 'ReplicasUnavailable', message: '0 of 1 updated replicas available', ready: 0, wanted: 1 } });
  at(2_710, { type: 'status', resource: frontend, status: { state: 'progressing', reason: 'ReplicasUnavailable', message: '0 of 2 updated replicas available', ready: 0, wanted: 2 } });
  at(3_000, { type: 'track', resource: pod('backend-7d9f8c6b5-x2x9q'), parent: backend, blocking: true });
  at(3_000, { type: 'status', resource: pod('backend-7d9f8c6b5-x2x9q'), parent: backend, status: { state: 'progressing', reason: 'ContainersNotReady', message: 'container backend is not ready' } });
  at(3_100, { type: 'track', resource: pod('frontend-5c8d7b9f4-aaaaa'), parent: frontend, blocking: true });
  at(3_100, { type: 'status', resource: pod('frontend-5c8d7b9f4-aaaaa'), parent: frontend, status: { state: 'progressing', reason: 'ContainersNotReady', message: 'container frontend is not ready' } });
  at(3_500, { type: 'log', resource: backend, pod: 'backend-7d9f8c6b5-x2x9q', container: 'backend', line: 'starting backend on :8080' });
  at(3_600, { type: 'log', resource: frontend, pod: 'frontend-5c8d7b9f4-aaaaa', container: 'frontend', line: 'nginx: ready' });
  at(4_100, { type: 'status', resource: pod('frontend-5c8d7b9f4-aaaaa'), parent: frontend, status: { state: 'ready', reason: 'Ready', message: 'ready' } });
  at(4_800, { type: 'status', resource: frontend, status: { state: 'ready', reason: 'Available', message: '2 of 2 replicas available', ready: 2, wanted: 2 } });
  if (options.healthy) {
    at(5_200, { type: 'status', resource: pod('backend-7d9f8c6b5-x2x9q'), parent: backend, status: { state: 'ready', reason: 'Ready', message: 'ready' } });
    at(5_300, { type: 'status', resource: backend, status: { state: 'ready', reason: 'Available', message: '1 of 1 replicas available', ready: 1, wanted: 1 } });
    at(5_310, { type: 'phase', phase: 'track', state: 'finished' });
    at(5_400, { type: 'result', release: 'demo-shop-pr-7', namespace: ns, revision: 4, status: 'deployed', operation: 'upgrade' });
    return events;
  }
  at(6_000, { type: 'log', resource: backend, pod: 'backend-7d9f8c6b5-x2x9q', container: 'backend', line: 'fatal: DATABASE_URL is not set <required>' });
  at(6_200, { type: 'cluster-event', resource: backend, event: crashFailure.events[0]! });
  at(6_300, { type: 'failure', failure: { ...crashFailure, count: 1, fatal: false, restarts: 1 } });
  at(9_100, { type: 'failure', failure: crashFailure });
  at(9_110, { type: 'status', resource: backend, status: { state: 'failed', reason: 'CrashLoopBackOff', message: crashFailure.message, ready: 0, wanted: 1 } });
  at(9_200, { type: 'phase', phase: 'track', state: 'failed' });
  at(9_300, {
    type: 'result',
    release: 'demo-shop-pr-7',
    namespace: ns,
    revision: 4,
    status: 'failed',
    operation: 'upgrade',
    error: { message: `Deployment/${ns}/backend failed: CrashLoopBackOff in pod backend-7d9f8c6b5-x2x9q container backend`, resource: `Deployment/${ns}/backend`, file: 'demo-shop/templates/backend.yaml', line: 1 },
  });
  return events;
}
