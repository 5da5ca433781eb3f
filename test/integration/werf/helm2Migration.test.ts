/**
 * Helm 2 → Helm 3 on the test bed: Tiller records written from Helm 2's proto definitions (the module proxy
 * has no helm-2to3 to compare with), converted by slipway; helm v4 then reads the history and manifest and
 * upgrades the release. A corrupt record converts nothing. Tiller's namespace is a fresh one per run
 * (--helm2-storage-namespace), never the shared kube-system.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { migrateHelm2Release } from '../../../src/core/release/helm2/migrateHelm2.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson } from '../../support/testbedEnv.js';
import { tillerConfigMap, type TillerReleaseSpec } from '../../support/tillerRecordWriter.js';
import { configMapsChart, helm, testClient } from '../deploy/chartFixture.js';

const client = testClient();
const created: string[] = [];
afterAll(async () => {
  client.close();
  for (const n of created) await deleteNamespace(n);
});

const manifest = (revision: string) => `---\n# Source: h2app/templates/configmaps.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-0\ndata:\n  index: "0"\n  revision: "${revision}"\n`;
const spec = (release: string, namespace: string, version: number, status: number): TillerReleaseSpec => ({
  name: release,
  namespace,
  version,
  status,
  description: version === 1 ? 'Install complete' : 'Upgrade complete',
  manifest: manifest(`v${version}`),
  chart: { name: 'h2app', version: '0.1.0', appVersion: '1.0', templates: { 'templates/configmaps.yaml': 'x' }, values: 'configMaps: 1\n' },
  config: `revision: v${version}\n`,
  deployedSeconds: 1_600_000_000,
});

describe('Helm 2 releases converted to Helm 3 records', () => {
  it('dry run writes nothing; the conversion is read by helm v4 history, get manifest and upgrade; Tiller records kept', async () => {
    const ns = await createNamespace('werf-h2');
    const tiller = await createNamespace('werf-tiller');
    created.push(ns, tiller);
    const release = 'h2app';
    // What Helm 2 had deployed, and Tiller's two revisions.
    await kubectl(['-n', ns, 'apply', '-f', '-'], manifest('v2'));
    for (const s of [spec(release, ns, 1, 3), spec(release, ns, 2, 1)]) await kubectl(['-n', tiller, 'create', '-f', '-'], JSON.stringify(tillerConfigMap(s)));
    const storage = new ReleaseStorage(client, { namespace: ns, type: 'secret' });

    const dry = await migrateHelm2Release(client, { release, tillerNamespace: tiller, storage, dryRun: true });
    expect(dry.revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(await storage.history(release)).toEqual([]);

    const result = await migrateHelm2Release(client, { release, tillerNamespace: tiller, storage });
    expect(result.written).toBe(true);
    const history = JSON.parse((await helm(4, ['history', release, '-n', ns, '-o', 'json'])).stdout);
    expect(history).toMatchObject([
      { revision: 1, status: 'superseded', chart: 'h2app-0.1.0', app_version: '1.0', description: 'Install complete' },
      { revision: 2, status: 'deployed', chart: 'h2app-0.1.0', app_version: '1.0', description: 'Upgrade complete' },
    ]);
    expect((await helm(4, ['get', 'manifest', release, '-n', ns])).stdout).toBe(`${manifest('v2')}\n`);
    expect(JSON.parse((await helm(4, ['get', 'values', release, '-n', ns, '-o', 'json'])).stdout)).toEqual({ revision: 'v2' });
    const up = await helm(4, ['upgrade', release, configMapsChart('h2app'), '-n', ns, '--set', 'configMaps=1', '--set', 'deployments=0', '--set', 'revision=v3', '--wait']);
    expect(up.code, up.stderr).toBe(0);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('v3');
    expect(JSON.parse((await helm(4, ['history', release, '-n', ns, '-o', 'json'])).stdout).map((h: { status: string }) => h.status)).toEqual(['superseded', 'superseded', 'deployed']);
    // Tiller's records are kept; a second conversion sees the Helm 3 history and does nothing.
    expect((await kubectlJson(['-n', tiller, 'get', 'configmaps', '-l', `OWNER=TILLER,NAME=${release}`])).items).toHaveLength(2);
    expect((await migrateHelm2Release(client, { release, tillerNamespace: tiller, storage })).alreadyConverted).toBe(true);
  });

  it('a corrupt Tiller record is a clear error and nothing is written; --cleanup-helm2 deletes the records once converted', async () => {
    const ns = await createNamespace('werf-h2bad');
    const tiller = await createNamespace('werf-tillerbad');
    created.push(ns, tiller);
    const release = 'h2bad';
    await kubectl(['-n', tiller, 'create', '-f', '-'], JSON.stringify(tillerConfigMap(spec(release, ns, 1, 3))));
    await kubectl(['-n', tiller, 'create', '-f', '-'], JSON.stringify(tillerConfigMap(spec(release, ns, 2, 1), Buffer.from('garbage, not gzip nor protobuf').toString('base64'))));
    const storage = new ReleaseStorage(client, { namespace: ns, type: 'secret' });
    await expect(migrateHelm2Release(client, { release, tillerNamespace: tiller, storage })).rejects.toThrow(new RegExp(`Helm 2 release record ConfigMap ${tiller}/h2bad.v2 cannot be decoded: not a hapi.release.Release protobuf`));
    expect(await storage.history(release)).toEqual([]);
    expect((await kubectlJson(['-n', tiller, 'get', 'configmaps', '-l', `OWNER=TILLER,NAME=${release}`])).items).toHaveLength(2);

    await kubectl(['-n', tiller, 'delete', 'configmap', 'h2bad.v2']);
    const result = await migrateHelm2Release(client, { release, tillerNamespace: tiller, storage, cleanup: true });
    expect(result.deletedTillerRecords).toEqual([`ConfigMap ${tiller}/h2bad.v1`]);
    expect((await storage.history(release)).map((s) => s.release.info.status)).toEqual(['superseded']);
    expect((await kubectlJson(['-n', tiller, 'get', 'configmaps', '-l', `OWNER=TILLER,NAME=${release}`])).items).toHaveLength(0);
  });
});
