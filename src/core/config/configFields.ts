import { posix } from 'node:path';
import Handlebars from 'handlebars';
import { isDnsLabel } from '../names.js';
import type { ConfigNode } from './configNode.js';
import type { ImageSecret } from './projectConfig.js';

/** Field checks shared by the slipway.yaml and werf.yaml readers; each fails on the node it checks. */

const imageName = /^[a-z0-9]([a-z0-9_.-]{0,61}[a-z0-9])?$/;
const buildArgName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const platform = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const secretId = /^[A-Za-z0-9_.-]+$/;
const reservedImagePrefix = 'slipway-commit';

export function checkProjectName(node: ConfigNode): string {
  const name = node.requiredString();
  if (!isDnsLabel(name)) {
    node.fail(`project "${name}" is not a valid name`, 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit');
  }
  return name;
}

export function checkImageName(node: ConfigNode, name: string): string {
  if (!imageName.test(name)) {
    node.fail(`image name "${name}" is not valid`, 'use at most 63 lowercase letters, digits, "-", "_" and ".", starting and ending with a letter or digit');
  }
  if (name.startsWith(reservedImagePrefix)) node.fail(`image name "${name}" is reserved (slipway records commit metadata under "${reservedImagePrefix}-…" tags)`);
  return name;
}

/** A repository-relative path: no absolute paths, never leaving the repository. "." is the root. */
export function checkRepoPath(node: ConfigNode, text: string, base = '.'): string {
  if (text.trim() === '') node.fail(`${node.field} must not be empty`);
  if (posix.isAbsolute(text) || /^[A-Za-z]:[\\/]/.test(text)) node.fail(`${node.field} "${text}" must be relative to the repository, not absolute`);
  if (text.includes('\\')) node.fail(`${node.field} "${text}" must use "/" as the separator`);
  const joined = posix.normalize(posix.join(base, text)).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) node.fail(`${node.field} "${text}" points outside the repository`);
  return joined === '' ? '.' : joined;
}

export function checkBuildArgName(node: ConfigNode, name: string): string {
  if (!buildArgName.test(name)) node.fail(`build arg name "${name}" is not valid`, 'use letters, digits and "_", not starting with a digit');
  return name;
}

export function checkPlatform(node: ConfigNode, value: string): string {
  if (!platform.test(value)) node.fail(`platform "${value}" is not valid`, 'write os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8');
  return value;
}

export function checkSecret(node: ConfigNode, secret: { id?: string; env?: string; src?: string }): ImageSecret {
  if (secret.env !== undefined && secret.src !== undefined) node.fail(`${node.field} takes either "env" or "src", not both`);
  if (secret.env === undefined && secret.src === undefined) node.fail(`${node.field} needs "env" (an environment variable) or "src" (a file)`);
  const id = secret.id ?? secret.env ?? (secret.src ? posix.basename(secret.src) : '');
  if (!secretId.test(id)) node.fail(`secret id "${id}" is not valid`, 'use letters, digits, ".", "_" and "-"');
  return { id, ...(secret.env !== undefined ? { env: secret.env } : {}), ...(secret.src !== undefined ? { src: secret.src } : {}) };
}

/** The build arg a dependency's reference is passed in by default: `SLIPWAY_IMAGE_<NAME>`. */
export function defaultDependencyBuildArg(image: string): string {
  return `SLIPWAY_IMAGE_${image.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** A naming template may use only {{project}} and {{env}}; it is compiled here so mistakes fail at load. */
/** `deploy.url`: a Handlebars template over {project, env, release, namespace} giving an absolute http(s) URL. */
export function checkUrlTemplate(node: ConfigNode, template: string): string {
  let sample: string;
  try {
    sample = Handlebars.compile(template, { strict: true, noEscape: true })({ project: 'project', env: 'env', release: 'release', namespace: 'namespace' });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    return node.fail(`${node.field} is not a valid template: ${message}`, 'templates may use {{project}}, {{env}}, {{release}} and {{namespace}}, e.g. "https://{{env}}.shop.example.com"');
  }
  if (!/^https?:\/\/[^\s/]+/.test(sample)) node.fail(`${node.field} must give an http:// or https:// URL, not "${sample}"`, 'e.g. "https://{{env}}.shop.example.com"');
  return template;
}

export function checkNamingTemplate(node: ConfigNode, template: string): string {
  try {
    Handlebars.compile(template, { strict: true, noEscape: true })({ project: 'project', env: 'env' });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    node.fail(`${node.field} is not a valid template: ${message}`, 'templates may use {{project}} and {{env}}, e.g. "{{project}}-{{env}}"');
  }
  return template;
}
