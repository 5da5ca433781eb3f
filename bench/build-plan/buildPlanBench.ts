import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImages, planImages, type BuildLog } from '../../src/core/images/buildImages.js';

/**
 * bench/build-plan: a generated repository with 10,000 files and 5 images, all already in the
 * registry. Measures the time from start to "nothing to build" and counts registry requests.
 * Usage: node <bundle> <registry host:port> [runs]
 */
const registry = process.argv[2] ?? process.env.SLIPWAY_TEST_REGISTRY;
const runs = Number(process.argv[3] ?? 7);
if (!registry) throw new Error('usage: run.sh <registry> [runs] (or set SLIPWAY_TEST_REGISTRY)');

const quiet: BuildLog = { info: () => {}, warning: () => {}, imageStarted: () => {}, imageOutput: () => {}, imageFinished: () => {} };
const images = ['api', 'worker', 'web', 'admin', 'jobs'];
const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-plan-'));
const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

function generate(): void {
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  let count = 0;
  const write = (path: string, content: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
    count++;
  };
  write('slipway.yaml', `project: bench\nimages:\n${images.map((name, i) => `  ${name}:\n    context: services/${name}\n${i > 0 ? '    dependsOn: [api]\n' : ''}`).join('')}`);
  for (const name of images) {
    write(`services/${name}/Dockerfile`, 'FROM busybox\nCOPY . /app\n');
    write(`services/${name}/.dockerignore`, '**/*.md\n');
    for (let i = 0; i < 1500; i++) write(`services/${name}/src/m${i % 30}/f${i}.txt`, `${name} ${i}\n`);
  }
  while (count < 10_000) write(`docs/d${count % 50}/p${count}.md`, `doc ${count}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'bench');
  console.log(`generated ${count} files in ${dir}`);
}

async function main(): Promise<void> {
  generate();
  const repo = `${registry}/bench/build-plan-${Date.now().toString(36)}`;
  // Make every image "already in the registry": a small manifest under each tag the plan asks for.
  const setup = await planImages({ dir, repo });
  const path = setup.repository.path;
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const configDigest = await setup.client.pushBlob(path, config);
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length }, layers: [] }));
  for (const image of setup.plan.images) await setup.client.putManifest(path, image.tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  // The commit's metadata record is written once here, so the measured runs are the steady state.
  await buildImages({ dir, repo, requireBuiltImages: true, log: quiet });

  const times: number[] = [];
  let last: Awaited<ReturnType<typeof buildImages>> | undefined;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    last = await buildImages({ dir, repo, requireBuiltImages: true, log: quiet });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (last.images.some((image) => image.action !== 'reused')) throw new Error('expected nothing to build');
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`images: ${last!.images.length}, all reused ("nothing to build")`);
  console.log(`time to "nothing to build" (in process, ${runs} runs): median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
  console.log(`registry requests per run: ${last!.registryRequests.total} ${JSON.stringify(last!.registryRequests.byKind)}; tag listings: ${last!.registryRequests.byKind['GET tags'] ?? 0}`);
  console.log(`target: <= 1000 ms and zero tag listings: ${median <= 1000 && !last!.registryRequests.byKind['GET tags'] ? 'met' : 'NOT met'}`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
