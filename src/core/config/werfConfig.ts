import { SlipwayError } from '../errors/slipwayError.js';
import { ConfigNode } from './configNode.js';
import { readCleanupConfig } from './cleanupConfig.js';
import {
  checkBuildArgName,
  checkImageName,
  checkNamingTemplate,
  checkPlatform,
  checkProjectName,
  checkRepoPath,
  checkSecret,
  defaultDependencyBuildArg,
} from './configFields.js';
import { checkImageGraph } from './imageGraph.js';
import { defaultChartDir, type DeployConfig, type ImageConfig, type ImageDependency, type ProjectConfig } from './projectConfig.js';
import { parseYamlDocuments } from './yamlFile.js';

/** werf features slipway does not support, with what to do instead. */
const unsupportedMetaFields: Record<string, string> = {
  build: 'slipway builds every image with the Dockerfile builder; remove the build section',
  gitWorktree: 'slipway reads files with git directly; remove gitWorktree',
};
const unsupportedImageFields: Record<string, string> = {
  from: 'Stapel images (from/git/shell/ansible) are not supported; write a Dockerfile for this image',
  fromImage: 'Stapel images are not supported; write a Dockerfile for this image',
  fromLatest: 'Stapel images are not supported; write a Dockerfile for this image',
  fromCacheVersion: 'Stapel images are not supported; write a Dockerfile for this image',
  git: 'Stapel images are not supported; write a Dockerfile for this image',
  shell: 'Stapel images are not supported; write a Dockerfile for this image',
  ansible: 'Stapel images are not supported; write a Dockerfile for this image',
  mount: 'Stapel images are not supported; write a Dockerfile for this image',
  import: 'Stapel images are not supported; write a Dockerfile for this image',
  docker: 'Stapel images are not supported; write a Dockerfile for this image',
  contextAddFiles: 'slipway builds only from committed files (giterminism); commit the files instead of contextAddFiles',
  contextAddFile: 'slipway builds only from committed files (giterminism); commit the files instead of contextAddFiles',
  addHost: 'addHost is not supported by slipway builds',
  network: 'network is not supported by slipway builds',
  ssh: 'ssh forwarding is not supported by slipway builds',
  staged: 'staged layers are a werf builder feature; remove it',
  final: 'every slipway image is final; remove it',
  cacheVersion: 'use the top-level cacheVersion of slipway.yaml',
};
const imageFields = ['image', 'dockerfile', 'context', 'target', 'args', 'platform', 'secrets', 'dependencies', 'buildArgs'] as const;

/**
 * Reads a werf.yaml (configVersion 1): the meta document (project, deploy naming, cleanup policies)
 * and Dockerfile image documents. werf's Go templating and Stapel images are refused with a clear message.
 */
