import { gunzipSync } from 'node:zlib';
import { gzipSync, constants } from 'node:zlib';
import { SlipwayError } from '../errors/slipwayError.js';
import { readTarEntries } from '../chart/loader/tarEntries.js';
import { isGzip } from '../chart/loader/chartArchive.js';
import { writeTar } from './tarWriter.js';
import { sha256Digest } from './helmOciArtifact.js';
import { verifyDigest, type ArtifactStore, type StoredManifest } from './artifactStore.js';

const refName = 'org.opencontainers.image.ref.name';

interface IndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

/**
 * An OCI image layout (oci-layout, index.json, blobs/sha256/…) held in memory and written as one
 * deterministic .tgz: the archive form of a bundle, with the images it refers to when asked.
 * Tags are the `org.opencontainers.image.ref.name` annotations of index.json, as oras and skopeo write them.
 */
export class LayoutArchive implements ArtifactStore {
  private readonly blobs = new Map<string, Buffer>();
  private readonly index: IndexEntry[] = [];

  constructor(readonly name: string) {}

  /** Reads an archive written by `toArchive` (or any gzipped OCI layout tar). */
  static read(name: string, archive: Uint8Array): LayoutArchive {
    const fail = (why: string): never => {
      throw new SlipwayError('input', `${name} is not a bundle archive: ${why}`, { where: { file: name }, hint: 'give a .tgz written by `slipway bundle copy --to archive:<file>`' });
    };
    if (!isGzip(archive)) fail('it is not gzip-compressed');
    let entries;
    try {
      entries = readTarEntries(gunzipSync(archive));
    } catch (error) {
      return fail((error as Error).message);
    }
    const layout = new LayoutArchive(name);
    let indexJson: Uint8Array | undefined;
    let marker = false;
    for (const entry of entries) {
      if (entry.type !== '0') continue;
      const path = entry.name.replace(/^\.\//, '');
      if (path === 'oci-layout') marker = true;
      else if (path === 'index.json') indexJson = entry.data;
      else if (path.startsWith('blobs/sha256/')) layout.blobs.set(`sha256:${path.slice('blobs/sha256/'.length)}`, Buffer.from(entry.data));
    }
    if (!marker || !indexJson) fail(entries.some((e) => e.name.endsWith('Chart.yaml')) ? 'it is a Helm chart package, not an OCI layout (push it with `helm push` first)' : 'it has no oci-layout and index.json');
    try {
      const parsed = JSON.parse(Buffer.from(indexJson!).toString('utf8')) as { manifests?: IndexEntry[] };
      layout.index.push(...(parsed.manifests ?? []));
    } catch (error) {
      fail(`index.json is not JSON: ${(error as Error).message}`);
    }
    return layout;
  }

  async tags(): Promise<string[]> {
    return this.index.map((e) => e.annotations?.[refName]).filter((t): t is string => t !== undefined);
  }

  async manifest(reference: string): Promise<StoredManifest | undefined> {
    const entry = reference.startsWith('sha256:') ? this.index.find((e) => e.digest === reference) : this.index.find((e) => e.annotations?.[refName] === reference);
    const digest = entry?.digest ?? (reference.startsWith('sha256:') ? reference : undefined);
    if (!digest) return undefined;
    const body = this.blobs.get(digest);
    if (!body) return undefined;
    verifyDigest(`manifest ${reference}`, this.name, digest, body);
    const mediaType = entry?.mediaType ?? ((JSON.parse(body.toString('utf8')) as { mediaType?: string }).mediaType ?? 'application/vnd.oci.image.manifest.v1+json');
    return { digest, mediaType, body };
  }

  async blob(digest: string): Promise<Buffer> {
    const data = this.blobs.get(digest);
    if (!data) throw new SlipwayError('input', `${this.name} lacks blob ${digest}`, { where: { file: this.name }, hint: 'the archive is incomplete; write it again with `slipway bundle copy`' });
    verifyDigest(`blob ${digest}`, this.name, digest, data);
    return data;
  }

  async putBlob(data: Buffer): Promise<void> {
    this.blobs.set(sha256Digest(data), data);
  }

  async putManifest(body: Buffer, mediaType: string, tag?: string): Promise<string> {
    const digest = sha256Digest(body);
    this.blobs.set(digest, body);
    if (tag !== undefined) {
      const existing = this.index.findIndex((e) => e.annotations?.[refName] === tag);
      if (existing >= 0) this.index.splice(existing, 1);
      this.index.push({ mediaType, digest, size: body.length, annotations: { [refName]: tag } });
    }
    return digest;
  }

  /** The .tgz: fixed headers, entries sorted, so the same content gives the same bytes. */
  toArchive(): Buffer {
    const index = { schemaVersion: 2, manifests: this.index.map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size, ...(e.annotations ? { annotations: e.annotations } : {}) })) };
    const files = [
      { name: 'oci-layout', data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
      { name: 'index.json', data: Buffer.from(JSON.stringify(index)) },
      ...[...this.blobs.keys()].sort().map((digest) => ({ name: `blobs/sha256/${digest.slice('sha256:'.length)}`, data: this.blobs.get(digest)! })),
    ];
    return gzipSync(writeTar(files, 0), { level: constants.Z_BEST_COMPRESSION });
  }
}
