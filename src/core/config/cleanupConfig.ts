import { parseDuration } from '../duration.js';
import { SlipwayError } from '../errors/slipwayError.js';
import { ConfigNode } from './configNode.js';
import { defaultKeepPolicies, type CleanupConfig, type KeepLimit, type KeepPolicy, type ReferenceMatch } from './projectConfig.js';

/** Reads a `cleanup:` section (same shape in slipway.yaml and werf.yaml). */
export function readCleanupConfig(node: ConfigNode): CleanupConfig {
  if (!node.present) {
    return { keepPolicies: defaultKeepPolicies, keepImagesBuiltWithinLastNHours: 2, disableKubernetesBasedPolicy: false, disableGitHistoryBasedPolicy: false, keepImages: [] };
  }
  const fields = node.map({
    allowed: ['keepPolicies', 'keepImages', 'keepImagesBuiltWithinLastNHours', 'disableKubernetesBasedPolicy', 'disableGitHistoryBasedPolicy', 'disableBuiltWithinLastNHoursPolicy'],
  });
  const get = (key: string): ConfigNode => ConfigNode.get(fields, node, key);
  const policiesNode = get('keepPolicies');
  const keepPolicies = policiesNode.present ? policiesNode.list().map(readKeepPolicy) : defaultKeepPolicies;
  const keepImagesNode = get('keepImages');
  const hours = get('keepImagesBuiltWithinLastNHours').integer({ min: 0 });
  const disableBuiltWithin = get('disableBuiltWithinLastNHoursPolicy').boolean() ?? false;
  return {
    keepPolicies,
    ...(hours !== undefined && !disableBuiltWithin ? { keepImagesBuiltWithinLastNHours: hours } : {}),
    ...(hours === undefined && !disableBuiltWithin ? { keepImagesBuiltWithinLastNHours: 2 } : {}),
    disableKubernetesBasedPolicy: get('disableKubernetesBasedPolicy').boolean() ?? false,
    disableGitHistoryBasedPolicy: get('disableGitHistoryBasedPolicy').boolean() ?? false,
    keepImages: keepImagesNode.present ? keepImagesNode.list().map(readReferenceMatch) : [],
  };
}

function readKeepPolicy(node: ConfigNode): KeepPolicy {
  const fields = node.map({ allowed: ['references', 'imagesPerReference'] });
  const referencesNode = ConfigNode.get(fields, node, 'references');
  if (!referencesNode.present) referencesNode.fail(`${referencesNode.field} is required`, 'e.g. references: { branch: /.*/ }');
  const references = referencesNode.map({ allowed: ['branch', 'tag', 'limit'] });
  const branch = references.get('branch');
  const tag = references.get('tag');
  if ((branch === undefined) === (tag === undefined)) {
    referencesNode.fail(`${referencesNode.field} needs exactly one of "branch" or "tag"`);
  }
  const matchNode = (branch ?? tag)!;
  const limitNode = ConfigNode.get(references, referencesNode, 'limit');
  const limit = limitNode.present ? readLimit(limitNode) : undefined;
  const imagesNode = ConfigNode.get(fields, node, 'imagesPerReference');
  const imagesPerReference = imagesNode.present ? readLimit(imagesNode) : undefined;
  return {
    references: { kind: branch ? 'branch' : 'tag', match: readReferenceMatch(matchNode), ...(limit ? { limit } : {}) },
    ...(imagesPerReference ? { imagesPerReference } : {}),
  };
}

/** `/regex/` or an exact name. The regex is checked here so a typo fails at load time, not at cleanup. */
function readReferenceMatch(node: ConfigNode): ReferenceMatch {
  const text = node.requiredString();
  if (text.length >= 2 && text.startsWith('/') && text.endsWith('/')) {
    const regex = text.slice(1, -1);
    try {
      new RegExp(regex);
    } catch (error) {
      node.fail(`${node.field} is not a valid regular expression: ${(error as Error).message}`);
    }
    return { regex };
  }
  if (text === '') node.fail(`${node.field} must not be empty`, 'write a name, or /regex/');
  return { name: text };
}

function readLimit(node: ConfigNode): KeepLimit {
  const fields = node.map({ allowed: ['last', 'in', 'operator'] });
  const last = ConfigNode.get(fields, node, 'last').integer({ min: -1 });
  const inNode = ConfigNode.get(fields, node, 'in');
  const inText = inNode.string({ scalars: true });
  let inMs: number | undefined;
  if (inText !== undefined) {
    try {
      inMs = parseDuration(inText, inNode.where());
    } catch (error) {
      if (error instanceof SlipwayError) throw new SlipwayError('config', error.message, { where: inNode.where(), hint: 'use a duration such as 168h or 30m' });
      throw error;
    }
  }
  const operatorNode = ConfigNode.get(fields, node, 'operator');
  const operator = operatorNode.string() ?? 'And';
  if (operator !== 'And' && operator !== 'Or') operatorNode.fail(`${operatorNode.field} must be And or Or, not "${operator}"`);
  if (last === undefined && inMs === undefined) node.fail(`${node.field} needs "last", "in" or both`);
  return { ...(last !== undefined && last !== -1 ? { last } : {}), ...(inMs !== undefined ? { inMs } : {}), operator: operator as 'And' | 'Or' };
}
