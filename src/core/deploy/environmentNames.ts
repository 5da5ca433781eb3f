import { SlipwayError } from '../errors/slipwayError.js';

/**
 * Release and namespace of an environment: from slipway.yaml's naming templates (read from the commit,
 * or the working tree with --dev), overridden by --release / --namespace.
 */
export async function environmentNames(flags: { env?: string; release?: string; namespace?: string; dev?: boolean; commit?: string }, contextNamespace: string): Promise<{ release: string; namespace: string; project?: string }> {
  if (flags.env === undefined) {
    if (flags.release === undefined) throw new SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
    return { release: flags.release, namespace: flags.namespace ?? contextNamespace };
  }
  const { repositoryRoot, resolveCommit } = await import('../git/gitRepository.js');
  const { commitSourceTree, workingSourceTree } = await import('../git/sourceTree.js');
  const { projectPrefix, projectSubtree } = await import('../git/projectTree.js');
  const { realpath } = await import('node:fs/promises');
  const { loadProjectConfig } = await import('../config/loadProjectConfig.js');
  const { deployNames } = await import('../config/deployNames.js');
  let root: string;
  try {
    root = await repositoryRoot(process.cwd());
  } catch {
    throw new SlipwayError('input', '--env needs a Git repository with slipway.yaml', { where: { input: '--env' }, hint: 'run inside the repository, or name the release and namespace with --release and --namespace' });
  }
  const commit = await resolveCommit(root, flags.commit ?? 'HEAD');
  // A project may sit in a subdirectory of the repository (examples/): paths are relative to it.
  const tree = projectSubtree(flags.dev ? await workingSourceTree(root, commit) : await commitSourceTree(root, commit), projectPrefix(root, await realpath(process.cwd())));
  const config = await loadProjectConfig(tree);
  const names = deployNames(config.deploy, { project: config.project, env: flags.env });
  return { release: flags.release ?? names.release, namespace: flags.namespace ?? names.namespace, project: config.project };
}
