import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteNamespace, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';
import { exampleCheckout, filesHolding, inlineKubeconfig, repoRoot } from './actionRunner.js';
import { secretLines } from '../../../src/ci/credentialSecrets.js';

// Each action's run() (and the shared post step) from source, under GitHub's own local runner for
// JavaScript actions, @github/local-action (it stubs @actions/core and reads inputs from a dotenv file).
const localAction = join(repoRoot, 'node_modules/.bin/local-action');

interface LocalRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
}

/** The outputs local-action prints as a console.table: │ n │ 'name' │ 'value' │. */
function tableOutputs(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const section = stdout.slice(stdout.lastIndexOf('Action Outputs'));
  for (const match of section.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'((?:[^'\\]|\\.)*)'\s*│/g)) outputs[match[1]!] = match[2]!.replace(/\\'/g, "'");
  return outputs;
}

async function runLocal(action: string, inputs: Record<string, string>, env: Record<string, string>): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-local-action-'));
  const dotenv = join(dir, '.env');
  const lines = Object.entries({ ...env, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) }).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  writeFileSync(dotenv, `${lines.join('\n')}\n`);
  const entry = { converge: 'converge', 'build-images': 'buildImages', plan: 'plan', dismiss: 'dismiss', cleanup: 'cleanup' }[action]!;
  const result = await run(localAction, ['run', join(repoRoot, 'actions', action), `../../src/actions/${entry}.ts`, dotenv, '--post', '../../src/actions/credentialsPost.ts'], {
    // local-action checks the entry paths against its working directory: the action's own.
    cwd: join(repoRoot, 'actions', action),
    env: { ...process.env, NODE_PACKAGE_MANAGER: 'npm', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: result.code, stdout: result.stdout + result.stderr, outputs: tableOutputs(result.stdout) };
}

describe('every action under @github/local-action, on the test bed', () => {
  const id = Date.now().toString(36).slice(-5);
  const env = `ci-la-${id}`;
  const release = `ci-shop-${env}`;
  let workspace: string;
  let runnerTemp: string;
  let repo: string;
  let base: Record<string, string>;
  let secrets: string[];
  let kubeconfig: string;

  beforeAll(async () => {
    repo = `${testbedVar('SLIPWAY_TEST_REGISTRY')}/ci-local-action-${id}`;
    workspace = exampleCheckout('ci-local-action', (app) => {
      const path = join(app, 'slipway.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('project: demo-shop', 'project: ci-shop').replace('deploy:\n', 'deploy:\n  url: "https://{{env}}.shop.example.com"\n'));
    });
    runnerTemp = mkdtempSync(join(tmpdir(), 'ci-local-runner-temp-'));
    kubeconfig = await inlineKubeconfig();
    const key = /client-key-data: (\S+)/.exec(kubeconfig)![1]!;
    secrets = [key, ...secretLines(Buffer.from(key, 'base64').toString('utf8'))];
    base = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/demo-shop', GITHUB_RUN_ID: '99', GITHUB_SHA: 'f'.repeat(40), GITHUB_EVENT_NAME: 'push', KUBECONFIG: '' };
  });

  afterAll(async () => {
    await deleteNamespace(release).catch(() => undefined);
  });

  const noCredentialsLeft = () => {
    expect(readdirSync(runnerTemp).filter((name) => name.startsWith('slipway-credentials-'))).toEqual([]);
    expect(filesHolding(runnerTemp, secrets)).toEqual([]);
  };

  it('build-images: builds and sets outputs', async () => {
    const result = await runLocal('build-images', { repo, 'working-directory': 'app' }, base);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Running Post Step');
    expect(result.outputs.built).toBe('backend,frontend');
    expect(Object.keys(JSON.parse(result.outputs.images!)).sort()).toEqual(['backend', 'frontend']);
    noCredentialsLeft();
  });

  it('converge: deploys with a base64 kubeconfig input, sets every output; the post step leaves no credentials', async () => {
    const result = await runLocal('converge', { env, repo, 'working-directory': 'app', timeout: '3m', kubeconfig: Buffer.from(kubeconfig).toString('base64') }, base);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ release, namespace: release, revision: '1', status: 'deployed', 'environment-url': `https://${env}.shop.example.com` });
    expect((await kubectlJson(['-n', release, 'get', 'deployment', 'frontend'])).status.availableReplicas).toBe(1);
    for (const secret of secrets) expect(JSON.stringify(result.outputs)).not.toContain(secret);
    noCredentialsLeft();
  });

  it('plan: no changes after the converge', async () => {
    const result = await runLocal('plan', { env, repo, 'working-directory': 'app', kubeconfig: Buffer.from(kubeconfig).toString('base64') }, base);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ release, status: 'no-changes', 'has-changes': 'false' });
    noCredentialsLeft();
  });

  it('dismiss: uninstalls the release and its namespace', async () => {
    const result = await runLocal('dismiss', { env, 'working-directory': 'app', 'with-namespace': 'true', kubeconfig: Buffer.from(kubeconfig).toString('base64') }, base);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ release, namespace: release, status: 'uninstalled' });
    expect((await kubectlJson(['get', 'namespaces', '--field-selector', `metadata.name=${release}`])).items).toEqual([]);
    noCredentialsLeft();
  });

  it('cleanup: reads the cluster through the kubeconfig input and Git history, keeps the images of main, reports why', async () => {
    const summary = join(runnerTemp, 'summary.md');
    writeFileSync(summary, '');
    const result = await runLocal(
      'cleanup',
      { repo, 'working-directory': 'app', fetch: 'false', 'keep-built-within-hours': '0', kubeconfig: Buffer.from(kubeconfig).toString('base64') },
      { ...base, GITHUB_STEP_SUMMARY: summary },
    );
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ deleted: '[]', kept: '2' });
    expect(result.stdout).toMatch(/policy 1 \(branch \/\.\*\/; references: last 10 and in 168h; images per reference: last 2\): branch main, 1st newest image, at commit [0-9a-f]{12}/);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ kind: 'slipway-cleanup-report', dryRun: false, deleted: [] });
    expect(report.kube.contexts).toHaveLength(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/### slipway cleanup: .*ci-local-action-/);
    for (const secret of secrets) expect(result.stdout).not.toContain(secret);
    noCredentialsLeft();
  });

  it('cleanup: contradicting inputs are an error naming them, and nothing is read or deleted', async () => {
    const result = await runLocal('cleanup', { repo, 'working-directory': 'app', 'without-kube': 'true', 'kube-context': 'prod' }, base);
    // local-action exits 0 whatever run() does; the failure is what core.setFailed printed.
    expect(result.stdout).toMatch(/inputs 'without-kube' and 'kube-context' contradict each other/);
    expect(result.outputs.kept).toBeUndefined();
    expect(existsSync(runnerTemp)).toBe(true);
  });
});
