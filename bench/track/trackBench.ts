// bench/track: how fast slipway's tracker says what happened, side by side in one run with kubedog (werf's
// tracker, v0.12.3) and `helm upgrade --install --wait` (v4), on the same deploys of the test bed.
// Run: bash bench/track/run.sh  (needs `bash scripts/testbed up`; builds kubedog once into ~/.cache/slipway).
//   (1) crashloop: from the cluster showing CrashLoopBackOff (an observer's watch in this process) to the report
//   (2) healthy: from the last pod Ready (same observer) to the report of success
//   (3) 30 Deployments × 10 pods with logs: peak RSS, API requests per minute, watch streams
// slipway runs in this process (the deploy engine with its tracker); kubedog and helm as their CLIs, their
// lines timed as they arrive here.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploy } from '../../src/core/deploy/deploy.js';
import { eventEmitter, type DeliveryEvent } from '../../src/core/events/deliveryEvents.js';
import { KubeClient } from '../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../src/core/kube/kubeConnection.js';
import { criLines } from '../../test/integration/track/trackFixture.js';

const kubectl = process.env.SLIPWAY_KUBECTL!;
const helm4 = process.env.SLIPWAY_HELM4!;
const kubedog = process.env.SLIPWAY_KUBEDOG!;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const namespaces: string[] = [];

function namespace(tag: string): string {
  const name = `bench-track-${tag}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;
  execFileSync(kubectl, ['create', 'namespace', name], { stdio: 'ignore' });
  namespaces.push(name);
  return name;
}

// (3)'s 300 pods run on a node of their own: the bed's 3 nodes take 110 pods each, shared with whatever else runs.
const largeNode = 'bench-track-large';
const onLargeNode = `
      nodeSelector: { slipway.bench/node: ${largeNode} }
      tolerations: [{ key: slipway.bench/node, operator: Exists, effect: NoSchedule }]`;

const deployment = (name: string, replicas: number, fail?: string, placement = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata:
      labels: { app: ${name}${fail ? `, slipway.test/fail: ${fail}` : ''} }
    spec:${placement}
      containers: [{ name: main, image: "registry.example/web:1" }]
`;

/** A kwok node (kwok simulates every node annotated kwok.x-k8s.io/node=fake) with room for 1M pods, tainted for the bench. */
function addLargeNode(): void {
  execFileSync(kubectl, ['apply', '-f', '-'], {
    input: `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${largeNode}\n  annotations: { kwok.x-k8s.io/node: fake }\n  labels: { type: kwok, slipway.bench/node: ${largeNode}, kubernetes.io/hostname: ${largeNode} }\nspec:\n  taints: [{ key: slipway.bench/node, value: "${largeNode}", effect: NoSchedule }]\n`,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  // Loopback address: the apiserver dials the node for logs, and only 127.0.0.0/8 is reachable here.
  execFileSync(kubectl, ['patch', 'node', largeNode, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status: { addresses: [{ type: 'InternalIP', address: '127.0.0.1' }, { type: 'Hostname', address: 'localhost' }] } })], { stdio: 'ignore' });
  execFileSync(kubectl, ['wait', '--for=condition=Ready', `node/${largeNode}`, '--timeout=60s'], { stdio: 'ignore' });
}

function chartOf(manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-track-chart-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: track\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'templates', 'all.yaml'), manifest);
  return dir;
}

