import { SlipwayError } from '../errors/slipwayError.js';
import type { CommitGraph, CommitNode, GitReference } from '../cleanup/gitHistory.js';
import { isShallowRepository } from './gitRepository.js';
import { runGit } from './gitCommand.js';

export interface ReferenceHistory {
  references: GitReference[];
  graph: CommitGraph;
  /** Where the branches came from: `origin` remote branches, or local branches when there is no origin. */
  branchSource: 'origin' | 'local';
}

/**
 * The repository's branches and tags and the commits reachable from them (cleanup's view of Git history,
 * as werf reads it: origin's remote branches without the `origin/` prefix, and tags). With `fetch`, origin's
 * branches and tags are fetched first (pruning deleted ones). A shallow clone or a single-branch fetch
 * configuration would hide history and make needed images look unused: both are errors that say what to do.
 */
export async function readReferenceHistory(repoDir: string, options: { fetch: boolean }): Promise<ReferenceHistory> {
  const remotes = (await runGit(repoDir, ['remote'])).toString('utf8').split('\n').filter(Boolean);
  const hasOrigin = remotes.includes('origin');
  if (options.fetch) {
    if (!hasOrigin) throw new SlipwayError('git', 'cannot fetch branches and tags: the repository has no "origin" remote', { hint: 'add the remote, or run without --fetch' });
    await runGit(repoDir, ['fetch', '--quiet', '--prune', '--prune-tags', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  }
  if (await isShallowRepository(repoDir)) {
    throw new SlipwayError('git', 'the repository is a shallow clone: cleanup needs the whole Git history, or images of older commits would look unused', {
      hint: 'fetch the full history: actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab CI, or git fetch --unshallow',
    });
  }
  if (hasOrigin && !options.fetch) {
    const refspecs = (await runGit(repoDir, ['config', '--get-all', 'remote.origin.fetch'], { allowFailure: true })).toString('utf8').split('\n').filter(Boolean);
    if (!refspecs.some((spec) => spec.replace(/^\+/, '').startsWith('refs/heads/*:'))) {
      throw new SlipwayError('git', `the clone fetches only ${refspecs.map((spec) => spec.replace(/^\+?refs\/heads\//, '').split(':')[0]).join(', ') || 'no branches'} from origin (a single-branch clone): the other branches' images would look unused`, {
        hint: 'run with --fetch (the cleanup action does) to fetch every branch and tag, or clone without --single-branch',
      });
    }
  }
  const branchPrefix = hasOrigin ? 'refs/remotes/origin/' : 'refs/heads/';
  const refs = (await runGit(repoDir, ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)%00%(creatordate:unix)', branchPrefix.replace(/\/$/, ''), 'refs/tags']))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  const pointers: { kind: 'branch' | 'tag'; name: string; commit: string; created?: number }[] = [];
  for (const line of refs) {
    const [refname, object, peeled, type, peeledType, creatorDate] = line.split('\0') as [string, string, string, string, string, string];
    const commit = type === 'commit' ? object : peeledType === 'commit' ? peeled : undefined;
    if (!commit) continue; // a tag of a tree or blob points at no history
    if (refname.startsWith(branchPrefix)) {
      const name = refname.slice(branchPrefix.length);
      if (name !== 'HEAD') pointers.push({ kind: 'branch', name, commit });
    } else {
      // An annotated tag is as old as its tagger date; a lightweight one as its commit.
      const created = type === 'tag' && /^\d+$/.test(creatorDate) ? Number(creatorDate) * 1000 : undefined;
      pointers.push({ kind: 'tag', name: refname.slice('refs/tags/'.length), commit, ...(created !== undefined ? { created } : {}) });
    }
  }
  const graph = new Map<string, CommitNode>();
  if (pointers.length > 0) {
    const scope = hasOrigin ? ['--remotes=origin', '--tags'] : ['--branches', '--tags'];
    const log = (await runGit(repoDir, ['log', '--format=%H %ct %P', ...scope])).toString('utf8');
    for (const line of log.split('\n')) {
      if (line === '') continue;
      const [id, seconds, ...parents] = line.split(' ');
      graph.set(id!, { time: Number(seconds) * 1000, parents });
    }
  }
  const references = pointers.map(({ created, ...pointer }) => ({ ...pointer, time: created ?? graph.get(pointer.commit)?.time ?? 0 }));
  return { references, graph, branchSource: hasOrigin ? 'origin' : 'local' };
}
