import { SlipwayError } from '../errors/slipwayError.js';
import { ConfigNode } from './configNode.js';
import { readCleanupConfig } from './cleanupConfig.js';
import {
  checkBuildArgName,
  checkImageName,
  checkNamingTemplate,
  checkUrlTemplate,
  checkPlatform,
  checkProjectName,
  checkRepoPath,
  checkSecret,
  defaultDependencyBuildArg,
} from './configFields.js';
import {
  defaultChartDir,
  defaultNamespaceTemplate,
  defaultReleaseTemplate,
  type DeployConfig,
  type ImageConfig,
  type ImageDependency,
  type ProjectConfig,
} from './projectConfig.js';
import { checkImageGraph } from './imageGraph.js';
import { parseYamlDocuments } from './yamlFile.js';

const topLevelFields = ['project', 'images', 'deploy', 'cleanup', 'cacheVersion'] as const;
const imageFields = ['context', 'dockerfile', 'target', 'args', 'platform', 'secrets', 'dependsOn'] as const;

/** Reads and validates `slipway.yaml` text. Every error names the file, line and field. */
export function parseSlipwayConfig(text: string, file = 'slipway.yaml'): ProjectConfig {
  const documents = parseYamlDocuments(text, file);
  if (documents.length === 0) {
    throw new SlipwayError('config', `${file} is empty`, { where: { file, line: 1 }, hint: 'it needs at least "project: <name>"' });
  }
  if (documents.length > 1) documents[1]!.fail(`${file} must be a single YAML document`, 'remove the "---" separator');
  const root = documents[0]!;
  const fields = root.map({ allowed: topLevelFields, what: file });
  const get = (key: string): ConfigNode => ConfigNode.get(fields, root, key);

  const project = checkProjectName(get('project'));
  const imagesNode = get('images');
  const images: ImageConfig[] = [];
  if (imagesNode.present) {
    for (const [name, node] of imagesNode.map()) images.push(readImage(name, node));
  }
  checkImageGraph(images);
  return {
    file,
    format: 'slipway',
    project,
    images,
    deploy: readDeploy(get('deploy')),
    cleanup: readCleanupConfig(get('cleanup')),
    cacheVersion: get('cacheVersion').string({ scalars: true }) ?? '',
  };
}

function readImage(name: string, node: ConfigNode): ImageConfig {
  checkImageName(node, name);
  const fields = node.present ? node.map({ allowed: imageFields }) : new Map<string, ConfigNode>();
  const get = (key: string): ConfigNode => ConfigNode.get(fields, node, key);
  const contextNode = get('context');
  const context = checkRepoPath(contextNode, contextNode.string() ?? '.');
  const dockerfileNode = get('dockerfile');
  const dockerfile = checkRepoPath(dockerfileNode, dockerfileNode.string() ?? 'Dockerfile', context);
  const targetNode = get('target');
  const target = targetNode.string();
  if (target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target)) targetNode.fail(`target "${target}" is not a valid build stage name`);
  const argsNode = get('args');
  const args = argsNode.stringMap();
  for (const key of Object.keys(args)) checkBuildArgName(argsNode, key);
  const platformNode = get('platform');
  const platforms = platformNode.stringList().map((value) => checkPlatform(platformNode, value));
  const secretsNode = get('secrets');
  const secrets = secretsNode.present
    ? secretsNode.list().map((secretNode) => {
        const secretFields = secretNode.map({ allowed: ['id', 'env', 'src'] });
        const read = (key: string): string | undefined => ConfigNode.get(secretFields, secretNode, key).string();
        return checkSecret(secretNode, { id: read('id'), env: read('env'), src: read('src') });
      })
    : [];
  const dependsOnNode = get('dependsOn');
  const dependsOn: ImageDependency[] = dependsOnNode.present
    ? (dependsOnNode.list().map((item) => {
        if (typeof item.node === 'object' && item.node !== null && 'items' in item.node) {
          const dependencyFields = item.map({ allowed: ['image', 'buildArg'] });
          const image = ConfigNode.get(dependencyFields, item, 'image').requiredString();
          const argNode = ConfigNode.get(dependencyFields, item, 'buildArg');
          const buildArg = checkBuildArgName(argNode, argNode.string() ?? defaultDependencyBuildArg(image));
          return { image, buildArg };
        }
        const image = item.requiredString();
        return { image, buildArg: defaultDependencyBuildArg(image) };
      }) satisfies ImageDependency[])
    : [];
  return {
    name,
    context,
    dockerfile,
    ...(target !== undefined ? { target } : {}),
    args,
    platforms,
    secrets,
    dependsOn,
    where: { image: node.where(), context: contextNode.where(), dockerfile: dockerfileNode.where(), dependsOn: dependsOnNode.where() },
  };
}

function readDeploy(node: ConfigNode): DeployConfig {
  const fields = node.present ? node.map({ allowed: ['chart', 'release', 'namespace', 'url'] }) : new Map<string, ConfigNode>();
  const get = (key: string): ConfigNode => ConfigNode.get(fields, node, key);
  const chartNode = get('chart');
  const releaseNode = get('release');
  const namespaceNode = get('namespace');
  const urlNode = get('url');
  const url = urlNode.string();
  return {
    chart: checkRepoPath(chartNode, chartNode.string() ?? defaultChartDir),
    releaseTemplate: checkNamingTemplate(releaseNode, releaseNode.string() ?? defaultReleaseTemplate),
    namespaceTemplate: checkNamingTemplate(namespaceNode, namespaceNode.string() ?? defaultNamespaceTemplate),
    ...(url !== undefined ? { urlTemplate: checkUrlTemplate(urlNode, url) } : {}),
    where: { release: releaseNode.where(), namespace: namespaceNode.where(), url: urlNode.where() },
  };
}
