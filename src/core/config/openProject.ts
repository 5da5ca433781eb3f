import { realpath } from 'node:fs/promises';
import { repositoryRoot, resolveCommit } from '../git/gitRepository.js';
import { projectPrefix, projectSubtree } from '../git/projectTree.js';
import { commitSourceTree, workingSourceTree, type SourceTree } from '../git/sourceTree.js';
import { loadProjectConfig } from './loadProjectConfig.js';
import type { ProjectConfig } from './projectConfig.js';

export interface OpenedProject {
  /** The repository's top directory. */
  root: string;
  /** The project directory relative to `root` ('' at the root). */
  prefix: string;
  commit: string;
  /** The project's files at the commit (or the working tree with `dev`), with project-relative paths. */
  tree: SourceTree;
  config: ProjectConfig;
}

/**
 * Giterminism's entry: the project in `dir` as it is in `commit` (default HEAD), its configuration read
 * from there. Every command that reads slipway.yaml opens the project here.
 */
export async function openProject(options: { dir: string; commit?: string; dev?: boolean; configFile?: string }): Promise<OpenedProject> {
  const root = await repositoryRoot(options.dir);
  const commit = await resolveCommit(root, options.commit ?? 'HEAD');
  const prefix = projectPrefix(root, await realpath(options.dir));
  const repositoryTree = options.dev ? await workingSourceTree(root, commit) : await commitSourceTree(root, commit);
  const tree = projectSubtree(repositoryTree, prefix);
  const config = await loadProjectConfig(tree, options.configFile);
  return { root, prefix, commit, tree, config };
}
