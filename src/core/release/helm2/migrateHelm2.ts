/**
 * Helm 2 → Helm 3 for one release, as `helm 2to3 convert` does: Tiller's records (ConfigMaps, or Secrets, in
 * the Tiller namespace, labels OWNER=TILLER,NAME=<release>) are all decoded and converted first — one that
 * cannot be is an error and nothing is written — then written as Helm 3 records oldest first; Tiller's records
 * are deleted only when asked (helm-2to3's --delete-v2-releases).
 */
import { SlipwayError } from '../../errors/slipwayError.js';
import type { KubeClient } from '../../kube/kubeClient.js';
import { KubeApiError } from '../../kube/kubeApiError.js';
import type { HelmRelease } from '../helmRelease.js';
import type { ReleaseStorage } from '../releaseStorage.js';
import { convertV2Release, ConversionError } from './convertRelease.js';
import { decodeTillerRecord, TillerRecordError } from './tillerRelease.js';

export interface TillerRecord {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  /** data.release as Helm 2 wrote it (a Secret's already base64-decoded once). */
  data: string;
}

interface ListedObject {
  metadata: { name: string };
  data?: Record<string, string>;
}

/** Tiller's records of one release: ConfigMaps (Tiller's default) and Secrets (--storage=secret). */
export async function tillerRecords(client: KubeClient, tillerNamespace: string, release: string): Promise<TillerRecord[]> {
  const out: TillerRecord[] = [];
  for (const [kind, collection] of [['ConfigMap', 'configmaps'], ['Secret', 'secrets']] as const) {
    let list: { items: ListedObject[] };
    try {
      list = await client.request<{ items: ListedObject[] }>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(tillerNamespace)}/${collection}`, query: { labelSelector: `OWNER=TILLER,NAME=${release}` } });
    } catch (error) {
      // No Tiller namespace, or no right to read it: there is no Helm 2 release this client could convert.
      if (error instanceof KubeApiError && (error.status === 403 || error.status === 404)) continue;
      throw error;
    }
    for (const item of list.items) {
      const raw = item.data?.release ?? '';
      out.push({ kind, name: item.metadata.name, namespace: tillerNamespace, data: kind === 'Secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw });
    }
  }
  return out;
}

/** Decodes and converts every record (pure): all or nothing. */
export function convertTillerRecords(records: TillerRecord[], release: string): HelmRelease[] {
  const converted = records.map((record) => {
    const where = `${record.kind} ${record.namespace}/${record.name}`;
    try {
      const v2 = decodeTillerRecord(record.data, where);
      if (v2.name !== release) throw new ConversionError(`it holds release "${v2.name}", not "${release}"`);
      return convertV2Release(v2);
    } catch (error) {
      if (error instanceof TillerRecordError || error instanceof ConversionError) {
        throw new SlipwayError('release', error instanceof TillerRecordError ? error.message : `Helm 2 release record ${where} cannot be converted: ${error.message}`, {
          where: { resource: where },
          hint: 'nothing was written: the Helm 2 records are as they were. Repair or delete that record (kubectl -n kube-system get configmap -l OWNER=TILLER), then converge again',
          cause: error,
        });
      }
      throw error;
    }
  });
  const versions = new Set<number>();
  for (const r of converted) {
    if (versions.has(r.version)) throw new SlipwayError('release', `Helm 2 holds revision ${r.version} of release ${release} twice (ConfigMaps and Secrets?)`, { hint: 'delete the stale copy, then converge again' });
    versions.add(r.version);
  }
  return converted.sort((a, b) => a.version - b.version);
}

export interface MigrationResult {
  /** Revisions converted (written unless dryRun), oldest first. */
  revisions: HelmRelease[];
  written: boolean;
  deletedTillerRecords: string[];
  /** Helm 3 records exist already: nothing converted. */
  alreadyConverted?: boolean;
}

export async function migrateHelm2Release(
  client: KubeClient,
  options: { release: string; tillerNamespace: string; storage: ReleaseStorage; dryRun?: boolean; cleanup?: boolean; log?: (line: string) => void },
): Promise<MigrationResult> {
  const log = options.log ?? (() => undefined);
  const records = await tillerRecords(client, options.tillerNamespace, options.release);
  if (records.length === 0) return { revisions: [], written: false, deletedTillerRecords: [] };
  const existing = await options.storage.history(options.release);
  // Converted before (Tiller's records kept): Helm 3's history is the release's now.
  if (existing.length > 0) return { revisions: [], written: false, deletedTillerRecords: [], alreadyConverted: true };
  const revisions = convertTillerRecords(records, options.release);
  log(`Helm 2 release ${options.release}: ${revisions.length} revision(s) in ${options.tillerNamespace} (${records[0]!.kind}s) → Helm 3 records in ${options.storage.namespace}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
  if (options.dryRun) return { revisions, written: false, deletedTillerRecords: [] };
  for (const r of revisions) await options.storage.create(r);
  const deleted: string[] = [];
  if (options.cleanup) {
    for (const record of records) {
      await client.request({ method: 'DELETE', path: `/api/v1/namespaces/${encodeURIComponent(record.namespace)}/${record.kind === 'Secret' ? 'secrets' : 'configmaps'}/${encodeURIComponent(record.name)}` });
      deleted.push(`${record.kind} ${record.namespace}/${record.name}`);
    }
    log(`deleted ${deleted.length} Helm 2 record(s) of ${options.release}`);
  }
  return { revisions, written: true, deletedTillerRecords: deleted };
}
