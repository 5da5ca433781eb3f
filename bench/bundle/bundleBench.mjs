// bench/bundle: see run.sh. Each measurement is one CLI process, start to exit, wall clock.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');
const cli = join(root, 'dist/cli/index.js');
const { SLIPWAY_KUBECTL: kubectl, SLIPWAY_HELM4: helm, SLIPWAY_TEST_REGISTRY: registry } = process.env;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const nodes = process.argv.slice(2);
const id = `bench-bundle-${Date.now().toString(36)}`;
const namespaces = [];

function timed(command, args, options = {}) {
  const started = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
const row = (label, xs) => `  ${label.padEnd(44)} ${s(median(xs))}  [${xs.map(s).join(', ')}]`;
function namespace(tag) {
  const name = `${id}-${tag}-${namespaces.length}`;
  execFileSync(kubectl, ['create', 'namespace', name], { stdio: 'ignore' });
  namespaces.push(name);
  return name;
}

try {
  const repo = `${registry}/${id}/app`;
  // helm installs the same image references slipway baked (the chart's defaults name unbuilt images).
  // The images once, with the real builder: publish and apply are measured without builds (--skip-build).
  timed(process.execPath, [cli, 'build', '--repo', repo], { cwd: examples });
  timed(process.execPath, [cli, 'bundle', 'publish', '--repo', repo, '--tag', '0.1.0', '--skip-build'], { cwd: examples });
  const rendered = timed(process.execPath, [cli, 'bundle', 'render', '--repo', repo, '--tag', '0.1.0', '--release', 'shop', '--namespace', 'default'], { cwd: tmpdir() }).stdout;
  const refs = [...new Set([...rendered.matchAll(/image: "([^"]+)"/g)].map((m) => m[1]))];
  const helmSets = refs.flatMap((ref) => ['--set-string', `slipway.image.${ref.includes('frontend') ? 'frontend' : 'backend'}=${ref}`]);

  process.stdout.write(`bench/bundle: the example app (examples/, 4 resources + a hook Job), ${runs} runs each (2 shared cores; medians)\n\n`);
  const pkgDir = mkdtempSync(join(tmpdir(), 'bench-bundle-pkg-'));
  const helmPublish = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    timed(helm, ['package', join(examples, '.helm'), '-d', pkgDir]);
    timed(helm, ['push', join(pkgDir, 'demo-shop-0.1.0.tgz'), `oci://${registry}/${id}/helm`, '--plain-http']);
    helmPublish.push(performance.now() - started);
  }
  const slipwayPublish = new Map();
  for (const node of nodes) {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(timed(node, [cli, 'bundle', 'publish', '--repo', repo, '--tag', `0.1.${i + 1}`, '--skip-build'], { cwd: examples }).ms);
    slipwayPublish.set(node, xs);
  }
  process.stdout.write('(1) publish: chart (+ image references) → OCI registry\n');
  for (const [node, xs] of slipwayPublish) process.stdout.write(`${row(`slipway bundle publish --skip-build (${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()})`, xs)}\n`);
  process.stdout.write(`${row('helm v4 package && helm push', helmPublish)}\n\n`);

  const empty = mkdtempSync(join(tmpdir(), 'bench-bundle-empty-'));
  const helmApply = [];
  for (let i = 0; i < runs; i++) {
    const ns = namespace('helm');
    helmApply.push(timed(helm, ['install', 'shop', `oci://${registry}/${id}/helm/demo-shop`, '--version', '0.1.0', '--plain-http', '-n', ns, '--wait', '--timeout', '5m', ...helmSets], { cwd: empty }).ms);
  }
  const slipwayApply = new Map();
  for (const node of nodes) {
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const ns = namespace('slipway');
      xs.push(timed(node, [cli, 'bundle', 'apply', '--repo', repo, '--tag', '0.1.0', '--release', 'shop', '-n', ns, '--timeout', '5m'], { cwd: empty }).ms);
    }
    slipwayApply.set(node, xs);
  }
  process.stdout.write('(2) apply: pull → render → deploy → every resource ready (fresh namespace, empty directory)\n');
  for (const [node, xs] of slipwayApply) process.stdout.write(`${row(`slipway bundle apply (${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()})`, xs)}\n`);
  process.stdout.write(`${row('helm v4 install oci:// --wait', helmApply)}\n`);
  rmSync(pkgDir, { recursive: true, force: true });
} finally {
  for (const ns of namespaces) spawnSync(kubectl, ['delete', 'namespace', ns, '--wait=false'], { stdio: 'ignore' });
}
