import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { deleteNamespace, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';

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

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'slipway-builtins-'));
  const files: Record<string, string> = {
    'slipway.yaml': 'project: builtins\ndeploy:\n  chart: .helm\n',
    '.helm/Chart.yaml': 'apiVersion: v2\nname: builtins\nversion: 0.1.0\n',
    '.helm/templates/info.yaml': template,
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

async function helmInfo(): Promise<unknown> {
  const helm = testbedVar('SLIPWAY_HELM4');
  const up = await run(helm, ['upgrade', '--install', 'builtins', join(repo, '.helm'), '-n', helmNamespace, '--create-namespace']);
  expect(up.code, up.stderr).toBe(0);
  const manifest = await run(helm, ['get', 'manifest', 'builtins', '-n', helmNamespace]);
  return (load(manifest.stdout.split('---').find((d) => d.includes('release-info'))!) as { data: unknown }).data;
}

describe('.Release and .Capabilities in a converge', () => {
  it('are what helm upgrade --install gives the same chart, on install and on upgrade', async () => {
    for (const round of [1, 2]) {
      expect(await runCli(['converge', '--env', env]), `converge ${round}`).toBe(0);
      const data = (await kubectlJson(['-n', ours, 'get', 'configmap', 'release-info'])).data;
      expect(data).toEqual(await helmInfo());
      expect(data).toMatchObject({ install: String(round === 1), upgrade: String(round === 2), revision: String(round), kube: 'v1.36.3/1/36', scale: 'true' });
    }
  }, 180_000);
});
