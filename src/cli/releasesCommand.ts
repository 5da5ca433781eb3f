import { SlipwayError } from '../core/errors/slipwayError.js';
import { explainKubeError } from '../core/kube/kubeErrorExplained.js';
import { ReleaseStorage, type ReleaseStorageType } from '../core/release/releaseStorage.js';
import { decodeRelease } from '../core/release/releaseCodec.js';
import type { HelmRelease } from '../core/release/helmRelease.js';
import { redactManifest } from '../core/deploy/secretRedaction.js';
import { rollbackRelease } from '../core/deploy/rollback.js';
import { parseDuration } from '../core/duration.js';
import type { KubeFlags } from './flags.js';
import { kubeTarget } from './kubeTarget.js';
import { interruptSignal } from './interruptSignal.js';
import { printDeployEvent } from './deployEventPrinter.js';
import { stringify } from 'yaml';

export interface StorageFlags extends KubeFlags {
  releaseStorageNamespace?: string;
  releaseStorageType?: ReleaseStorageType;
  output?: string;
}

const out = (line: string) => void process.stdout.write(`${line}\n`);

/** Helm's `helm list` time format: local time with zone, e.g. 2024-05-01 10:00:00.123 +0000 UTC. */
function shortTime(value: string | undefined): string {
  return value ? new Date(value).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('\t').trimEnd()).join('\n');
}

const chartLabel = (r: HelmRelease) => `${r.chart.metadata.name ?? ''}-${r.chart.metadata.version ?? ''}`;

function storageOf(flags: StorageFlags) {
  const { client, namespace } = kubeTarget(flags);
  return { client, namespace, storage: new ReleaseStorage(client, { namespace: flags.releaseStorageNamespace ?? namespace, type: flags.releaseStorageType ?? 'secret' }) };
}

export async function listReleases(flags: StorageFlags & { allNamespaces?: boolean }): Promise<void> {
  const { client, storage } = storageOf(flags);
  try {
    let releases: HelmRelease[];
    if (flags.allNamespaces) {
      const kind = (flags.releaseStorageType ?? 'secret') === 'secret' ? 'secrets' : 'configmaps';
      const list = await client.request<{ items: { metadata: { name: string; namespace: string }; data?: { release?: string } }[] }>({ method: 'GET', path: `/api/v1/${kind}`, query: { labelSelector: 'owner=helm' } });
      const latest = new Map<string, HelmRelease>();
      for (const item of list.items) {
        const raw = item.data?.release ?? '';
        const release = decodeRelease(kind === 'secrets' ? Buffer.from(raw, 'base64').toString('utf8') : raw, `${item.metadata.namespace}/${item.metadata.name}`);
        const key = `${item.metadata.namespace}/${release.name}`;
        if ((latest.get(key)?.version ?? 0) < release.version) latest.set(key, release);
      }
      releases = [...latest.values()];
    } else {
      releases = await storage.latestOfAll();
    }
    if (flags.output === 'json') {
      out(JSON.stringify(releases.map((r) => ({ name: r.name, namespace: r.namespace, revision: String(r.version), updated: r.info.last_deployed, status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '' }))));
      return;
    }
    out(table([['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION'], ...releases.map((r) => [r.name, r.namespace, String(r.version), shortTime(r.info.last_deployed), r.info.status ?? '', chartLabel(r), r.chart.metadata.appVersion ?? ''])]));
  } catch (error) {
    throw explainKubeError(error, 'reading release records');
  } finally {
    client.close();
  }
}

async function historyOf(storage: ReleaseStorage, name: string): Promise<HelmRelease[]> {
  const history = (await storage.history(name)).map((h) => h.release);
  if (history.length === 0) throw new SlipwayError('release', `release ${name} not found in namespace ${storage.namespace}`, { where: { resource: `release ${name}` }, hint: 'check the name and --namespace (slipway releases list)' });
  return history;
}

export async function releaseHistory(name: string, flags: StorageFlags): Promise<void> {
  const { client, storage } = storageOf(flags);
  try {
    const history = await historyOf(storage, name);
    if (flags.output === 'json') {
      out(JSON.stringify(history.map((r) => ({ revision: r.version, updated: r.info.last_deployed, status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '', description: r.info.description ?? '' }))));
      return;
    }
    out(table([['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'], ...history.map((r) => [String(r.version), shortTime(r.info.last_deployed), r.info.status ?? '', chartLabel(r), r.chart.metadata.appVersion ?? '', r.info.description ?? ''])]));
  } catch (error) {
    throw explainKubeError(error, 'reading release records');
  } finally {
    client.close();
  }
}

