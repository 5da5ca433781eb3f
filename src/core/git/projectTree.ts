import { relative, sep } from 'node:path';
import type { StatusEntry } from './gitRepository.js';
import type { SourceTree } from './sourceTree.js';

/**
 * A project need not sit at the repository root (werf's `--dir`): `examples/` of a monorepo is one.
 * The project's view of a tree has paths relative to the project directory, so configuration, build
 * contexts and the chart are written as if the project were the root, while Git is still read at its root.
 */
export function projectPrefix(repositoryRoot: string, projectDir: string): string {
  const path = relative(repositoryRoot, projectDir).split(sep).join('/');
  return path === '' ? '' : path;
}

export function projectSubtree(tree: SourceTree, prefix: string): SourceTree {
  if (prefix === '') return tree;
  const head = `${prefix}/`;
  const files = tree.files.filter((file) => file.path.startsWith(head)).map((file) => ({ ...file, path: file.path.slice(head.length) }));
  return {
    kind: tree.kind,
    commit: tree.commit,
    files,
    read: (path) => tree.read(`${head}${path}`),
    async materialize(paths) {
      const inner = await tree.materialize(paths.map((path) => (path === '.' ? prefix : `${head}${path}`)));
      return { dir: `${inner.dir}/${prefix}`, dispose: inner.dispose };
    },
  };
}

/** Working-tree changes inside the project, with project-relative paths. */
export function projectStatus(status: readonly StatusEntry[], prefix: string): StatusEntry[] {
  if (prefix === '') return [...status];
  const head = `${prefix}/`;
  return status.filter((entry) => entry.path.startsWith(head)).map((entry) => ({ ...entry, path: entry.path.slice(head.length) }));
}
