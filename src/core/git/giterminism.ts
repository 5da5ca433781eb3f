import dockerignoreModule from '@balena/dockerignore';
import { SlipwayError } from '../errors/slipwayError.js';
import type { StatusEntry } from './gitRepository.js';

/** What a build or deploy reads from the commit. */
export interface ReadPaths {
  /** Single files (configuration, Dockerfiles, ignore files). */
  files: readonly string[];
  /** Directories read whole (the chart). */
  directories: readonly string[];
  /** Build contexts, with the .dockerignore text that filters them. */
  contexts: readonly { dir: string; dockerignore?: string }[];
}

/**
 * Giterminism: the uncommitted or untracked changes that touch what is read from the commit. Changes
 * to files a .dockerignore excludes, or outside everything read, do not count. Pure.
 */
export function uncommittedChanges(status: readonly StatusEntry[], read: ReadPaths): StatusEntry[] {
  const within = (dir: string, path: string): string | undefined => (dir === '.' ? path : path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined);
  const contextMatchers = read.contexts.map((context) => ({
    dir: context.dir,
    matcher: context.dockerignore === undefined ? undefined : dockerignoreModule.default().add(context.dockerignore.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))),
  }));
  return status.filter((entry) => {
    if (read.files.includes(entry.path)) return true;
    if (read.directories.some((dir) => within(dir, entry.path) !== undefined)) return true;
    return contextMatchers.some(({ dir, matcher }) => {
      const relative = within(dir, entry.path);
      return relative !== undefined && !(matcher && matcher.ignores(relative));
    });
  });
}

/**
 * The error for changes that giterminism refuses, listing them (at most 20). `what` says who reads the
 * files ("the build", "the deploy"); the hint names the way out.
 */
export function uncommittedChangesError(changes: readonly StatusEntry[], what: string): SlipwayError {
  const shown = changes.slice(0, 20).map((change) => `    ${change.code === '??' ? 'untracked' : 'modified '} ${change.path}`);
  if (changes.length > 20) shown.push(`    … and ${changes.length - 20} more`);
  return new SlipwayError('git', `uncommitted changes to files ${what} reads from the commit:\n${shown.join('\n')}`, {
    where: { file: changes[0]!.path },
    hint: 'commit them (slipway uses what is committed, so a pipeline is reproducible), or pass --dev to use the working tree',
  });
}
