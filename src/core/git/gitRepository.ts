import { spawn } from 'node:child_process';
import { SlipwayError } from '../errors/slipwayError.js';
import { runGit } from './gitCommand.js';

/** One file of a tree: repository-relative path, git mode (100644, 100755, 120000, 160000) and object id. */
export interface TreeFile {
  path: string;
  mode: string;
  id: string;
}

export interface StatusEntry {
  /** Two-letter porcelain code, e.g. " M", "??", "A ". */
  code: string;
  path: string;
}

/** The repository's top-level directory, or a clear error when `dir` is not in a Git work tree. */
export async function repositoryRoot(dir: string): Promise<string> {
  const out = await runGit(dir, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new SlipwayError('git', `${dir} is not inside a Git repository`, {
      hint: 'slipway reads configuration and build contexts from a Git commit; run it in a clone (or use git init && git commit)',
    });
  });
  return out.toString('utf8').trim();
}

export async function isShallowRepository(repoDir: string): Promise<boolean> {
  return (await runGit(repoDir, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
}

/** Resolves a revision to a full commit id; a missing commit in a shallow clone is explained. */
export async function resolveCommit(repoDir: string, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new SlipwayError('input', `"${revision}" is not a revision`, { where: { input: '--commit' } });
  const out = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { allowFailure: true });
  const id = out.toString('utf8').trim();
  if (/^[0-9a-f]{40,64}$/.test(id)) return id;
  const shallow = await isShallowRepository(repoDir).catch(() => false);
  throw new SlipwayError('git', `commit "${revision}" was not found in the repository`, {
    where: { input: '--commit' },
    hint: shallow
      ? 'this is a shallow clone, which has only the latest commits; fetch full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab) or fetch that commit'
      : 'check the revision, or fetch it first',
  });
}

/** The commit's committer date (werf's `.Values.werf.commit.date`). */
export async function commitDate(repoDir: string, commit: string): Promise<Date> {
  const seconds = Number((await runGit(repoDir, ['show', '-s', '--format=%ct', commit])).toString('utf8').trim());
  return new Date(seconds * 1000);
}

/** Every file of the commit's tree (recursively), sorted by path as git sorts it. */
export async function listCommitFiles(repoDir: string, commit: string): Promise<TreeFile[]> {
  const out = (await runGit(repoDir, ['ls-tree', '-r', '-z', '--full-tree', commit])).toString('utf8');
  const files: TreeFile[] = [];
  for (const record of out.split('\0')) {
    if (record === '') continue;
    // "<mode> SP <type> SP <id> TAB <path>"
    const tab = record.indexOf('\t');
    const [mode, , id] = record.slice(0, tab).split(' ');
    files.push({ path: record.slice(tab + 1), mode: mode!, id: id! });
  }
  return files;
}

export async function readBlob(repoDir: string, id: string): Promise<Buffer> {
  return runGit(repoDir, ['cat-file', 'blob', id]);
}

/** Tracked changes and untracked (not ignored) files of the working tree. */
export async function workingTreeStatus(repoDir: string): Promise<StatusEntry[]> {
  const out = (await runGit(repoDir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'])).toString('utf8');
  const entries: StatusEntry[] = [];
  for (const record of out.split('\0')) {
    if (record.length < 4) continue;
    entries.push({ code: record.slice(0, 2), path: record.slice(3) });
  }
  return entries;
}

/** Tracked and untracked (not ignored) paths of the working tree, for `--dev`. */
export async function listWorkingTreePaths(repoDir: string): Promise<string[]> {
  const out = (await runGit(repoDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'])).toString('utf8');
  return out.split('\0').filter((path) => path !== '');
}

/** Writes the given paths of a commit into `destination` (git archive piped into tar, no shell). */
export function extractCommitPaths(repoDir: string, commit: string, paths: readonly string[], destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit, '--', ...paths], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-f', '-', '-C', destination], { stdio: ['pipe', 'ignore', 'pipe'] });
    archive.stdout.pipe(tar.stdin);
    let errors = '';
    archive.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    // Both processes must have exited: tar can close before git archive reports its exit code.
    const exited = (child: typeof archive | typeof tar) => new Promise<number | null>((done) => child.on('close', done));
    archive.on('error', reject);
    tar.on('error', reject);
    Promise.all([exited(archive), exited(tar)]).then(([archiveCode, tarCode]) => {
      if (archiveCode === 0 && tarCode === 0) resolve();
      else reject(new SlipwayError('git', `could not extract ${paths.join(', ')} at ${commit.slice(0, 12)}: ${errors.trim() || `git archive exited ${archiveCode}, tar exited ${tarCode}`}`));
    });
  });
}
