import { SlipwayError } from '../errors/slipwayError.js';
import type { SourceTree } from '../git/sourceTree.js';
import type { ProjectConfig } from './projectConfig.js';
import { parseSlipwayConfig } from './slipwayConfig.js';
import { parseWerfConfig } from './werfConfig.js';

export const slipwayConfigFiles = ['slipway.yaml', 'slipway.yml'];
export const werfConfigFiles = ['werf.yaml', 'werf.yml'];

/**
 * Reads the project configuration from a source tree (a commit or, with --dev, the working tree):
 * `slipway.yaml`, or when there is none, an existing `werf.yaml`. `configPath` overrides the lookup.
 */
export async function loadProjectConfig(tree: SourceTree, configPath?: string): Promise<ProjectConfig> {
  const candidates = configPath ? [configPath] : [...slipwayConfigFiles, ...werfConfigFiles];
  for (const file of candidates) {
    const content = await tree.read(file);
    if (content === undefined) continue;
    const text = content.toString('utf8');
    const isWerf = /(^|\/)werf[^/]*\.ya?ml$/.test(file);
    return isWerf ? parseWerfConfig(text, file) : parseSlipwayConfig(text, file);
  }
  const where = tree.kind === 'commit' ? `commit ${tree.commit.slice(0, 12)}` : 'the working tree';
  throw new SlipwayError('config', configPath ? `${configPath} does not exist in ${where}` : `no slipway.yaml (or werf.yaml) in ${where}`, {
    where: { file: configPath ?? 'slipway.yaml' },
    hint:
      tree.kind === 'commit'
        ? 'configuration is read from the commit: create slipway.yaml at the repository root and commit it (or pass --dev to use the working tree)'
        : 'create slipway.yaml at the repository root, e.g. "project: shop"',
  });
}
