import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCleanup, type CleanupOptions, type CleanupResult } from '../../src/core/cleanup/runCleanup.js';
import { commitMetadataDocument, commitMetadataManifest } from '../../src/core/images/commitMetadata.js';
import { commitMetadataTag, imageTag } from '../../src/core/images/imageDigest.js';
import { kubeClientsForContexts } from '../../src/core/kube/kubeContexts.js';

/**
 * bench/cleanup: a repository with a 1,000-commit history (main, 20 feature branches, 30 tags) and a
 * registry repository with 10,000 tags (the images of those commits and of commits of deleted branches, their
 * commit records, and tags that are not slipway's), served by a docker-registry of its own. Measures the plan (dry run) and the requests it sends;
 * then, on a 100-commit / 1,000-tag repository, a real cleanup. Usage: node <bundle> [runs]
 */
const runs = Number(process.argv[2] ?? 3);
const day = 86_400_000;
const now = Date.now();
const images = ['app', 'worker', 'web'];

const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-cleanup-'));
const git = (args: string[], input?: string): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', ...(input !== undefined ? { input } : {}), maxBuffer: 1 << 28 });

/** 1,000 commits through git fast-import: main 800 commits over 100 days, 20 branches of 10, 30 tags. */
function history(total: number): { commits: { id: string; index: number }[] } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  git(['init', '-q', '-b', 'main']);
  const config = `project: bench\nimages:\n${images.map((name) => `  ${name}: { context: ${name} }\n`).join('')}`;
  const lines: string[] = [];
  let mark = 0;
  const blob = (content: string): number => {
    lines.push('blob', `mark :${++mark}`, `data ${Buffer.byteLength(content)}`, content);
    return mark;
  };
  const configMark = blob(config);
  const commitMarks: number[] = [];
  const commit = (branch: string, index: number, time: number, from?: number): number => {
    const file = blob(`${index}\n`);
    lines.push(`commit refs/heads/${branch}`, `mark :${++mark}`, `committer bench <bench@example.com> ${Math.floor(time / 1000)} +0000`, `data 5`, `c${String(index).padStart(4, '0')}`);
    if (from !== undefined) lines.push(`from :${from}`);
    lines.push(`M 100644 :${configMark} slipway.yaml`, `M 100644 :${file} app/version.txt`, '');
    commitMarks[index] = mark;
    return mark;
  };
  let previous: number | undefined;
  const onMain = (total * 4) / 5;
  const branches = total / 50;
  for (let i = 0; i < onMain; i++) previous = commit('main', i, now - 100 * day + i * ((100 * day) / onMain), previous);
  let index = onMain;
  for (let b = 0; b < branches; b++) {
    let parent: number | undefined = commitMarks[Math.floor((onMain / branches) * b) + 10]!;
    for (let i = 0; i < 10; i++) parent = commit(`feature/f${b}`, index++, now - (60 - 3 * b) * day + i * 3_600_000, parent);
  }
  for (let t = 0; t < (total * 3) / 100; t++) lines.push(`reset refs/tags/v${t}.0`, `from :${commitMarks[Math.floor((onMain / ((total * 3) / 100)) * t) + 5]}`, '');
  git(['fast-import', '--quiet'], `${lines.join('\n')}\n`);
  git(['checkout', '-q', 'main']);
  const ids = git(['log', '--all', '--format=%H %s']).trim().split('\n');
  return { commits: ids.map((line) => ({ id: line.split(' ')[0]!, index: Number(line.split(' ')[1]!.slice(1)) })) };
}

/**
 * Writes the repository straight into a stopped registry's storage (distribution's filesystem layout): 10,000
 * manifest PUTs through the API take minutes on this machine, and setup is not what is measured.
 */
