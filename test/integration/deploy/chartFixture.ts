import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { KubeClient } from '../../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';
import type { DeployInput } from '../../../src/core/deploy/deployInput.js';
import { documentsOfHelmOutput } from '../../../src/core/deploy/manifestResources.js';
import { run, testbedVar } from '../../support/testbedEnv.js';

/** A chart directory made of the given files (paths relative to the chart root). */
export function writeChart(files: Record<string, string>, name = 'app'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'slipway-chart-')), name);
  for (const [path, text] of Object.entries({ 'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: 0.1.0\nappVersion: "1.0"\n`, 'values.yaml': '', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The deploy engine's input as converge will hand it over, produced here by the real `helm template`
 * (helm v4, the oracle) — the seam until slipway's own renderer exists.
 */
export async function renderWithHelm(chartDir: string, release: string, namespace: string, values: Record<string, unknown> = {}): Promise<DeployInput> {
  const valuesFile = join(mkdtempSync(join(tmpdir(), 'slipway-values-')), 'values.json');
  writeFileSync(valuesFile, JSON.stringify(values));
  const result = await run(testbedVar('SLIPWAY_HELM4'), ['template', release, chartDir, '--namespace', namespace, '--include-crds', '-f', valuesFile]);
  if (result.code !== 0) throw new Error(`helm template failed: ${result.stderr}`);
  const { documents, crds } = documentsOfHelmOutput(result.stdout);
  const files = listFiles(chartDir).map((p) => relative(chartDir, p));
  const asFile = (name: string) => ({ name, data: readFileSync(join(chartDir, name)).toString('base64') });
  return {
    release,
    namespace,
    chart: {
      metadata: parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')),
      templates: files.filter((f) => f.startsWith('templates/')).sort().map(asFile),
      values: parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) ?? {},
      files: files.filter((f) => !f.startsWith('templates/') && !['Chart.yaml', 'values.yaml'].includes(f)).sort().map(asFile),
    },
    config: values,
    documents,
    crds,
    notes: `release ${release} deployed`,
  };
}

export function testClient(): KubeClient {
  return new KubeClient(loadKubeConfig({}));
}

export async function helm(version: 3 | 4, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return run(testbedVar(version === 4 ? 'SLIPWAY_HELM4' : 'SLIPWAY_HELM3'), args);
}

/** A chart of `count` ConfigMaps and `deployments` Deployments (the bench and tests use it). */
export function configMapsChart(name = 'many'): string {
  return writeChart(
    {
      'values.yaml': 'configMaps: 3\ndeployments: 1\nrevision: "1"\nreplicas: 1\n',
      'templates/configmaps.yaml': `{{- range $i := until (int .Values.configMaps) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
data:
  index: "{{ $i }}"
  revision: {{ if lt $i 5 }}{{ $.Values.revision | quote }}{{ else }}"1"{{ end }}
{{- end }}
`,
      'templates/deployments.yaml': `{{- range $i := until (int .Values.deployments) }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-{{ $i }}
spec:
  replicas: {{ $.Values.replicas }}
  selector:
    matchLabels: { app: web-{{ $i }} }
  template:
    metadata:
      labels: { app: web-{{ $i }} }
    spec:
      containers:
        - name: main
          image: registry.example/web:1
{{- end }}
`,
    },
    name,
  );
}
