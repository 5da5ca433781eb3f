import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../../src/core/deploy/deploy.js';
import type { DeployInput } from '../../../src/core/deploy/deployInput.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { createNamespace, deleteNamespace, kubectl, run, testbedVar, waitFor } from '../../support/testbedEnv.js';
import { buildDeployRunner } from './cliBinary.js';
import { helm, testClient } from './chartFixture.js';

const client = testClient();
let ns: string;
beforeAll(async () => {
  ns = await createNamespace('robust');
});
afterAll(async () => {
  client.close();
  // After the apiserver restart kwok takes a minute or two to simulate pods again: leave the test bed
  // only when a fresh Deployment rolls out, so the next test file does not pay for our restart.
  await kubectl(['-n', ns, 'create', 'deployment', 'bed-probe', '--image=registry.example/probe:1']);
  await waitFor('the test bed to run pods again', async () => ((await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', ns, 'rollout', 'status', 'deployment/bed-probe', '--timeout=10s'])).code === 0 ? true : undefined), 280_000, 1000);
  await deleteNamespace(ns);
});

function manyConfigMaps(release: string, count: number, value: string, extra: string[] = []): DeployInput {
  const documents = Array.from({ length: count }, (_, i) => ({ source: 'robust/templates/cm.yaml', content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${release}-cm-${i}\ndata:\n  value: "${value}"\n` }));
  return { release, namespace: ns, chart: { metadata: { name: 'robust', version: '1.0.0', apiVersion: 'v2' } }, config: { value }, documents: [...documents, ...extra.map((content) => ({ source: 'robust/templates/extra.yaml', content }))] };
}

async function historyOf(release: string) {
  return (await new ReleaseStorage(client, { namespace: ns, type: 'secret' }).history(release)).map((h) => h.release);
}

describe('concurrent converges of one release', () => {
  it('serializes 10 deploys started together: one revision per success, the rest name the lock holder', async () => {
    const clients = Array.from({ length: 10 }, () => testClient());
    const outcomes = await Promise.allSettled(clients.map((c, i) => deploy(manyConfigMaps('race', 5, `v${i}`), { client: c, timeoutMs: 60_000, description: `converge #${i}` })));
    clients.forEach((c) => c.close());
    const ok = outcomes.filter((o) => o.status === 'fulfilled');
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(SlipwayError);
      expect((f.reason as Error).message).toMatch(/release is locked by another deploy: converge #\d+ on \S+ \(pid \d+\)/);
    }
    const history = await historyOf('race');
    expect(history.map((r) => r.version)).toEqual(Array.from({ length: ok.length }, (_, i) => i + 1));
    expect(history.filter((r) => r.info.status === 'deployed')).toHaveLength(1);
    expect(history.every((r) => r.info.status === 'deployed' || r.info.status === 'superseded')).toBe(true);
  });

  it('with --wait-for-lock all 10 succeed one after another, history intact and pruned to 10', async () => {
    const clients = Array.from({ length: 10 }, () => testClient());
    const outcomes = await Promise.allSettled(clients.map((c, i) => deploy(manyConfigMaps('queue', 5, `v${i}`), { client: c, timeoutMs: 120_000, waitForLock: true, description: `queued #${i}` })));
    clients.forEach((c) => c.close());
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    const revisions = outcomes.map((o) => (o as PromiseFulfilledResult<{ revision: number }>).value.revision).sort((a, b) => a - b);
    expect(revisions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const history = await historyOf('queue');
    expect(history.map((r) => r.info.status)).toEqual([...Array(9).fill('superseded'), 'deployed']);
    // An 11th deploy prunes the oldest revision (history max 10), never the deployed one.
    await deploy(manyConfigMaps('queue', 5, 'v10'), { client, timeoutMs: 60_000 });
    expect((await historyOf('queue')).map((r) => r.version)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('a deploy killed with SIGKILL', () => {
  it('leaves nothing that blocks: the next deploy recovers the pending revision and the lock', async () => {
    const runner = await buildDeployRunner();
    const file = join(mkdtempSync(join(tmpdir(), 'slipway-kill-')), 'input.json');
    writeFileSync(file, JSON.stringify(manyConfigMaps('killed', 200, 'first')));
    const child = spawn(process.execPath, [runner, file], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    // Kill it once its revision is recorded pending and it has started applying.
    await waitFor('a pending revision and some applied ConfigMaps', async () => (output.includes('"type":"change"') ? true : undefined), 60_000, 20);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const left = await historyOf('killed');
    expect(left.map((r) => r.info.status)).toEqual(['pending-install']);
    const lease = JSON.parse(await kubectl(['-n', ns, 'get', 'lease', 'slipway.release.killed', '-o', 'json']));
    expect(lease.spec.holderIdentity).toContain(`pid=${child.pid}`);

    const started = Date.now();
    const result = await deploy(manyConfigMaps('killed', 200, 'second'), { client, timeoutMs: 60_000 });
    expect(Date.now() - started).toBeLessThan(30_000); // no waiting out the lease: its holder is known dead
    expect(result).toMatchObject({ revision: 2, status: 'deployed' });
    const history = await historyOf('killed');
    expect(history.map((r) => [r.version, r.info.status])).toEqual([
      [1, 'failed'],
      [2, 'deployed'],
    ]);
    expect(history[0]!.info.description).toContain('interrupted while pending-install');
    expect(JSON.parse((await helm(4, ['status', 'killed', '-n', ns, '-o', 'json'])).stdout).info.status).toBe('deployed');
  });
});

describe('the apiserver restarted mid-deploy', () => {
  it('completes, or fails clearly with a consistent record; the next deploy works', async () => {
    const kwokctl = testbedVar('SLIPWAY_KWOKCTL');
    const restartStarted = Date.now();
    const deploying = deploy(
      manyConfigMaps('restart', 150, 'before', [
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: restart-web\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: restart-web } }\n  template:\n    metadata: { labels: { app: restart-web } }\n    spec:\n      containers: [{ name: main, image: "registry.example/web:1" }]\n`,
      ]),
      { client, timeoutMs: 90_000 },
    ).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const stop = await run(kwokctl, ['--name', 'slipway', 'stop', 'cluster']);
    expect(stop.code, stop.stderr).toBe(0);
    await new Promise((r) => setTimeout(r, 2000));
    const start = await run(kwokctl, ['--name', 'slipway', 'start', 'cluster']);
    expect(start.code, start.stderr).toBe(0);
    const outcome = await deploying;
    process.stderr.write(`apiserver restart: deploy ${'error' in outcome ? `failed: ${String(outcome.error)}` : 'completed'} after ${((Date.now() - restartStarted) / 1000).toFixed(1)} s\n`);
    const history = await waitFor('the apiserver back', async () => historyOf('restart'), 60_000, 500);
    expect(history.some((r) => (r.info.status ?? '').startsWith('pending'))).toBe(false);
    if ('error' in outcome) {
      expect(outcome.error).toBeInstanceOf(SlipwayError);
      expect(history.at(-1)?.info.status ?? 'failed').toBe('failed');
    } else {
      expect(outcome.result.status).toBe('deployed');
      expect(history.at(-1)!.info.status).toBe('deployed');
    }
    const next = await deploy(manyConfigMaps('restart', 150, 'after'), { client, timeoutMs: 120_000 });
    expect(next.status).toBe('deployed');
  }, 330_000);
});
