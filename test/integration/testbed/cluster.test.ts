import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNamespace, deleteNamespace, kubectl, kubectlJson, waitFor } from '../../support/testbedEnv.js';

// Proves the test bed is a real control plane: controllers create ReplicaSets and pods, the scheduler binds
// them to kwok nodes, kwok moves them through stages, and the apiserver serves pod logs from kwok.
let namespace: string;
beforeAll(async () => {
  namespace = await createNamespace('bed');
});
afterAll(async () => {
  if (namespace) await deleteNamespace(namespace);
});

function pod(name: string, labels: Record<string, string>, annotations: Record<string, string> = {}, restartPolicy = 'Always'): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels, annotations },
    spec: { restartPolicy, containers: [{ name: 'app', image: 'registry.example/app:1' }] },
  });
}

async function podStatus(name: string): Promise<any> {
  return (await kubectlJson(['-n', namespace, 'get', 'pod', name])).status;
}

describe('test bed cluster', () => {
  it('reports Kubernetes v1.36.3 from the server and kubectl', async () => {
    const version = JSON.parse(await kubectl(['version', '-o', 'json']));
    expect(version.serverVersion.gitVersion).toBe('v1.36.3');
    expect(version.serverVersion.major).toBe('1');
    expect(version.serverVersion.minor).toBe('36');
    expect(version.clientVersion.gitVersion).toBe('v1.36.3');
  });

  it('has three Ready kwok nodes with loopback addresses only', async () => {
    const nodes = await kubectlJson(['get', 'nodes']);
    expect(nodes.items.length).toBeGreaterThanOrEqual(3);
    for (const node of nodes.items) {
      const ready = node.status.conditions.find((c: any) => c.type === 'Ready');
      expect(ready.status).toBe('True');
      for (const address of node.status.addresses) {
        if (address.type === 'InternalIP') expect(address.address).toMatch(/^127\./);
      }
    }
  });

  it('makes a 2-replica Deployment available through the real controllers', async () => {
    await kubectl(['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'registry.example/web:1' }] } },
      },
    }));
    const status = await waitFor('deployment web available', async () => {
      const d = await kubectlJson(['-n', namespace, 'get', 'deployment', 'web']);
      return d.status.availableReplicas === 2 && d.status.updatedReplicas === 2 ? d.status : undefined;
    });
    expect(status.readyReplicas).toBe(2);
    const replicaSets = await kubectlJson(['-n', namespace, 'get', 'replicasets', '-l', 'app=web']);
    expect(replicaSets.items).toHaveLength(1);
    const pods = await kubectlJson(['-n', namespace, 'get', 'pods', '-l', 'app=web']);
    expect(pods.items).toHaveLength(2);
    for (const p of pods.items) {
      expect(p.spec.nodeName).toMatch(/.+/);
      expect(p.status.phase).toBe('Running');
      expect(p.status.podIP).toMatch(/\d+\.\d+\.\d+\.\d+/);
    }
  });

  it('completes a Job', async () => {
    await kubectl(['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace },
      spec: { backoffLimit: 0, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'registry.example/m:1' }] } } },
    }));
    const job = await waitFor('job migrate complete', async () => {
      const j = await kubectlJson(['-n', namespace, 'get', 'job', 'migrate']);
      return j.status.conditions?.some((c: any) => c.type === 'Complete' && c.status === 'True') ? j : undefined;
    });
    expect(job.status.succeeded).toBe(1);
  });

  it('puts a labelled pod into CrashLoopBackOff with a rising restart count', async () => {
    await kubectl(['apply', '-f', '-'], pod('crash', { 'slipway.test/fail': 'crashloop' }));
    const first = await waitFor('crashloop', async () => {
      const s = await podStatus('crash');
      return s.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' ? s : undefined;
    });
    expect(first.phase).toBe('Running');
    expect(first.containerStatuses[0].lastState.terminated.exitCode).toBe(1);
    const later = await waitFor('a restart', async () => {
      const s = await podStatus('crash');
      return s.containerStatuses[0].restartCount > first.containerStatuses[0].restartCount ? s : undefined;
    }, 20_000);
    expect(later.containerStatuses[0].ready).toBe(false);
    const events = await kubectlJson(['-n', namespace, 'get', 'events', '--field-selector', 'involvedObject.name=crash']);
    expect(events.items.some((e: any) => e.reason === 'BackOff' && e.type === 'Warning')).toBe(true);
  });

  it('shows ErrImagePull, then ImagePullBackOff, for a labelled pod', async () => {
    await kubectl(['apply', '-f', '-'], pod('pull', { 'slipway.test/fail': 'image-pull' }));
    const pulled = await waitFor('ErrImagePull', async () => {
      const s = await podStatus('pull');
      return s.containerStatuses?.[0]?.state?.waiting?.reason === 'ErrImagePull' ? s : undefined;
    });
    expect(pulled.phase).toBe('Pending');
    expect(pulled.containerStatuses[0].state.waiting.message).toContain('registry.example/app:1');
    const backoff = await waitFor('ImagePullBackOff', async () => {
      const s = await podStatus('pull');
      return s.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff' ? s : undefined;
    });
    expect(backoff.phase).toBe('Pending');
  });

  it('keeps a labelled pod running but never ready', async () => {
    await kubectl(['apply', '-f', '-'], pod('unready', { 'slipway.test/fail': 'never-ready' }));
    const status = await waitFor('running', async () => {
      const s = await podStatus('unready');
      return s.phase === 'Running' ? s : undefined;
    });
    expect(status.containerStatuses[0].ready).toBe(false);
    expect(status.containerStatuses[0].state.running).toBeDefined();
    expect(status.conditions.find((c: any) => c.type === 'Ready').status).toBe('False');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await podStatus('unready')).conditions.find((c: any) => c.type === 'Ready').status).toBe('False');
  });

  it('fails a Job whose pod exits with the labelled exit code', async () => {
    await kubectl(['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'broken', namespace },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: { labels: { 'slipway.test/fail': 'exit' }, annotations: { 'slipway.test/exit-code': '3' } },
          spec: { restartPolicy: 'Never', containers: [{ name: 'b', image: 'registry.example/b:1' }] },
        },
      },
    }));
    const job = await waitFor('job broken failed', async () => {
      const j = await kubectlJson(['-n', namespace, 'get', 'job', 'broken']);
      return j.status.conditions?.some((c: any) => c.type === 'Failed' && c.status === 'True') ? j : undefined;
    });
    expect(job.status.failed).toBe(1);
    const pods = await kubectlJson(['-n', namespace, 'get', 'pods', '-l', 'job-name=broken']);
    const terminated = pods.items[0].status.containerStatuses[0].state.terminated;
    expect(pods.items[0].status.phase).toBe('Failed');
    expect(terminated.exitCode).toBe(3);
    expect(terminated.reason).toBe('Error');
  });

  it('serves a pod log through the API from a kwok Logs object, current and previous', async () => {
    await kubectl(['apply', '-f', '-'], pod('talker', { app: 'talker' }));
    await waitFor('talker running', async () => ((await podStatus('talker')).phase === 'Running' ? true : undefined));
    const dir = mkdtempSync(join(tmpdir(), 'slipway-logs-'));
    const current = join(dir, 'current.log');
    const previous = join(dir, 'previous.log');
    // CRI log format: time, stream, P(artial)/F(ull), message.
    writeFileSync(current, '2026-01-01T00:00:00.000000000Z stdout F listening on :8080\n2026-01-01T00:00:01.000000000Z stderr F warning: cache cold\n');
    writeFileSync(previous, '2026-01-01T00:00:00.000000000Z stdout F panic: boom\n');
    await kubectl(['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'kwok.x-k8s.io/v1alpha1',
      kind: 'Logs',
      metadata: { name: 'talker', namespace },
      spec: { logs: [{ containers: ['app'], logsFile: current, previousLogsFile: previous, follow: true }] },
    }));
    const text = await waitFor('logs', async () => {
      const out = await kubectl(['-n', namespace, 'logs', 'talker']).catch(() => '');
      return out.includes('cache cold') ? out : undefined;
    }, 30_000);
    expect(text).toBe('listening on :8080\nwarning: cache cold\n');
    expect(await kubectl(['-n', namespace, 'logs', 'talker', '--previous'])).toBe('panic: boom\n');
    const raw = await kubectl(['get', '--raw', `/api/v1/namespaces/${namespace}/pods/talker/log?container=app&tailLines=1`]);
    expect(raw).toBe('warning: cache cold\n');
  });
});