export async function getRelease(name: string, flags: StorageFlags & { revision?: string; show: string }): Promise<void> {
  const { client, storage } = storageOf(flags);
  try {
    const history = await historyOf(storage, name);
    const wanted = flags.revision === undefined ? history[history.length - 1]! : history.find((r) => String(r.version) === flags.revision);
    if (!wanted) throw new SlipwayError('release', `release ${name} has no revision ${flags.revision}`, { where: { input: '--revision' }, hint: `revisions: ${history.map((r) => r.version).join(', ')}` });
    const show = flags.show;
    if (!['all', 'manifest', 'values', 'notes', 'hooks'].includes(show)) throw new SlipwayError('input', `--show ${show}: expected all, manifest, values, notes or hooks`, { where: { input: '--show' } });
    if (show === 'all') {
      out(`NAME: ${wanted.name}\nNAMESPACE: ${wanted.namespace}\nREVISION: ${wanted.version}\nSTATUS: ${wanted.info.status}\nLAST DEPLOYED: ${shortTime(wanted.info.last_deployed)}\nCHART: ${chartLabel(wanted)}\nDESCRIPTION: ${wanted.info.description ?? ''}`);
      out('USER-SUPPLIED VALUES:');
    }
    if (show === 'all' || show === 'values') out(flags.output === 'json' ? JSON.stringify(wanted.config ?? {}) : stringify(wanted.config ?? {}).trimEnd());
    if (show === 'all') out('\nHOOKS:');
    if (show === 'all' || show === 'hooks') for (const h of wanted.hooks ?? []) out(redactManifest(`---\n# Source: ${h.path}\n${h.manifest}\n`).trimEnd());
    if (show === 'all') out('MANIFEST:');
    if (show === 'all' || show === 'manifest') out(redactManifest(wanted.manifest ?? '').trimEnd());
    if (show === 'all' && wanted.info.notes) out('\nNOTES:');
    if ((show === 'all' || show === 'notes') && wanted.info.notes) out(wanted.info.notes);
  } catch (error) {
    throw explainKubeError(error, 'reading release records');
  } finally {
    client.close();
  }
}

export async function rollbackCommand(name: string, revision: string | undefined, flags: StorageFlags & { timeout: string; waitForLock?: boolean }): Promise<void> {
  const timeoutMs = parseDuration(flags.timeout, { input: '--timeout' });
  let wanted: number | undefined;
  if (revision !== undefined) {
    wanted = Number(revision);
    if (!Number.isInteger(wanted) || wanted < 1) throw new SlipwayError('input', `revision "${revision}" is not a positive number`, { where: { input: 'REVISION' } });
  }
  const { client, namespace } = kubeTarget(flags);
  const interrupt = interruptSignal();
  try {
    const result = await rollbackRelease(name, namespace, wanted, {
      client,
      timeoutMs,
      waitForLock: flags.waitForLock ?? false,
      signal: interrupt.signal,
      emit: printDeployEvent,
      description: 'slipway releases rollback',
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      ...(flags.releaseStorageType ? { storageType: flags.releaseStorageType } : {}),
    });
    out(`Rollback was a success: release ${result.release} is at revision ${result.revision} (restored revision ${result.rollbackTo}).`);
  } finally {
    interrupt.dispose();
    client.close();
  }
}

/** `slipway releases migrate2to3 <release>`: Tiller's records → Helm 3 records in the release's namespace (as helm 2to3 convert). */
export async function migrate2to3Command(name: string, flags: StorageFlags & { helm2StorageNamespace: string; cleanupHelm2?: boolean; dryRun?: boolean }): Promise<void> {
  const { client } = kubeTarget(flags);
  const { tillerRecords, convertTillerRecords, migrateHelm2Release } = await import('../core/release/helm2/migrateHelm2.js');
  try {
    const records = await tillerRecords(client, flags.helm2StorageNamespace, name);
    if (records.length === 0) {
      throw new SlipwayError('release', `no Helm 2 records of release ${name} in ${flags.helm2StorageNamespace} (ConfigMaps or Secrets labelled OWNER=TILLER,NAME=${name})`, { where: { input: '--helm2-storage-namespace' }, hint: "give the namespace Tiller ran in with --helm2-storage-namespace" });
    }
    const revisions = convertTillerRecords(records, name);
    const namespace = flags.releaseStorageNamespace ?? revisions[revisions.length - 1]!.namespace;
    const storage = new ReleaseStorage(client, { namespace, type: flags.releaseStorageType ?? 'secret' });
    const result = await migrateHelm2Release(client, { release: name, tillerNamespace: flags.helm2StorageNamespace, storage, dryRun: flags.dryRun ?? false, cleanup: flags.cleanupHelm2 ?? false, log: out });
    if (result.alreadyConverted) {
      out(`release ${name} has Helm 3 records in ${namespace} already: nothing converted${flags.cleanupHelm2 ? '' : ' (its Helm 2 records are kept; delete them with kubectl when no longer needed)'}`);
      return;
    }
    out(table([['REVISION', 'STATUS', 'CHART', 'DESCRIPTION'], ...result.revisions.map((r) => [String(r.version), r.info.status ?? '', chartLabel(r), r.info.description ?? ''])]));
    out(result.written ? `converted ${result.revisions.length} revision(s) of ${name} to Helm 3 records in ${namespace}${result.deletedTillerRecords.length > 0 ? `; deleted ${result.deletedTillerRecords.length} Helm 2 record(s)` : '; Helm 2 records kept'}` : `dry run: ${result.revisions.length} revision(s) would be written to ${namespace}`);
  } catch (error) {
    throw explainKubeError(error, 'converting the Helm 2 release');
  } finally {
    client.close();
  }
}
