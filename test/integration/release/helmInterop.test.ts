import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deploy } from '../../../src/core/deploy/deploy.js';
import { dismiss } from '../../../src/core/deploy/dismiss.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson, run } from '../../support/testbedEnv.js';
import { configMapsChart, helm, renderWithHelm, testClient } from '../deploy/chartFixture.js';

let ns: string;
const created: string[] = [];
const client = testClient();
const chart = configMapsChart('interop');

// Each case gets its own namespace: the fixture chart's object names are the same in every release.
beforeEach(async () => {
  ns = await createNamespace('interop');
  created.push(ns);
});
afterAll(async () => {
  client.close();
  for (const n of created) await deleteNamespace(n);
});

const exists = async (kind: string, name: string) => (await run(process.env.SLIPWAY_KUBECTL!, ['-n', ns, 'get', kind, name])).code === 0;

describe.each([4, 3] as const)('helm v%i interop', (v) => {
  it(`slipway's release: helm v${v} lists, shows, upgrades and rolls back; slipway takes it back`, async () => {
    const name = `sw-made-${v}`;
    await deploy(await renderWithHelm(chart, name, ns, { configMaps: 3 }), { client, timeoutMs: 120_000 });
    const history = JSON.parse((await helm(v, ['history', name, '-n', ns, '-o', 'json'])).stdout);
    expect(history).toMatchObject([{ revision: 1, status: 'deployed', chart: 'interop-0.1.0', app_version: '1.0', description: 'Install complete' }]);
    expect((await helm(v, ['get', 'manifest', name, '-n', ns])).stdout).toContain('name: cm-2');
    expect(JSON.parse((await helm(v, ['get', 'values', name, '-n', ns, '-o', 'json'])).stdout)).toEqual({ configMaps: 3 });
    const all = await helm(v, ['get', 'all', name, '-n', ns]);
    expect(all.code, all.stderr).toBe(0);

    // helm upgrade changes a field slipway applied and removes a ConfigMap: no conflicts.
    const up = await helm(v, ['upgrade', name, chart, '-n', ns, '--set', 'configMaps=2', '--set', 'revision=h', '--wait']);
    expect(up.code, up.stderr).toBe(0);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('h');
    expect(await exists('configmap', 'cm-2')).toBe(false);
    const rb = await helm(v, ['rollback', name, '1', '-n', ns, '--wait']);
    expect(rb.code, rb.stderr).toBe(0);
    expect(await exists('configmap', 'cm-2')).toBe(true);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('1');

    // slipway continues the history helm extended.
    const result = await deploy(await renderWithHelm(chart, name, ns, { configMaps: 1, revision: 's' }), { client, timeoutMs: 120_000 });
    expect(result.revision).toBe(4);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('s');
    expect(await exists('configmap', 'cm-1')).toBe(false);
    const statuses = JSON.parse((await helm(v, ['history', name, '-n', ns, '-o', 'json'])).stdout).map((h: any) => h.status);
    expect(statuses).toEqual(['superseded', 'superseded', 'superseded', 'deployed']);
  });

  it(`helm v${v}'s release: slipway lists, upgrades (taking over fields) and dismisses it`, async () => {
    const name = `helm-made-${v}`;
    const install = await helm(v, ['install', name, chart, '-n', ns, '--set', 'configMaps=3', '--set', 'deployments=1', '--wait']);
    expect(install.code, install.stderr).toBe(0);
    const storage = new ReleaseStorage(client, { namespace: ns, type: 'secret' });
    const [record] = await storage.history(name);
    expect(record!.release).toMatchObject({ name, version: 1, info: { status: 'deployed' }, chart: { metadata: { name: 'interop' } } });

    // A field helm set and the chart no longer renders must disappear: slipway took over helm's fields.
    const first = await deploy(await renderWithHelm(chart, name, ns, { configMaps: 3, deployments: 1, revision: 'x' }), { client, timeoutMs: 120_000 });
    expect(first.revision).toBe(2);
    const cm = await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0', '--show-managed-fields']);
    expect(cm.data.revision).toBe('x');
    expect(cm.metadata.managedFields.filter((m: any) => m.manager === 'helm')).toEqual([]);
    const withoutIndex = await renderWithHelm(chart, name, ns, { configMaps: 3, deployments: 1, revision: 'x' });
    withoutIndex.documents = withoutIndex.documents.map((d) => ({ ...d, content: d.content.replace(/\n\s*index: "0"/, '') }));
    await deploy(withoutIndex, { client, timeoutMs: 120_000 });
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.index).toBeUndefined();

    const listed = await storage.latestOfAll();
    expect(listed.map((r) => r.name)).toContain(name);
    const gone = await dismiss(name, ns, { client, timeoutMs: 120_000 });
    expect(gone.found).toBe(true);
    expect(await exists('deployment', 'web-0')).toBe(false);
    expect((await helm(v, ['list', '-n', ns, '-o', 'json', '--filter', name])).stdout.trim()).toBe('[]');
  });
});

describe('ConfigMap storage and a separate storage namespace', () => {
  it('stores in ConfigMaps where helm looks with HELM_DRIVER=configmap', async () => {
    await deploy(await renderWithHelm(chart, 'cm-store', ns, { configMaps: 1 }), { client, timeoutMs: 120_000, storageType: 'configmap' });
    const res = await run(process.env.SLIPWAY_HELM4!, ['list', '-n', ns, '-o', 'json'], { env: { ...process.env, HELM_DRIVER: 'configmap' } });
    expect(JSON.parse(res.stdout)).toMatchObject([{ name: 'cm-store', status: 'deployed' }]);
    const cmRecord = await kubectlJson(['-n', ns, 'get', 'configmap', 'sh.helm.release.v1.cm-store.v1']);
    expect(cmRecord.metadata.labels).toMatchObject({ owner: 'helm', name: 'cm-store', status: 'deployed', version: '1' });
    expect(await kubectl(['-n', ns, 'get', 'secrets', '-l', 'owner=helm', '-o', 'name'])).toBe('');
  });

  it('keeps records in another namespace with --release-storage-namespace', async () => {
    const storageNs = await createNamespace('interop-store');
    created.push(storageNs);
    await deploy(await renderWithHelm(chart, 'elsewhere', ns, { configMaps: 1 }), { client, timeoutMs: 120_000, storageNamespace: storageNs });
    const record = await kubectlJson(['-n', storageNs, 'get', 'secret', 'sh.helm.release.v1.elsewhere.v1']);
    expect(record.type).toBe('helm.sh/release.v1');
    expect(record.metadata.labels).toMatchObject({ owner: 'helm', name: 'elsewhere', status: 'deployed', version: '1' });
    // The same label keys helm itself leaves on a deployed record.
    const install = await helm(4, ['install', 'by-helm', chart, '-n', storageNs, '--set', 'configMaps=0', '--set', 'deployments=0']);
    expect(install.code, install.stderr).toBe(0);
    const helmRecord = await kubectlJson(['-n', storageNs, 'get', 'secret', 'sh.helm.release.v1.by-helm.v1']);
    expect(Object.keys(record.metadata.labels).sort()).toEqual(Object.keys(helmRecord.metadata.labels).sort());
    expect(JSON.parse((await helm(4, ['list', '-n', storageNs, '-o', 'json', '--filter', '^elsewhere$'])).stdout)).toMatchObject([{ name: 'elsewhere', namespace: ns }]);
    expect(await exists('configmap', 'cm-0')).toBe(true);
  });
});
