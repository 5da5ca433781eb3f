import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { deleteNamespace, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';

let stdout = '';
let stderr = '';
let repo: string;
const env = `e${Date.now().toString(36)}`;
const namespace = `clitest-${env}`;
const release = `clitest-${env}`;
const originalCwd = process.cwd();

function git(args: string[]): void {
  execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}

async function cli(...argv: string[]): Promise<number> {
  stdout = '';
  stderr = '';
  return runCli(argv);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'slipway-cli-'));
  const files: Record<string, string> = {
    'slipway.yaml': 'project: clitest\ndeploy:\n  chart: .helm\n',
    '.helm/Chart.yaml': 'apiVersion: v2\nname: clitest\nversion: 1.2.3\nappVersion: "9.9"\n',
    '.helm/values.yaml': 'greeting: hello\nreplicas: 1\n',
    '.helm/templates/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\ndata:\n  greeting: {{ .Values.greeting | quote }}\n  env: {{ .Values.slipway.env | quote }}\n',
    '.helm/templates/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: hunter2-{{ .Values.greeting }}\n',
    '.helm/templates/web.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers: [{ name: main, image: "registry.example/web:1" }]\n',
    '.helm/templates/NOTES.txt': 'Visit {{ .Release.Name }} in {{ .Release.Namespace }}\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'app']);
  process.chdir(repo);
});
afterAll(async () => {
  process.chdir(originalCwd);
  await deleteNamespace(namespace);
});
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return () => vi.restoreAllMocks();
});

describe('slipway converge, plan, releases, dismiss (CLI, in-process)', () => {
  it('converges an environment of slipway.yaml: namespace created, chart rendered and deployed', async () => {
    expect(await cli('converge', '--env', env, '--add-label', 'team=payments', '--add-annotation', 'owner=ci'), stderr).toBe(0);
    expect(stdout).toContain(`release ${release} revision 1 deployed`);
    expect(stdout).toContain(`Visit ${release} in ${namespace}`);
    const cm = await kubectlJson(['-n', namespace, 'get', 'configmap', 'config']);
    expect(cm.data).toEqual({ greeting: 'hello', env });
    expect(cm.metadata.labels.team).toBe('payments');
    expect(cm.metadata.annotations.owner).toBe('ci');
    expect(stdout + stderr).not.toContain('hunter2');
  });

  it('plans: no changes exit 0, changes exit 2 with a diff, Secret values never shown', async () => {
    const sameFlags = ['--add-label', 'team=payments', '--add-annotation', 'owner=ci'];
    expect(await cli('plan', '--env', env, ...sameFlags), stdout).toBe(0);
    expect(stdout).toContain('no changes');
    // Without the global label the plan shows its removal: slipway owns those fields.
    expect(await cli('plan', '--env', env)).toBe(2);
    expect(stdout).toContain('-     team: payments');
    expect(await cli('plan', '--env', env, ...sameFlags, '--set', 'greeting=bonjour', '--set', 'replicas=2')).toBe(2);
    expect(stdout).toMatch(/update\s+ConfigMap\/clitest-\w+\/config/);
    expect(stdout).toContain('-   greeting: hello');
    expect(stdout).toContain('+   greeting: bonjour');
    expect(stdout).toMatch(/update\s+Secret\/clitest-\w+\/creds/);
    expect(stdout).toMatch(/update\s+Deployment/);
    expect(stdout + stderr).not.toMatch(/hunter2|aHVudGVyMi|Ym9uam91cg/);
    // plan wrote nothing
    expect((await kubectlJson(['-n', namespace, 'get', 'configmap', 'config'])).data.greeting).toBe('hello');
  });

  it('lists, shows history and gets a release (Secret data redacted)', async () => {
    expect(await cli('converge', '--env', env, '--set', 'greeting=bonjour'), stderr).toBe(0);
    expect(await cli('releases', 'list', '-n', namespace)).toBe(0);
    expect(stdout).toMatch(new RegExp(`${release}\\s+${namespace}\\s+2\\s.*deployed\\s+clitest-1.2.3\\s+9.9`));
    expect(await cli('releases', 'history', release, '-n', namespace, '-o', 'json')).toBe(0);
    expect(JSON.parse(stdout).map((h: any) => [h.revision, h.status])).toEqual([[1, 'superseded'], [2, 'deployed']]);
    expect(await cli('releases', 'get', release, '-n', namespace)).toBe(0);
    expect(stdout).toContain('kind: Secret');
    expect(stdout).toContain('password: "***"');
    expect(stdout).not.toContain('hunter2');
    expect(stdout).toContain('greeting: bonjour');
  });

  it('rolls back from the CLI, and helm sees it', async () => {
    expect(await cli('releases', 'rollback', release, '1', '-n', namespace), stderr).toBe(0);
    expect((await kubectlJson(['-n', namespace, 'get', 'configmap', 'config'])).data.greeting).toBe('hello');
    const history = JSON.parse((await run(testbedVar('SLIPWAY_HELM4'), ['history', release, '-n', namespace, '-o', 'json'])).stdout);
    expect(history[2]).toMatchObject({ revision: 3, status: 'deployed', description: 'Rollback to 1' });
  });

  it('reports a missing release clearly', async () => {
    expect(await cli('releases', 'history', 'nope', '-n', namespace)).toBe(1);
    expect(stderr).toContain(`release nope not found in namespace ${namespace}`);
  });

  it('dismisses with the namespace, waits until it is gone, and a converge right after works', async () => {
    expect(await cli('dismiss', '--env', env, '--with-namespace'), stderr).toBe(0);
    expect(stdout).toContain(`release ${release} uninstalled`);
    expect(stdout).toContain(`namespace ${namespace} deleted`);
    expect((await run(testbedVar('SLIPWAY_KUBECTL'), ['get', 'namespace', namespace])).code).not.toBe(0);
    expect(await cli('converge', '--env', env), stderr).toBe(0);
    expect(stdout).toContain(`release ${release} revision 1 deployed`);
    expect(await cli('dismiss', '--release', release, '-n', namespace, '--keep-history')).toBe(0);
    expect(JSON.parse((await run(testbedVar('SLIPWAY_HELM4'), ['history', release, '-n', namespace, '-o', 'json'])).stdout)[0]).toMatchObject({ status: 'uninstalled', description: 'Uninstallation complete' });
    expect(await cli('dismiss', '--release', 'never-was', '-n', namespace)).toBe(0);
    expect(stdout).toContain('nothing to uninstall');
  });
});
