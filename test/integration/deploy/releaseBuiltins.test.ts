import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { deleteNamespace, kubectl, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';

// What a chart sees of the release and the cluster when slipway converges it, against helm upgrade --install
// of the same chart: .Release.IsInstall/IsUpgrade/Revision over two deploys, and the live .Capabilities.
const env = `b${Date.now().toString(36)}`;
const ours = `builtins-${env}`;
const helmNamespace = `builtins-helm-${env}`;
let repo: string;
const originalCwd = process.cwd();

const template = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: release-info',
  'data:',
  '  install: "{{ .Release.IsInstall }}"',
  '  upgrade: "{{ .Release.IsUpgrade }}"',
  '  revision: "{{ .Release.Revision }}"',
  '  kube: "{{ .Capabilities.KubeVersion.Version }}/{{ .Capabilities.KubeVersion.Major }}/{{ .Capabilities.KubeVersion.Minor }}"',
  '  scale: "{{ .Capabilities.APIVersions.Has "apps/v1/Scale" }}"',
  '  apis: "{{ len .Capabilities.APIVersions }}"',
  '',
].join('\n');

// lookup: an existing Secret, a missing object, a lookup whose name comes from another lookup's answer (two
// passes), a typed integer from a Deployment, a list, and an unknown group version (an error Helm also gives).
const lookups = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: lookups',
  'data:',
  '  secret: {{ (lookup "v1" "Secret" .Release.Namespace "pre-secret").data.password | quote }}',
  '  missing: {{ if (lookup "v1" "ConfigMap" .Release.Namespace "nope") }}"found"{{ else }}"missing"{{ end }}',
  '  {{- $target := (lookup "v1" "ConfigMap" .Release.Namespace "pointer").data.target }}',
  '  chained: {{ (lookup "v1" "ConfigMap" .Release.Namespace (default "unset" $target)).data.value | quote }}',
  '  replicas: {{ printf "%v %s" (lookup "apps/v1" "Deployment" .Release.Namespace "pre-deploy").spec.replicas (typeOf (lookup "apps/v1" "Deployment" .Release.Namespace "pre-deploy").spec.replicas) | quote }}',
  '  listed: {{ $l := lookup "v1" "Secret" .Release.Namespace "" }}{{ range $l.items }}{{ if eq .metadata.name "pre-secret" }}"listed"{{ end }}{{ end }}',
  '',
].join('\n');

/** The objects the lookups read, created in a namespace before the deploy. */
function preObjects(namespace: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pre-secret', namespace }, data: { password: Buffer.from('s3cret').toString('base64') } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pointer', namespace }, data: { target: 'pointed' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pointed', namespace }, data: { value: 'reached in a second pass' } },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'pre-deploy', namespace },
        spec: { replicas: 3, selector: { matchLabels: { app: 'pre' } }, template: { metadata: { labels: { app: 'pre' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
      },
    ],
  });
}

beforeAll(async () => {
  for (const ns of [ours, helmNamespace]) {
    await kubectl(['create', 'namespace', ns]);
    await kubectl(['apply', '-f', '-'], preObjects(ns));
  }
  repo = mkdtempSync(join(tmpdir(), 'slipway-builtins-'));
  const files: Record<string, string> = {
    'slipway.yaml': 'project: builtins\ndeploy:\n  chart: .helm\n',
    '.helm/Chart.yaml': 'apiVersion: v2\nname: builtins\nversion: 0.1.0\n',
    '.helm/templates/info.yaml': template,
    '.helm/templates/lookups.yaml': lookups,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const git = (args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'chart']);
  process.chdir(repo);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  process.chdir(originalCwd);
  await Promise.all([deleteNamespace(ours), deleteNamespace(helmNamespace)]);
});

async function helmDeploy(): Promise<string> {
  const helm = testbedVar('SLIPWAY_HELM4');
  const up = await run(helm, ['upgrade', '--install', 'builtins', join(repo, '.helm'), '-n', helmNamespace]);
  expect(up.code, up.stderr).toBe(0);
  return (await run(helm, ['get', 'manifest', 'builtins', '-n', helmNamespace])).stdout;
}

function dataOf(manifest: string, name: string): unknown {
  return (load(manifest.split('---').find((d) => d.includes(`name: ${name}`))!) as { data: unknown }).data;
}

describe('.Release, .Capabilities and lookup in a converge', () => {
  it('are what helm upgrade --install gives the same chart, on install and on upgrade', async () => {
    for (const round of [1, 2]) {
      expect(await runCli(['converge', '--env', env]), `converge ${round}`).toBe(0);
      const helmManifest = await helmDeploy();
      const data = (await kubectlJson(['-n', ours, 'get', 'configmap', 'release-info'])).data;
      expect(data).toEqual(dataOf(helmManifest, 'release-info'));
      expect(data).toMatchObject({ install: String(round === 1), upgrade: String(round === 2), revision: String(round), kube: 'v1.36.3/1/36', scale: 'true' });
      const looked = (await kubectlJson(['-n', ours, 'get', 'configmap', 'lookups'])).data;
      expect(looked).toEqual(dataOf(helmManifest, 'lookups'));
      expect(looked).toEqual({ secret: Buffer.from('s3cret').toString('base64'), missing: 'missing', chained: 'reached in a second pass', replicas: '3 int64', listed: 'listed' });
    }
  }, 180_000);
});
