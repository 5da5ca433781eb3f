// bench/deploy: slipway's deploy engine side by side with `helm upgrade --install --wait` (helm v4 and v3)
// on the test bed. Run: bash bench/deploy/run.sh  (needs `bash scripts/testbed up`).
// Scenarios: (1) first install of 200 ConfigMaps + 20 Deployments, (2) no-op upgrade of a 50-resource
// release, (3) upgrade changing 5 of 50. slipway is measured in-process: render (slipway's chart engine)
// + deploy with readiness waits; helm as its CLI (its process start, ~0.05 s, is included).
import { execFileSync } from 'node:child_process';
import { deploy } from '../../src/core/deploy/deploy.js';
import { deployInputOf } from '../../src/core/converge/chartDeployInput.js';
import { loadChart } from '../../src/core/chart/loader/loadChart.js';
import { render } from '../../src/core/chart/render.js';
import { KubeClient } from '../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../src/core/kube/kubeConnection.js';
import { configMapsChart } from '../../test/integration/deploy/chartFixture.js';

const kubectl = process.env.SLIPWAY_KUBECTL!;
const helms = { 'helm v4': process.env.SLIPWAY_HELM4!, 'helm v3': process.env.SLIPWAY_HELM3! };
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chartDir = configMapsChart('bench');
const chart = loadChart(chartDir);
const namespaces: string[] = [];

function namespace(tag: string): string {
  const name = `bench-${tag}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;
  execFileSync(kubectl, ['create', 'namespace', name], { stdio: 'ignore' });
  namespaces.push(name);
  return name;
}

async function slipway(ns: string, values: Record<string, unknown>): Promise<{ ms: number; writes: number; resourceWrites: number }> {
  const client = new KubeClient(loadKubeConfig({}));
  const started = performance.now();
  const rendered = await render(chart, values, { releaseName: 'bench', namespace: ns });
  const result = await deploy(deployInputOf(rendered, chart, { release: 'bench', namespace: ns, config: values }), { client, timeoutMs: 300_000 });
  const ms = performance.now() - started;
  client.close();
  return { ms, writes: client.writes, resourceWrites: result.resourceWrites };
}

function helm(bin: string, ns: string, values: Record<string, unknown>): number {
  const sets = Object.entries(values).flatMap(([k, v]) => [typeof v === 'string' ? '--set-string' : '--set', `${k}=${v}`]);
  const started = performance.now();
  execFileSync(bin, ['upgrade', '--install', 'bench', chartDir, '-n', ns, '--wait', '--timeout', '5m', ...sets], { stdio: 'ignore' });
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Row {
  scenario: string;
  tool: string;
  ms: number;
  note?: string;
}
const rows: Row[] = [];

const install = { configMaps: 200, deployments: 20 };
const fifty = { configMaps: 45, deployments: 5, revision: '1' };

// (1) first install, fresh namespace each run
{
  const s: number[] = [];
  let note = '';
  for (let i = 0; i < runs; i++) {
    const r = await slipway(namespace('s1'), install);
    s.push(r.ms);
    note = `${r.resourceWrites} resource writes, ${r.writes} writes in all`;
  }
  rows.push({ scenario: 'install 200 ConfigMaps + 20 Deployments', tool: 'slipway', ms: median(s), note });
  for (const [tool, bin] of Object.entries(helms)) rows.push({ scenario: 'install 200 ConfigMaps + 20 Deployments', tool, ms: median(Array.from({ length: runs }, () => helm(bin, namespace('h1'), install))) });
}
// (2) no-op upgrade and (3) 5-of-50 change, each tool on its own release
{
  const ns = namespace('s2');
  await slipway(ns, fifty);
  const noop: number[] = [];
  let noopNote = '';
  for (let i = 0; i < runs; i++) {
    const r = await slipway(ns, fifty);
    noop.push(r.ms);
    noopNote = `${r.resourceWrites} resource writes, ${r.writes} writes in all (release record + lock)`;
  }
  rows.push({ scenario: 'no-op upgrade of 50 resources', tool: 'slipway', ms: median(noop), note: noopNote });
  const change: number[] = [];
  let changeNote = '';
  for (let i = 0; i < runs; i++) {
    const r = await slipway(ns, { ...fifty, revision: `c${i}` });
    change.push(r.ms);
    changeNote = `${r.resourceWrites} resource writes`;
  }
  rows.push({ scenario: 'upgrade changing 5 of 50', tool: 'slipway', ms: median(change), note: changeNote });
  for (const [tool, bin] of Object.entries(helms)) {
    const hns = namespace('h2');
    helm(bin, hns, fifty);
    rows.push({ scenario: 'no-op upgrade of 50 resources', tool, ms: median(Array.from({ length: runs }, () => helm(bin, hns, fifty))) });
    rows.push({ scenario: 'upgrade changing 5 of 50', tool, ms: median(Array.from({ length: runs }, (_, i) => helm(bin, hns, { ...fifty, revision: `c${i}` }))) });
  }
}

const scenarios = [...new Set(rows.map((r) => r.scenario))];
process.stdout.write(`\nbench/deploy — median of ${runs} runs, test bed (kube-apiserver + kwok), ${new Date().toISOString()}\n\n`);
process.stdout.write('| scenario | slipway | helm v4 | helm v3 | slipway / helm v4 | slipway writes |\n|---|---|---|---|---|---|\n');
for (const scenario of scenarios) {
  const get = (tool: string) => rows.find((r) => r.scenario === scenario && r.tool === tool)!;
  const s = get('slipway');
  process.stdout.write(`| ${scenario} | ${seconds(s.ms)} | ${seconds(get('helm v4').ms)} | ${seconds(get('helm v3').ms)} | ${(s.ms / get('helm v4').ms).toFixed(2)}× | ${s.note ?? ''} |\n`);
}
for (const ns of namespaces) execFileSync(kubectl, ['delete', 'namespace', ns, '--wait=false'], { stdio: 'ignore' });
