import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { SlipwayError } from '../errors/slipwayError.js';
import { isDnsLabel } from '../names.js';
import type { DeployConfig } from './projectConfig.js';

/** Helm's limit for release names; namespaces are DNS labels (63). */
export const releaseNameLimit = 53;
export const namespaceNameLimit = 63;

/**
 * Makes a valid Kubernetes name out of any text, deterministically: a valid name is kept as is;
 * otherwise it is lowercased, runs of other characters become "-", and a short hash of the original is
 * appended so two different inputs never collide. Names over `limit` are cut and get the hash too.
 */
export function slugName(text: string, limit: number): string {
  if (isDnsLabel(text) && text.length <= limit) return text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const base = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, limit - hash.length - 1)
    .replace(/-+$/g, '');
  return base === '' ? `x-${hash}` : `${base}-${hash}`;
}

/** The release and namespace names of an environment, from the configuration's naming templates. */
export function deployNames(deploy: DeployConfig, context: { project: string; env: string }): { release: string; namespace: string } {
  const render = (template: string, field: string, where: DeployConfig['where']['release']): string => {
    try {
      return Handlebars.compile(template, { strict: true, noEscape: true })(context);
    } catch (error) {
      throw new SlipwayError('config', `${field} template failed: ${(error as Error).message.split('\n')[0]}`, { where });
    }
  };
  return {
    release: slugName(render(deploy.releaseTemplate, 'deploy.release', deploy.where.release), releaseNameLimit),
    namespace: slugName(render(deploy.namespaceTemplate, 'deploy.namespace', deploy.where.namespace), namespaceNameLimit),
  };
}

/** The environment's URL from `deploy.url` (undefined when slipway.yaml has none). */
export function environmentUrl(deploy: DeployConfig, context: { project: string; env: string; release: string; namespace: string }): string | undefined {
  if (deploy.urlTemplate === undefined) return undefined;
  try {
    return Handlebars.compile(deploy.urlTemplate, { strict: true, noEscape: true })(context);
  } catch (error) {
    throw new SlipwayError('config', `deploy.url template failed: ${(error as Error).message.split('\n')[0]}`, { where: deploy.where.url ?? {} });
  }
}
