import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../../src/core/deploy/deploy.js';
import { dismiss } from '../../../src/core/deploy/dismiss.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson, run } from '../../support/testbedEnv.js';
import { configMapsChart, helm, renderWithHelm, testClient } from './chartFixture.js';

let ns: string;
const client = testClient();
const chart = configMapsChart();

beforeAll(async () => {
  ns = await createNamespace('deploy-life');
});
afterAll(async () => {
  client.close();
  await deleteNamespace(ns);
});

describe('install, upgrade, no-op, rollback, dismiss', () => {
  it('installs: resources exist, record is Helm-readable', async () => {
    const input = await renderWithHelm(chart, 'life', ns, { configMaps: 4, deployments: 2 });
    const result = await deploy(input, { client, timeoutMs: 120_000 });
    expect(result).toMatchObject({ revision: 1, status: 'deployed', operation: 'install', counts: { create: 6 } });
    const cms = await kubectlJson(['-n', ns, 'get', 'configmaps', '-l', 'app.kubernetes.io/managed-by=Helm']);
    expect(cms.items.map((i: any) => i.metadata.name).sort()).toEqual(['cm-0', 'cm-1', 'cm-2', 'cm-3']);
    const deployment = await kubectlJson(['-n', ns, 'get', 'deployment', 'web-0']);
    expect(deployment.status.availableReplicas).toBe(1);
    expect(deployment.metadata.annotations['meta.helm.sh/release-name']).toBe('life');
    const list = JSON.parse((await helm(4, ['list', '-n', ns, '-o', 'json'])).stdout);
    expect(list).toMatchObject([{ name: 'life', namespace: ns, revision: '1', status: 'deployed', chart: 'many-0.1.0', app_version: '1.0' }]);
    const h3 = JSON.parse((await helm(3, ['list', '-n', ns, '-o', 'json'])).stdout);
    expect(h3).toMatchObject([{ name: 'life', revision: '1', status: 'deployed' }]);
    const manifest = (await helm(4, ['get', 'manifest', 'life', '-n', ns])).stdout;
    expect(manifest).toContain('# Source: many/templates/configmaps.yaml');
    const values = JSON.parse((await helm(4, ['get', 'values', 'life', '-n', ns, '-o', 'json'])).stdout);
    expect(values).toEqual({ configMaps: 4, deployments: 2 });
    expect((await helm(4, ['get', 'notes', 'life', '-n', ns])).stdout).toContain('release life deployed');
  });

  it('upgrades with added, changed and removed resources', async () => {
    const input = await renderWithHelm(chart, 'life', ns, { configMaps: 3, deployments: 2, revision: '2' });
    const result = await deploy(input, { client, timeoutMs: 120_000 });
    expect(result).toMatchObject({ revision: 2, operation: 'upgrade', counts: { update: 3, unchanged: 2, delete: 1 } });
    expect((await run(process.env.SLIPWAY_KUBECTL!, ['-n', ns, 'get', 'configmap', 'cm-3'])).code).not.toBe(0);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('2');
    const history = JSON.parse((await helm(4, ['history', 'life', '-n', ns, '-o', 'json'])).stdout);
    expect(history.map((h: any) => [h.revision, h.status, h.description])).toEqual([
      [1, 'superseded', 'Install complete'],
      [2, 'deployed', 'Upgrade complete'],
    ]);
  });

  it('writes nothing to resources on a no-op upgrade', async () => {
    const input = await renderWithHelm(chart, 'life', ns, { configMaps: 3, deployments: 2, revision: '2' });
    const before = client.writes;
    const result = await deploy(input, { client, timeoutMs: 120_000 });
    expect(result.resourceWrites).toBe(0);
    expect(result.counts).toMatchObject({ unchanged: 5, create: 0, update: 0, delete: 0 });
    // Release records only: the new revision, its final status, superseding the previous one, and the lock (create + delete).
    expect(client.writes - before).toBeLessThanOrEqual(5);
  });

  it('rolls back with helm v4 and upgrades again with slipway', async () => {
    const rolled = await helm(4, ['rollback', 'life', '1', '-n', ns, '--wait']);
    expect(rolled.code, rolled.stderr).toBe(0);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-3'])).data.index).toBe('3');
    const input = await renderWithHelm(chart, 'life', ns, { configMaps: 3, deployments: 2, revision: '5' });
    const result = await deploy(input, { client, timeoutMs: 120_000 });
    expect(result.revision).toBe(5);
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'cm-0'])).data.revision).toBe('5');
    expect((await run(process.env.SLIPWAY_KUBECTL!, ['-n', ns, 'get', 'configmap', 'cm-3'])).code).not.toBe(0);
  });

  it('dismisses: resources gone, records gone', async () => {
    const result = await dismiss('life', ns, { client, timeoutMs: 120_000 });
    expect(result).toMatchObject({ found: true, deleted: 5 });
    expect(await kubectl(['-n', ns, 'get', 'configmaps,deployments', '-l', 'app.kubernetes.io/managed-by=Helm', '-o', 'name'])).toBe('');
    expect(await new ReleaseStorage(client, { namespace: ns, type: 'secret' }).history('life')).toEqual([]);
  });
});