export function parseWerfConfig(text: string, file = 'werf.yaml'): ProjectConfig {
  const templateAt = text.search(/\{\{|\{%/);
  if (templateAt >= 0) {
    const line = text.slice(0, templateAt).split('\n').length;
    throw new SlipwayError('config', `${file} uses Go templating ("{{ … }}"), which slipway does not evaluate`, {
      where: { file, line },
      hint: 'render werf.yaml to plain YAML, or write a slipway.yaml (see README: werf.yaml compatibility)',
    });
  }
  const documents = parseYamlDocuments(text, file);
  if (documents.length === 0) throw new SlipwayError('config', `${file} is empty`, { where: { file, line: 1 } });
  const [meta, ...rest] = documents;
  const metaFields = meta!.map({ what: 'the first document of werf.yaml' });
  if (!metaFields.has('project')) {
    meta!.fail(`the first document of ${file} must be the meta section with "project"`, 'e.g.\nproject: shop\nconfigVersion: 1');
  }
  for (const [key, node] of metaFields) {
    if (unsupportedMetaFields[key]) node.fail(`werf.yaml field "${key}" is not supported`, unsupportedMetaFields[key]);
    if (!['project', 'configVersion', 'deploy', 'cleanup'].includes(key)) {
      node.fail(`unknown field "${key}" in the meta section`, 'allowed here: project, configVersion, deploy, cleanup');
    }
  }
  const get = (key: string): ConfigNode => ConfigNode.get(metaFields, meta!, key);
  const project = checkProjectName(get('project'));
  const configVersion = get('configVersion');
  if (configVersion.present && configVersion.integer() !== 1) configVersion.fail(`configVersion must be 1`);

  const images: ImageConfig[] = [];
  for (const document of rest) {
    const fields = document.map();
    if (fields.has('artifact')) fields.get('artifact')!.fail('werf artifacts are not supported', 'use a multi-stage Dockerfile instead');
    if (!fields.has('image')) document.fail('each document after the meta section must define an "image"');
    const image = readWerfImage(document, fields);
    if (images.some((existing) => existing.name === image.name)) fields.get('image')!.fail(`image "${image.name}" is defined twice`);
    images.push(image);
  }
  checkImageGraph(images);
  return {
    file,
    format: 'werf',
    project,
    images,
    deploy: readWerfDeploy(get('deploy')),
    cleanup: readCleanupConfig(get('cleanup')),
    cacheVersion: '',
  };
}

function readWerfImage(node: ConfigNode, fields: Map<string, ConfigNode>): ImageConfig {
  for (const [key, value] of fields) {
    if (unsupportedImageFields[key]) value.fail(`werf.yaml image field "${key}" is not supported`, unsupportedImageFields[key]);
    if (!(imageFields as readonly string[]).includes(key)) value.fail(`unknown image field "${key}"`, `allowed here: ${imageFields.join(', ')}`);
  }
  const get = (key: string): ConfigNode => ConfigNode.get(fields, node, key);
  const nameNode = get('image');
  const name = nameNode.string({ required: true, scalars: true })!;
  checkImageName(nameNode, name);
  if (!fields.has('dockerfile')) node.fail(`image "${name}" has no dockerfile`, 'slipway builds Dockerfile images only; add dockerfile: Dockerfile');
  const contextNode = get('context');
  const context = checkRepoPath(contextNode, contextNode.string() ?? '.');
  const dockerfileNode = get('dockerfile');
  const dockerfile = checkRepoPath(dockerfileNode, dockerfileNode.requiredString(), context);
  const target = get('target').string();
  const argsNode = fields.has('args') ? get('args') : get('buildArgs');
  const args = argsNode.stringMap();
  for (const key of Object.keys(args)) checkBuildArgName(argsNode, key);
  const platformNode = get('platform');
  const platforms = platformNode.stringList().map((value) => checkPlatform(platformNode, value));
  const secretsNode = get('secrets');
  const secrets = secretsNode.present
    ? secretsNode.list().map((secretNode) => {
        const secretFields = secretNode.map({ allowed: ['id', 'env', 'src', 'value'] });
        if (secretFields.has('value')) secretFields.get('value')!.fail('secrets with an inline "value" are not supported', 'pass the value in an environment variable: env: NAME');
        const read = (key: string): string | undefined => ConfigNode.get(secretFields, secretNode, key).string();
        return checkSecret(secretNode, { id: read('id'), env: read('env'), src: read('src') });
      })
    : [];
  const dependenciesNode = get('dependencies');
  const dependsOn: ImageDependency[] = [];
  if (dependenciesNode.present) {
    for (const item of dependenciesNode.list()) {
      const dependencyFields = item.map({ allowed: ['image', 'imports'] });
      const image = ConfigNode.get(dependencyFields, item, 'image').requiredString();
      const importsNode = ConfigNode.get(dependencyFields, item, 'imports');
      let buildArg = defaultDependencyBuildArg(image);
      if (importsNode.present) {
        for (const importNode of importsNode.list()) {
          const importFields = importNode.map({ allowed: ['type', 'targetBuildArg', 'targetEnv'] });
          const typeNode = ConfigNode.get(importFields, importNode, 'type');
          const type = typeNode.requiredString();
          if (importFields.has('targetEnv')) importFields.get('targetEnv')!.fail('targetEnv imports are for Stapel images; use targetBuildArg');
          if (type !== 'ImageName') {
            typeNode.fail(`dependency import type "${type}" is not supported`, 'slipway passes the full image reference (type ImageName) as a build arg');
          }
          const argNode = ConfigNode.get(importFields, importNode, 'targetBuildArg');
          buildArg = checkBuildArgName(argNode, argNode.requiredString());
        }
      }
      dependsOn.push({ image, buildArg });
    }
  }
  return {
    name,
    context,
    dockerfile,
    ...(target !== undefined ? { target } : {}),
    args,
    platforms,
    secrets,
    dependsOn,
    where: { image: nameNode.where(), context: contextNode.where(), dockerfile: dockerfileNode.where(), dependsOn: dependenciesNode.where() },
  };
}

/** werf's `[[ project ]]` / `[[ env ]]` become `{{project}}` / `{{env}}`; anything else is refused. */
export function werfNamingTemplate(node: ConfigNode, template: string): string {
  const converted = template.replace(/\[\[\s*([^\]]*?)\s*\]\]/g, (_whole, expression: string) => {
    if (expression === 'project' || expression === 'env') return `{{${expression}}}`;
    return node.fail(`werf template expression "[[ ${expression} ]]" is not supported`, 'only [[ project ]] and [[ env ]] are');
  });
  return checkNamingTemplate(node, converted);
}

function readWerfDeploy(node: ConfigNode): DeployConfig {
  const fields = node.present
    ? node.map({ allowed: ['helmChartDir', 'helmRelease', 'helmReleaseSlug', 'namespace', 'namespaceSlug'] })
    : new Map<string, ConfigNode>();
  const get = (key: string): ConfigNode => ConfigNode.get(fields, node, key);
  get('helmReleaseSlug').boolean();
  get('namespaceSlug').boolean();
  const chartNode = get('helmChartDir');
  const releaseNode = get('helmRelease');
  const namespaceNode = get('namespace');
  return {
    chart: checkRepoPath(chartNode, chartNode.string() ?? defaultChartDir),
    releaseTemplate: werfNamingTemplate(releaseNode, releaseNode.string() ?? '[[ project ]]-[[ env ]]'),
    namespaceTemplate: werfNamingTemplate(namespaceNode, namespaceNode.string() ?? '[[ project ]]-[[ env ]]'),
    where: { release: releaseNode.where(), namespace: namespaceNode.where() },
  };
}