/** Watches pods of a namespace from this process: when each first showed a waiting reason, and when it became Ready. */
function observePods(client: KubeClient, ns: string) {
  const crashAt = new Map<string, number>();
  const readyAt = new Map<string, number>();
  const stop = new AbortController();
  void client.watch<any>(`/api/v1/namespaces/${ns}/pods`, {}, (e) => {
    const pod = e.object;
    const name = pod?.metadata?.name;
    if (!name) return;
    const waiting = (pod.status?.containerStatuses ?? []).map((c: any) => c.state?.waiting?.reason).find(Boolean);
    if (waiting === 'CrashLoopBackOff' && !crashAt.has(name)) crashAt.set(name, Date.now());
    const ready = (pod.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
    if (ready && !readyAt.has(name)) readyAt.set(name, Date.now());
  }, stop.signal).catch(() => undefined);
  return { crashAt, readyAt, stop: () => stop.abort() };
}

const input = (release: string, ns: string, manifest: string) => ({ release, namespace: ns, chart: { metadata: { name: 'track', version: '0.1.0', apiVersion: 'v2' } }, config: {}, documents: [{ source: 'track/templates/all.yaml', content: manifest }] });
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (ms: number) => (Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(3)} s`);

/** Runs a CLI and resolves with the arrival time of the first line matching `pattern` and the exit time. */
function timedCli(bin: string, args: string[], pattern: RegExp): Promise<{ matchedAt?: number; exitAt: number; code: number; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let matchedAt: number | undefined;
    const lines: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line) lines.push(line);
        if (matchedAt === undefined && pattern.test(line)) matchedAt = Date.now();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => resolve({ ...(matchedAt !== undefined ? { matchedAt } : {}), exitAt: Date.now(), code: code ?? -1, lines }));
  });
}

async function firstCrash(observer: ReturnType<typeof observePods>, deadline = Date.now() + 60_000): Promise<number> {
  while (observer.crashAt.size === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return Math.min(...observer.crashAt.values());
}

async function crashloop(client: KubeClient) {
  const slipwayReport: number[] = [];
  const slipwayFail: number[] = [];
  const kubedogReport: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ns = namespace(`crash${i}`);
    const observer = observePods(client, ns);
    const events: DeliveryEvent[] = [];
    await deploy(input('crash', ns, deployment('crash', 1, 'crashloop')), { client, timeoutMs: 60_000, emit: eventEmitter((e) => events.push(e)) }).catch(() => undefined);
    const failedAt = Date.now();
    const crashAt = await firstCrash(observer);
    observer.stop();
    const first = events.find((e) => e.type === 'failure');
    if (first) slipwayReport.push(first.at - crashAt);
    slipwayFail.push(failedAt - crashAt);

    const ns2 = namespace(`crashdog${i}`);
    const observer2 = observePods(client, ns2);
    execFileSync(kubectl, ['-n', ns2, 'apply', '-f', '-'], { input: deployment('crash', 1, 'crashloop'), stdio: ['pipe', 'ignore', 'ignore'] });
    const dog = await timedCli(kubedog, ['rollout', 'track', 'deployment', 'crash', '-n', ns2, '--timeout', '60'], /CrashLoopBackOff/);
    const crashAt2 = await firstCrash(observer2);
    observer2.stop();
    if (dog.matchedAt !== undefined) kubedogReport.push(dog.matchedAt - crashAt2);
  }
  const ns3 = namespace('crashhelm');
  const helmStart = Date.now();
  const h = await timedCli(helm4, ['upgrade', '--install', 'crash', chartOf(deployment('crash', 1, 'crashloop')), '-n', ns3, '--wait', '--timeout', '20s'], /CrashLoopBackOff/);
  return { slipwayReport, slipwayFail, kubedogReport, helm: { exitMs: h.exitAt - helmStart, namesReason: h.matchedAt !== undefined, last: h.lines.at(-1) ?? '' } };
}

async function healthy(client: KubeClient) {
  const slipwayTrack: number[] = [];
  const slipwayDone: number[] = [];
  const kubedogDone: number[] = [];
  const helmDone: number[] = [];
  const lastReady = (o: ReturnType<typeof observePods>) => Math.max(...o.readyAt.values());
  for (let i = 0; i < runs; i++) {
    const ns = namespace(`ok${i}`);
    const observer = observePods(client, ns);
    const events: DeliveryEvent[] = [];
    await deploy(input('ok', ns, deployment('ok', 3)), { client, timeoutMs: 60_000, emit: eventEmitter((e) => events.push(e)) });
    const doneAt = Date.now();
    observer.stop();
    const tracked = events.find((e) => e.type === 'phase' && e.phase === 'track' && e.state === 'finished');
    if (tracked) slipwayTrack.push(tracked.at - lastReady(observer));
    slipwayDone.push(doneAt - lastReady(observer));

    const ns2 = namespace(`okdog${i}`);
    const o2 = observePods(client, ns2);
    execFileSync(kubectl, ['-n', ns2, 'apply', '-f', '-'], { input: deployment('ok', 3), stdio: ['pipe', 'ignore', 'ignore'] });
    const dog = await timedCli(kubedog, ['rollout', 'track', 'deployment', 'ok', '-n', ns2, '--timeout', '60'], /$^/);
    o2.stop();
    if (dog.code === 0) kubedogDone.push(dog.exitAt - lastReady(o2));

    const ns3 = namespace(`okhelm${i}`);
    const o3 = observePods(client, ns3);
    const h = await timedCli(helm4, ['upgrade', '--install', 'ok', chartOf(deployment('ok', 3)), '-n', ns3, '--wait', '--timeout', '60s'], /$^/);
    o3.stop();
    if (h.code === 0) helmDone.push(h.exitAt - lastReady(o3));
  }
  return { slipwayTrack, slipwayDone, kubedogDone, helmDone };
}

/** (3): 30 Deployments × 10 pods; `never-ready` pods keep their 300 log streams open until the deploy's timeout. */
async function large(fail: string | undefined, timeoutMs: number) {
  const ns = namespace(fail ? `large-${fail}` : 'large');
  const dir = mkdtempSync(join(tmpdir(), 'bench-track-logs-'));
  writeFileSync(join(dir, 'current.log'), criLines(Array.from({ length: 50 }, (_, i) => `log line ${i}`)));
  execFileSync(kubectl, ['apply', '-f', '-'], { input: `apiVersion: kwok.x-k8s.io/v1alpha1\nkind: ClusterLogs\nmetadata: { name: ${ns} }\nspec:\n  selector: { matchNamespaces: [${ns}] }\n  logs:\n  - logsFile: ${join(dir, 'current.log')}\n    follow: true\n`, stdio: ['pipe', 'ignore', 'ignore'] });
  const manifest = Array.from({ length: 30 }, (_, i) => deployment(`web${i}`, 10, fail, onLargeNode)).join('---\n');
  const client = new KubeClient(loadKubeConfig({}));
  let peak = process.memoryUsage().rss;
  const baseline = peak;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  }, 50);
  let logs = 0;
  let streams = 0;
  const started = Date.now();
  let failed: string | undefined;
  await deploy(input('large', ns, manifest), {
    client,
    timeoutMs,
    emit: eventEmitter((e) => {
      if (e.type === 'log') logs++;
      if (e.type === 'track' && e.parent && e.resource.kind === 'Pod') streams++;
    }),
  }).catch((error: unknown) => {
    if (!fail) throw error;
    failed = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
  });
  const ms = Date.now() - started;
  clearInterval(sampler);
  client.close();
  execFileSync(kubectl, ['delete', 'clusterlogs', ns, '--ignore-not-found'], { stdio: 'ignore' });
  return { ms, failed, requests: client.requests, perMinute: client.requests / (ms / 60_000), peakMb: peak / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20, baselineMb: baseline / 2 ** 20, logs, pods: streams };
}

const client = new KubeClient(loadKubeConfig({}));
try {
  process.stdout.write(`bench/track on ${process.version}, ${runs} runs each (2 shared cores; medians)\n\n`);
  const only = process.env.BENCH_ONLY; // large: only (3); never-ready: only (3)'s never-ready run
  if (only !== 'large' && only !== 'never-ready') {
    const c = await crashloop(client);
    process.stdout.write(`(1) crashloop: cluster shows CrashLoopBackOff → reported (target ≤ 0.5 s)\n`);
    process.stdout.write(`  slipway: reason on screen ${fmt(median(c.slipwayReport))}  [${c.slipwayReport.map(fmt).join(', ')}]; deploy failed ${fmt(median(c.slipwayFail))} (werf's default allows 1 failure per replica: the 2nd crash fails it)\n`);
    process.stdout.write(`  kubedog v0.12.3 rollout track: ${fmt(median(c.kubedogReport))}  [${c.kubedogReport.map(fmt).join(', ')}]\n`);
    process.stdout.write(`  helm v4 --wait --timeout 20s: exits after ${fmt(c.helm.exitMs)}; names CrashLoopBackOff: ${c.helm.namesReason ? 'yes' : 'no'} ("${c.helm.last.slice(0, 140)}")\n\n`);
    const h = await healthy(client);
    process.stdout.write(`(2) healthy Deployment (3 pods): last pod Ready → success (target ≤ 0.3 s)\n`);
    process.stdout.write(`  slipway: tracking done ${fmt(median(h.slipwayTrack))} [${h.slipwayTrack.map(fmt).join(', ')}]; deploy returned (release recorded) ${fmt(median(h.slipwayDone))}\n`);
    process.stdout.write(`  kubedog v0.12.3: ${fmt(median(h.kubedogDone))} [${h.kubedogDone.map(fmt).join(', ')}]\n`);
    process.stdout.write(`  helm v4 --wait: ${fmt(median(h.helmDone))} [${h.helmDone.map(fmt).join(', ')}]\n\n`);
  }
  process.stdout.write(`(3) 30 Deployments × 10 pods with logs (target peak RSS ≤ 200 MB)\n`);
  try {
    addLargeNode();
    const l = only === 'never-ready' ? undefined : await large(undefined, 600_000);
    if (l) process.stdout.write(`  healthy (logs followed until each pod is ready, as werf does): ${fmt(l.ms)}; peak RSS ${l.peakMb.toFixed(0)} MB (JS heap + external ${l.peakHeapMb.toFixed(0)} MB; at the run's start ${l.baselineMb.toFixed(0)} MB); ${l.requests} API requests (${l.perMinute.toFixed(0)}/min); ${l.pods} pods tracked, ${l.logs} log lines\n`);
    const n = await large('never-ready', 30_000);
    process.stdout.write(`  never ready, 300 log streams open until failure: ${fmt(n.ms)} (${n.failed ?? 'did not fail'}); peak RSS ${n.peakMb.toFixed(0)} MB (JS heap + external ${n.peakHeapMb.toFixed(0)} MB; at the run's start ${n.baselineMb.toFixed(0)} MB); ${n.requests} API requests (${n.perMinute.toFixed(0)}/min); ${n.pods} pods tracked, ${n.logs} log lines\n`);
  } catch (error) {
    process.stdout.write(`  slipway: the deploy failed, no figures: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
} finally {
  client.close();
  for (const ns of namespaces) execFileSync(kubectl, ['delete', 'namespace', ns, '--wait=false'], { stdio: 'ignore' });
  execFileSync(kubectl, ['delete', 'node', largeNode, '--ignore-not-found', '--wait=false'], { stdio: 'ignore' });
}
