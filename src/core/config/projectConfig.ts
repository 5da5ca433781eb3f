import type { ErrorLocation } from '../errors/slipwayError.js';

/**
 * The validated project configuration, whether it came from `slipway.yaml` or a werf.yaml. Paths are
 * relative to the repository root, normalised with "/" and without "./" ("." is the root).
 */
export interface ProjectConfig {
  /** The file it was read from and its format. */
  file: string;
  format: 'slipway' | 'werf';
  project: string;
  /** In declaration order. */
  images: ImageConfig[];
  deploy: DeployConfig;
  cleanup: CleanupConfig;
  /** Bumping it gives every image a new tag (forces rebuilds). */
  cacheVersion: string;
}

export interface ImageDependency {
  image: string;
  /** The build arg that receives the dependency's full image reference. */
  buildArg: string;
}

export interface ImageSecret {
  id: string;
  /** Exactly one source: an environment variable of the build process or a file. */
  env?: string;
  src?: string;
}

export interface ImageConfig {
  name: string;
  context: string;
  /** Repository-relative path of the Dockerfile. */
  dockerfile: string;
  target?: string;
  args: Record<string, string>;
  /** e.g. ["linux/amd64"]; empty means the builder's default. */
  platforms: string[];
  secrets: ImageSecret[];
  dependsOn: ImageDependency[];
  /** Where each part was written, for errors found later (missing Dockerfile, cycles). */
  where: { image: ErrorLocation; context: ErrorLocation; dockerfile: ErrorLocation; dependsOn: ErrorLocation };
}

export interface DeployConfig {
  chart: string;
  /** Handlebars templates over {project, env}. */
  releaseTemplate: string;
  namespaceTemplate: string;
  /** `deploy.url`: the environment's URL, a Handlebars template over {project, env, release, namespace}. */
  urlTemplate?: string;
  where: { release: ErrorLocation; namespace: ErrorLocation; url?: ErrorLocation };
}

export interface ReferenceMatch {
  /** A regular expression (written `/…/`) or an exact name. */
  regex?: string;
  name?: string;
}

export interface KeepLimit {
  last?: number;
  /** Milliseconds. */
  inMs?: number;
  operator: 'And' | 'Or';
}

export interface KeepPolicy {
  references: { kind: 'branch' | 'tag'; match: ReferenceMatch; limit?: KeepLimit };
  imagesPerReference?: KeepLimit;
}

export interface CleanupConfig {
  keepPolicies: KeepPolicy[];
  /** Images built within this many hours are never deleted. */
  keepImagesBuiltWithinLastNHours?: number;
  disableKubernetesBasedPolicy: boolean;
  disableGitHistoryBasedPolicy: boolean;
  /** Image tags (names or /regex/) never deleted (slipway.yaml's `keepImages`). */
  keepImages: ReferenceMatch[];
}

/**
 * werf's default keep policies as its documentation gives them (docs/pages_en/usage/cleanup/cr_cleanup.md since
 * werf v2.30.0): the last 10 tags; for at most 10 branches active in the last week, 2 images of the last week;
 * 2 images of main, master, staging and production. (werf's code went back to 10 for the main branches in
 * v2.32.2, by a refactoring that left the documentation at 2; slipway follows the documentation.)
 */
export const defaultKeepPolicies: KeepPolicy[] = [
  { references: { kind: 'tag', match: { regex: '.*' }, limit: { last: 10, operator: 'And' } } },
  {
    references: { kind: 'branch', match: { regex: '.*' }, limit: { last: 10, inMs: 168 * 3_600_000, operator: 'And' } },
    imagesPerReference: { last: 2, inMs: 168 * 3_600_000, operator: 'And' },
  },
  { references: { kind: 'branch', match: { regex: '^(main|master|staging|production)$' } }, imagesPerReference: { last: 2, operator: 'And' } },
];

export const defaultReleaseTemplate = '{{project}}-{{env}}';
export const defaultNamespaceTemplate = '{{project}}-{{env}}';
export const defaultChartDir = '.helm';
