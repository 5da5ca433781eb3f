import type { RegistryRequestStats } from '../registry/registryClient.js';

/** What happened to one image. `digest` is the registry manifest digest, verified after a push. */
export interface ImageResult {
  name: string;
  /** `registry/path:tag`. */
  reference: string;
  tag: string;
  /** Registry manifest digest (sha256:…). */
  digest: string;
  /** slipway's content digest of the inputs (hex). */
  contentDigest: string;
  action: 'built' | 'reused' | 'failed' | 'not-built';
  builder?: 'docker' | 'buildah';
  durationMs: number;
  error?: string;
}

export interface BuildResult {
  project: string;
  commit: string;
  /** `commit` (giterminism) or `working-tree` (--dev). */
  source: 'commit' | 'working-tree';
  shallowClone: boolean;
  configFile: string;
  repository: string;
  images: ImageResult[];
  metadata: 'recorded' | 'unchanged' | 'skipped' | 'failed';
  registryRequests: RegistryRequestStats;
  timings: { planMs: number; totalMs: number };
  warnings: string[];
}

/** `.Values.slipway.image.<name>` and werf's `.Values.werf.image.<name>` / `.Values.werf.repo`. Pure. */
export function chartImageValues(result: Pick<BuildResult, 'images' | 'repository'>): Record<string, unknown> {
  const image: Record<string, string> = {};
  const digest: Record<string, string> = {};
  const tag: Record<string, string> = {};
  for (const entry of result.images) {
    if (entry.action === 'failed' || entry.action === 'not-built') continue;
    image[entry.name] = entry.reference;
    digest[entry.name] = entry.digest;
    tag[entry.name] = entry.tag;
  }
  return {
    slipway: { image, imageDigest: digest, repo: result.repository },
    werf: { image, repo: result.repository, tag },
  };
}
