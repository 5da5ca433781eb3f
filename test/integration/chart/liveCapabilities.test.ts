import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChart } from '../../../src/core/chart/loader/loadChart.js';
import { formatTemplateOutput } from '../../../src/core/chart/output/templateOutput.js';
import { render } from '../../../src/core/chart/render.js';
import { clusterCapabilities } from '../../../src/core/kube/clusterCapabilities.js';
import { KubeClient } from '../../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';
import { kubectl, run, testbedVar } from '../../support/testbedEnv.js';

// A connected render sees the cluster in .Capabilities, as `helm install` (and `helm template --validate`) do.
const chartDir = mkdtempSync(join(tmpdir(), 'slipway-caps-'));
mkdirSync(join(chartDir, 'templates'));
writeFileSync(join(chartDir, 'Chart.yaml'), 'apiVersion: v2\nname: caps\nversion: 0.1.0\nkubeVersion: ">=1.30.0-0"\n');
writeFileSync(
  join(chartDir, 'templates', 'caps.yaml'),
  [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: caps',
    'data:',
    '  version: {{ .Capabilities.KubeVersion.Version | quote }}',
    '  gitVersion: {{ .Capabilities.KubeVersion.GitVersion | quote }}',
    '  major: {{ .Capabilities.KubeVersion.Major | quote }}',
    '  minor: {{ .Capabilities.KubeVersion.Minor | quote }}',
    '  string: {{ .Capabilities.KubeVersion | quote }}',
    '  deployment: {{ .Capabilities.APIVersions.Has "apps/v1/Deployment" | quote }}',
    '  scale: {{ .Capabilities.APIVersions.Has "apps/v1/Scale" | quote }}',
    '  flowcontrol: {{ .Capabilities.APIVersions.Has "flowcontrol.apiserver.k8s.io/v1" | quote }}',
    '  absent: {{ .Capabilities.APIVersions.Has "example.com/v1" | quote }}',
    '  count: {{ len .Capabilities.APIVersions | quote }}',
    '  all: {{ .Capabilities.APIVersions | sortAlpha | join "," | quote }}',
    '',
  ].join('\n'),
);

const client = new KubeClient(loadKubeConfig({}));
afterAll(() => client.close());

describe('.Capabilities from the live cluster', () => {
  it('equals what helm v4 renders against the same cluster (helm template --validate)', async () => {
    const helm = await run(testbedVar('SLIPWAY_HELM4'), ['template', 'caps', chartDir, '--validate']);
    expect(helm.code, helm.stderr).toBe(0);
    const live = await clusterCapabilities(client);
    expect(live.failedGroupVersions).toEqual([]);
    const result = await render(loadChart(chartDir), {}, {
      releaseName: 'caps',
      namespace: 'default',
      capabilities: { clusterVersion: live.version, apiVersions: live.apiVersions!, fromCluster: true },
    });
    const ours = formatTemplateOutput(result, { includeCrds: false, showOnly: [], skipTests: false, noHooks: false });
    expect(ours).toBe(helm.stdout);
    // Not the offline defaults: the cluster's own version.
    expect(ours).toContain('version: "v1.36.3"');
    expect(ours).toContain('scale: "true"');
  }, 60_000);

  it('reads the same set through per-group-version discovery (servers without aggregated discovery)', async () => {
    const aggregated = await clusterCapabilities(client);
    // A client whose server answers discovery the legacy way, with the real apiserver's own documents.
    const legacy = {
      request: async (req: { path: string }) => JSON.parse(await kubectl(['get', '--raw', req.path])),
    } as unknown as KubeClient;
    const viaLegacy = await clusterCapabilities(legacy);
    expect(viaLegacy.version).toEqual(aggregated.version);
    expect(viaLegacy.apiVersions).toEqual(aggregated.apiVersions);
    expect(aggregated.apiVersions!.length).toBeGreaterThan(50);
  }, 120_000);
});
