import { SlipwayError } from '../errors/slipwayError.js';
import type { ImageRepository } from '../registry/imageRepository.js';
import type { RegistryClient } from '../registry/registryClient.js';
import { sha256Digest } from './helmOciArtifact.js';

export interface StoredManifest {
  digest: string;
  mediaType: string;
  body: Buffer;
}

/**
 * Where bundles (and the images they refer to) are read and written: a registry repository or an
 * OCI image layout in an archive. Copies walk one store and write the other through this.
 */
export interface ArtifactStore {
  /** For messages: `127.0.0.1:5100/team/app` or `bundle.tgz`. */
  readonly name: string;
  tags(): Promise<string[]>;
  /** By tag or digest; undefined when absent. */
  manifest(reference: string): Promise<StoredManifest | undefined>;
  blob(digest: string): Promise<Buffer>;
  putBlob(data: Buffer): Promise<void>;
  /** Stores a manifest and, with a tag, names it; returns the digest. */
  putManifest(body: Buffer, mediaType: string, tag?: string): Promise<string>;
}

/** Content addressing checked on every read: a blob or manifest must hash to the digest it was asked by. */
export function verifyDigest(what: string, where: string, expected: string, data: Uint8Array): void {
  const actual = sha256Digest(data);
  if (actual !== expected) {
    throw new SlipwayError('registry', `digest mismatch for ${what} in ${where}: expected ${expected}, got ${actual}`, {
      hint: 'the content was altered or corrupted in storage or transit; nothing was deployed or copied',
    });
  }
}

/** A repository of an OCI distribution registry. */
export class RegistryStore implements ArtifactStore {
  readonly name: string;
  constructor(
    readonly repository: ImageRepository,
    private readonly client: RegistryClient,
  ) {
    this.name = repository.name;
  }

  tags(): Promise<string[]> {
    return this.client.listTags(this.repository.path);
  }

  async manifest(reference: string): Promise<StoredManifest | undefined> {
    const got = await this.client.getManifest(this.repository.path, reference);
    if (!got) return undefined;
    const digest = reference.startsWith('sha256:') ? reference : got.descriptor.digest;
    verifyDigest(`manifest ${reference}`, this.name, digest, got.body);
    return { digest, mediaType: got.descriptor.mediaType, body: got.body };
  }

  async blob(digest: string): Promise<Buffer> {
    const data = await this.client.getBlob(this.repository.path, digest);
    verifyDigest(`blob ${digest}`, this.name, digest, data);
    return data;
  }

  async putBlob(data: Buffer): Promise<void> {
    await this.client.pushBlob(this.repository.path, data);
  }

  async putManifest(body: Buffer, mediaType: string, tag?: string): Promise<string> {
    try {
      return await this.client.putManifest(this.repository.path, tag ?? sha256Digest(body), body, mediaType);
    } catch (error) {
      if (error instanceof SlipwayError && /HTTP (400|415)|MANIFEST_INVALID|UNSUPPORTED|unsupported/i.test(error.message)) {
        throw new SlipwayError('registry', `registry ${this.repository.registry} refused the manifest for ${this.name}: ${error.message}`, {
          hint: 'the registry does not store OCI artifacts (Helm charts need OCI artifact support: distribution 2.7+, Harbor 2+, ghcr.io, ECR, GAR, ACR)',
          cause: error,
        });
      }
      throw error;
    }
  }
}
