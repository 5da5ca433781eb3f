import type { ImageRepository } from '../registry/imageRepository.js';
import type { ImageUse } from './retentionPlan.js';

/** The workload kinds whose images cleanup keeps, with where their pod spec is (werf scans the same kinds). */
export const workloadKinds = [
  { kind: 'Pod', path: '/api/v1/pods', podSpec: (o: any) => o?.spec },
  { kind: 'ReplicationController', path: '/api/v1/replicationcontrollers', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'Deployment', path: '/apis/apps/v1/deployments', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'ReplicaSet', path: '/apis/apps/v1/replicasets', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'StatefulSet', path: '/apis/apps/v1/statefulsets', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'DaemonSet', path: '/apis/apps/v1/daemonsets', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'Job', path: '/apis/batch/v1/jobs', podSpec: (o: any) => o?.spec?.template?.spec },
  { kind: 'CronJob', path: '/apis/batch/v1/cronjobs', podSpec: (o: any) => o?.spec?.jobTemplate?.spec?.template?.spec },
] as const;

/** An image reference split as Docker reads it. */
export interface ImageReference {
  /** Canonical `registry/path` (Docker Hub as `docker.io/library/x`). */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Parses `[registry/]path[:tag][@digest]` (and a runtime's `docker-pullable://` imageID prefix). Pure. */
export function parseImageReference(text: string): ImageReference | undefined {
  let rest = text.trim().replace(/^[a-z-]+:\/\//, '');
  if (rest === '') return undefined;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = canonicalRepository(rest);
  if (!repository) return undefined;
  return { repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** `registry/path` as Docker normalises it. Pure. */
export function canonicalRepository(name: string): string | undefined {
  if (name === '') return undefined;
  const parts = name.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) registry = parts.shift()!;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  return `${registry}/${parts.join('/')}`.toLowerCase();
}

export function canonicalImageRepository(repository: ImageRepository): string {
  return canonicalRepository(`${repository.registry}/${repository.path}`)!;
}

/**
 * The uses of the repository's images in one listed object: every container, init container and ephemeral
 * container of its pod spec, and for Pods also the digests the runtime resolved (status imageID). Pure.
 */
export function imageUsesOf(kind: string, object: any, podSpec: any, repository: string, context: string): ImageUse[] {
  const uses: ImageUse[] = [];
  const where = { context, namespace: object?.metadata?.namespace ?? '', kind, name: object?.metadata?.name ?? '' };
  const add = (container: string, text: unknown): void => {
    if (typeof text !== 'string') return;
    const reference = parseImageReference(text);
    if (!reference || reference.repository !== repository) return;
    if (reference.tag === undefined && reference.digest === undefined) return;
    uses.push({ ...where, container, ...(reference.tag !== undefined ? { tag: reference.tag } : {}), ...(reference.digest !== undefined ? { digest: reference.digest } : {}) });
  };
  for (const field of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const container of podSpec?.[field] ?? []) add(container?.name ?? '', container?.image);
  }
  if (kind === 'Pod') {
    for (const field of ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses']) {
      for (const status of object?.status?.[field] ?? []) {
        add(status?.name ?? '', status?.image);
        add(status?.name ?? '', status?.imageID);
      }
    }
  }
  return uses;
}
