import { SlipwayError } from '../errors/slipwayError.js';

/**
 * Release and namespace of an environment: from slipway.yaml's naming templates (read from the commit,
 * or the working tree with --dev), overridden by --release / --namespace.
 */
export async function environmentNames(flags: { env?: string; release?: string; namespace?: string; dev?: boolean; commit?: string }, contextNamespace: string, dir: string = process.cwd()): Promise<{ release: string; namespace: string; project?: string }> {
  if (flags.env === undefined) {
    if (flags.release === undefined) throw new SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
    return { release: flags.release, namespace: flags.namespace ?? contextNamespace };
  }
  const { openProject } = await import('../config/openProject.js');
  const { deployNames } = await import('../config/deployNames.js');
  const { config } = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
  const names = deployNames(config.deploy, { project: config.project, env: flags.env });
  return { release: flags.release ?? names.release, namespace: flags.namespace ?? names.namespace, project: config.project };
}
