import { SlipwayError, type ErrorLocation } from '../errors/slipwayError.js';

/** Where images are pushed: `--repo registry.example.com/team/shop`. */
export interface ImageRepository {
  /** The registry host as written (`ghcr.io`, `127.0.0.1:5000`, `docker.io`). */
  registry: string;
  /** The host the API is served from (`registry-1.docker.io` for Docker Hub). */
  apiHost: string;
  /** The repository path inside the registry (`team/shop`, `library/shop` on Docker Hub). */
  path: string;
  /** `registry/path`, what image references start with. */
  name: string;
}

const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;

/**
 * Parses a repository as Docker does: the first component is a registry when it has a "." or ":" or
 * is "localhost"; otherwise the repository is on Docker Hub. Tags and digests are not allowed here.
 */
export function parseImageRepository(text: string, where: ErrorLocation): ImageRepository {
  const value = text.trim().replace(/^(https?|oci):\/\//, '');
  const fail = (why: string): never => {
    throw new SlipwayError('input', `repository "${text}" is not valid: ${why}`, {
      where,
      hint: 'write <registry>/<path>, e.g. ghcr.io/acme/shop or registry.example.com:5000/shop',
    });
  };
  if (value === '') fail('it is empty');
  if (value.includes('@')) fail('it must not contain a digest');
  const parts = value.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) registry = parts.shift()!;
  const last = parts[parts.length - 1]!;
  if (last.includes(':')) fail('it must not contain a tag (slipway chooses the tags)');
  for (const part of parts) if (!pathComponent.test(part)) fail(`path component "${part}" must be lowercase letters, digits and separators (. _ -)`);
  if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9a-fA-F:]+\](:[0-9]+)?$/.test(registry)) fail(`registry "${registry}" is not a host[:port]`);
  const hub = registry === 'docker.io' || registry === 'index.docker.io';
  const path = hub && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
  return { registry, apiHost: hub ? 'registry-1.docker.io' : registry, path, name: `${registry}/${parts.join('/')}` };
}

/** Loopback registries speak plain HTTP unless told otherwise, as Docker treats them as insecure. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}
