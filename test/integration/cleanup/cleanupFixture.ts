import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildImages } from '../../../src/core/images/buildImages.js';
import { RegistryClient } from '../../../src/core/registry/registryClient.js';
import { collectingLog } from '../build/buildFixture.js';

/**
 * A project with an "origin" (a bare repository) and a clone whose commits carry chosen dates, so that
 * reference and image time limits are exercised for real. One image, `app`, whose inputs are app/.
 */
export class HistoryRepository {
  readonly root = mkdtempSync(join(tmpdir(), 'slipway-cleanup-it-'));
  readonly origin = join(this.root, 'origin.git');
  readonly dir = join(this.root, 'work');
  /** commit id → the app version it has. */
  readonly versions = new Map<string, number>();

  constructor(readonly registry: string, readonly config: string) {
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', this.origin]);
    execFileSync('git', ['clone', '-q', this.origin, this.dir], { stdio: 'ignore' });
    this.git({}, 'config', 'user.email', 'test@example.com');
    this.git({}, 'config', 'user.name', 'test');
    this.git({}, 'checkout', '-q', '-b', 'main');
  }

  git(env: Record<string, string>, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  }

  /** A commit at `time` (ms) whose app version is `version` (equal versions: unchanged image inputs). */
  commit(time: number, version: number, note: string): string {
    const files: Record<string, string> = {
      'slipway.yaml': this.config,
      'app/Dockerfile': `FROM ${this.registry}/base/busybox:latest\nCOPY . /app\n`,
      'app/version.txt': `${version}\n`,
      'NOTES.md': `${note}\n`,
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
    const date = new Date(time).toISOString();
    this.git({}, 'add', '-A');
    this.git({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'commit', '-q', '--allow-empty', '-m', note);
    const id = this.git({}, 'rev-parse', 'HEAD').trim();
    this.versions.set(id, version);
    return id;
  }

  push(...refs: string[]): void {
    this.git({}, 'push', '-q', '--force', 'origin', ...refs);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Builds (or reuses) the images of a commit with the real builder, which also records the commit. */
export async function buildAt(repo: HistoryRepository, repository: string, commit: string): Promise<Record<string, string>> {
  const result = await buildImages({ dir: repo.dir, repo: repository, commit, builder: 'buildah', network: 'host', log: collectingLog() });
  return Object.fromEntries(result.images.map((image) => [image.name, image.reference.split(':').pop()!]));
}

export async function registryTags(registry: string, path: string): Promise<string[]> {
  return (await new RegistryClient({ host: registry }).listTags(path)).sort();
}