function populate(root: string, path: string, commits: { id: string; index: number }[], tagsWanted: number): number {
  const v2 = join(root, 'docker/registry/v2');
  const repoDir = join(v2, 'repositories', path);
  const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  const write = (file: string, content: string | Buffer): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  const blob = (bytes: Buffer): string => {
    const hex = digestOf(bytes);
    write(join(v2, 'blobs/sha256', hex.slice(0, 2), hex, 'data'), bytes);
    return hex;
  };
  const layerLink = (hex: string): void => write(join(repoDir, '_layers/sha256', hex, 'link'), `sha256:${hex}`);
  const manifest = (tag: string, bytes: Buffer): string => {
    const hex = blob(bytes);
    write(join(repoDir, '_manifests/revisions/sha256', hex, 'link'), `sha256:${hex}`);
    write(join(repoDir, '_manifests/tags', tag, 'current/link'), `sha256:${hex}`);
    write(join(repoDir, '_manifests/tags', tag, 'index/sha256', hex, 'link'), `sha256:${hex}`);
    return `sha256:${hex}`;
  };
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', created: new Date(now - 200 * day).toISOString(), rootfs: { type: 'layers', diff_ids: [] } }));
  const configHex = blob(config);
  layerLink(configHex);
  layerLink(blob(Buffer.from('{}')));
  const manifestFor = (tag: string): Buffer =>
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${configHex}`, size: config.length }, layers: [], annotations: { tag } }));
  const content = (name: string, version: number): string => createHash('sha256').update(`${name}:${version}`).digest('hex');
  let count = 0;
  const described = new Map<string, string>();
  const builtAt = new Date(now - 150 * day).toISOString();
  const record = (commit: string, recordImages: Record<string, { tag: string; digest: string; builtAt?: string }>): void => {
    const metadata = { schemaVersion: 1 as const, project: 'bench', commit, images: recordImages };
    manifest(commitMetadataTag(commit), commitMetadataManifest(metadata, commitMetadataDocument(metadata)));
    count++;
  };
  const image = (tag: string): { tag: string; digest: string; builtAt?: string } => {
    const first = !described.has(tag);
    if (first) {
      described.set(tag, manifest(tag, manifestFor(tag)));
      count++;
    }
    // As build-images records it: the build time on the record of the commit that built the image.
    return { tag, digest: described.get(tag)!, ...(first ? { builtAt } : {}) };
  };
  // Image versions change at different rates: app every commit, worker every 3rd, web every 10th.
  const every: Record<string, number> = { app: 1, worker: 3, web: 10 };
  for (const { id, index } of commits) {
    record(id, Object.fromEntries(images.map((name) => [name, image(imageTag(name, content(name, Math.floor(index / every[name]!))))])));
  }
  // Tags not slipway's (releases, "latest"): a delete by digest must never take one along.
  for (let i = 0; i < tagsWanted / 40; i++) {
    manifest(`release-${i}`, manifestFor(`release-${i}`));
    count++;
  }
  // Commits of branches deleted long ago: their records and images remain until a cleanup removes them.
  for (let i = 0; count + 4 <= tagsWanted; i++) {
    const commit = createHash('sha1').update(`gone ${i}`).digest('hex');
    record(commit, Object.fromEntries(images.map((name) => [name, image(imageTag(name, content(`gone-${name}`, i)))])));
  }
  return count;
}

/** A docker-registry of its own (deletes enabled, quiet log) on a free port; stopped by its PID. */
async function startRegistry(root: string): Promise<{ host: string; stop(): Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const config = join(root, 'config.yml');
  writeFileSync(config, `version: 0.1\nlog: { level: error, accesslog: { disabled: true } }\nstorage:\n  filesystem: { rootdirectory: ${root} }\n  delete: { enabled: true }\nhttp: { addr: 127.0.0.1:${port} }\n`);
  const child = spawn('/usr/bin/docker-registry', ['serve', config], { stdio: 'ignore' });
  const host = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await (await fetch(`http://${host}/v2/`)).body?.cancel();
      break;
    } catch {
      if (i > 100) throw new Error('the registry did not start');
      await sleep(100);
    }
  }
  return {
    host,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

function summary(result: CleanupResult): string {
  const kinds = Object.entries(result.registryRequests.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
  return `${result.registryRequests.total} requests (${kinds}); kept ${result.plan.kept.length}, delete ${result.plan.deleted.length} images and ${result.plan.deletedRecords.length} records`;
}

async function scenario(commitCount: number, tagsWanted: number): Promise<void> {
  const started = Date.now();
  const { commits } = history(commitCount);
  const storage = mkdtempSync(join(tmpdir(), 'slipway-bench-registry-'));
  const path = 'bench/cleanup';
  const tags = populate(storage, path, commits, tagsWanted);
  const registry = await startRegistry(storage);
  console.log(`-- ${commits.length} commits (${commitCount === 1000 ? 'main 800, 20 branches of 10, 30 tags' : 'main, branches, tags'}), ${tags} tags (setup ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const kube = process.env.KUBECONFIG ? kubeClientsForContexts({ kubeconfigPath: process.env.KUBECONFIG }, []) : ('without-kube' as const);
  const options = (over: Partial<CleanupOptions>): CleanupOptions => ({ dir, repo: `${registry.host}/${path}`, dryRun: true, kube, fetch: false, keep: [], log: { info: () => {}, warning: () => {} }, ...over });
  try {
    for (const [label, over] of [
      ['plan (dry run), default rules (build times from the commit records)', {}],
      ['plan (dry run), --keep-built-within-hours 0', { keepBuiltWithinHours: 0 }],
    ] as const) {
      const times: number[] = [];
      let last: CleanupResult | undefined;
      for (let run = 0; run < runs; run++) {
        const t0 = process.hrtime.bigint();
        last = await runCleanup(options(over));
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(`${label}: median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s (min ${(times[0]! / 1000).toFixed(2)}, max ${(times[times.length - 1]! / 1000).toFixed(2)}); ${summary(last!)}`);
    }
    if (deleteToo(tags)) {
      const t0 = process.hrtime.bigint();
      const real = await runCleanup(options({ dryRun: false, keepBuiltWithinHours: 0 }));
      console.log(`real cleanup: ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s (plan ${(real.timings.planMs / 1000).toFixed(2)} s, delete ${(real.timings.deleteMs / 1000).toFixed(2)} s); ${summary(real)}`);
      const again = await runCleanup(options({ keepBuiltWithinHours: 0 }));
      console.log(`then a dry run: ${(again.timings.planMs / 1000).toFixed(2)} s; ${summary(again)}`);
    }
  } finally {
    if (kube !== 'without-kube') for (const target of kube) target.client.close();
    await registry.stop();
    rmSync(storage, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** distribution's DELETE reads every tag of the repository to untag the digest: real deletes only on the small repository. */
const deleteToo = (tags: number): boolean => tags <= 2_000;

console.log(`node ${process.version}`);
await scenario(1000, 10_000);
await scenario(100, 1_000);
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
