import dockerignoreModule from '@balena/dockerignore';
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
