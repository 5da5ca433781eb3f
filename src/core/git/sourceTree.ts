import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import { extractCommitPaths, listCommitFiles, listWorkingTreePaths, readBlob, type TreeFile } from './gitRepository.js';

/**
 * The files slipway builds and deploys from: a Git commit (the default, giterminism) or the working
 * tree (`--dev`). Both give every file with a Git blob id, so content digests are computed the same
 * way and a committed file and an identical working-tree file have the same id.
 */
export interface SourceTree {
  kind: 'commit' | 'working-tree';
  /** The commit (for the working tree: HEAD it is based on). */
  commit: string;
  /** All files, sorted by path. */
  files: readonly TreeFile[];
  read(path: string): Promise<Buffer | undefined>;
  /** A directory holding at least `paths` (files or directories) as they are in this tree. */
  materialize(paths: readonly string[]): Promise<{ dir: string; dispose(): Promise<void> }>;
}

export async function commitSourceTree(repoDir: string, commit: string): Promise<SourceTree> {
  const files = await listCommitFiles(repoDir, commit);
  const byPath = new Map(files.map((file) => [file.path, file]));
  return {
    kind: 'commit',
    commit,
    files,
    async read(path) {
      const file = byPath.get(path);
      if (!file || file.mode === '160000') return undefined;
      return readBlob(repoDir, file.id);
    },
    async materialize(paths) {
      const dir = await mkdtemp(join(tmpdir(), 'slipway-context-'));
      try {
        const present = paths.filter((path) => path === '.' || byPath.has(path) || files.some((file) => file.path.startsWith(`${path}/`)));
        if (present.length > 0) await extractCommitPaths(repoDir, commit, present, dir);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
    },
  };
}

/** Git's blob id of some content (what `git hash-object` prints). */
export function gitBlobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export async function workingSourceTree(repoDir: string, headCommit: string): Promise<SourceTree> {
  const files: TreeFile[] = [];
  for (const path of (await listWorkingTreePaths(repoDir)).sort()) {
    const full = join(repoDir, path);
    const stat = await lstat(full).catch(() => undefined);
    if (!stat) continue; // deleted in the working tree
    if (stat.isSymbolicLink()) {
      files.push({ path, mode: '120000', id: gitBlobId(Buffer.from(await readlink(full))) });
    } else if (stat.isFile()) {
      files.push({ path, mode: stat.mode & 0o111 ? '100755' : '100644', id: gitBlobId(await readFile(full)) });
    } else if (stat.isDirectory()) {
      throw new SlipwayError('git', `${path} is a nested repository or submodule, which --dev cannot read`, { where: { file: path } });
    }
  }
  const byPath = new Map(files.map((file) => [file.path, file]));
  return {
    kind: 'working-tree',
    commit: headCommit,
    files,
    async read(path) {
      return byPath.has(path) ? readFile(join(repoDir, path)) : undefined;
    },
    async materialize() {
      return { dir: repoDir, dispose: async () => {} };
    },
  };
}
