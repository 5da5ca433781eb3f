import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteNamespace, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';

// Runs the committed bundle as a GitHub runner would: node24 (and this machine's Node 20), INPUT_*
// variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, workflow commands on stdout.
const root = join(import.meta.dirname, '../../..');
const actions = ['converge', 'build-images', 'plan', 'dismiss', 'cleanup'] as const;

interface RunnerResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
  summary: string;
  env: string;
}

// What a runner's environment would carry to reach the cluster, registry and builders of the test bed.
// The bed's dockerd has no bridge network: RUN steps need host networking (SLIPWAY_BUILD_NETWORK).
const passedThrough = ['KUBECONFIG', 'DOCKER_HOST', 'STORAGE_DRIVER', 'BUILDAH_ISOLATION', 'CONTAINERS_REGISTRIES_CONF', 'SLIPWAY_BUILD_NETWORK'];

async function runAction(nodeBinary: string, action: string, inputs: Record<string, string>, workspace?: string): Promise<RunnerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-runner-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), env: join(dir, 'env') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const manifest = load(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: workspace ?? dir,
    GITHUB_RUN_ID: '4242',
    GITHUB_REPOSITORY: 'acme/demo-shop',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
  };
  // The runner passes every declared input, with its default when the workflow gives none.
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = spec.default ?? '';
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  if (workspace) for (const name of passedThrough) if (process.env[name]) env[name] = process.env[name]!;
  const main = join(root, 'actions', action, manifest.runs.main);
  // The runner starts node actions in the workspace.
  const result = await run(nodeBinary, [main], { env, cwd: workspace ?? dir });
  return { ...result, output: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8'), env: readFileSync(files.env, 'utf8') };
}

/** GITHUB_OUTPUT holds `name<<delimiter` heredocs (what @actions/core writes); single-line `name=value` too. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

const nodes = (): Array<[string, string]> => [
  ['node 24', testbedVar('SLIPWAY_NODE24')],
  ['node 20', process.execPath],
];

describe('bundled actions under the GitHub runner protocol', () => {
  it('declares node24 and points at an existing bundled entry for every action', () => {
    for (const action of actions) {
      const manifest = load(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { runs: { using: string; main: string; post: string } };
      expect(manifest.runs.using).toBe('node24');
      expect(readFileSync(join(root, 'actions', action, manifest.runs.main), 'utf8')).toContain(`runAction('${action}')`);
      expect(readFileSync(join(root, 'actions', action, manifest.runs.post), 'utf8')).toContain('runActionPost()');
    }
    const rootManifest = load(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: unknown; outputs: unknown };
    expect(rootManifest.runs).toEqual({ using: 'node24', main: 'dist/actions/converge/index.js', post: 'dist/actions/converge/post.js' });
    // The root action is converge: the same inputs and outputs as actions/converge.
    const converge = load(readFileSync(join(root, 'actions/converge/action.yml'), 'utf8')) as { inputs: unknown; outputs: unknown };
    expect(rootManifest.inputs).toEqual(converge.inputs);
    expect(rootManifest.outputs).toEqual(converge.outputs);
  });

  it('runs on the node24 binary', async () => {
    const version = await run(testbedVar('SLIPWAY_NODE24'), ['--version']);
    expect(version.stdout.trim()).toMatch(/^v24\./);
  });

  for (const action of actions) {
    it(`${action}: names a missing required input in an ::error:: command and fails the step`, async () => {
      for (const [label, node] of nodes()) {
        const result = await runAction(node, action, {});
        expect(result.code, `${label}: ${result.stderr}`).toBe(1);
        const required = action === 'converge' || action === 'plan' || action === 'dismiss' ? 'env' : 'repo';
        expect(result.stdout).toMatch(new RegExp(`^::error title=input ${required}::.*input '${required}'`, 'm'));
        expect(result.summary).toContain(`slipway ${action} failed`);
        expect(result.output).toBe('');
      }
    });
  }

  it('converge: rejects a bad environment name, naming the input', async () => {
    for (const [label, node] of nodes()) {
      const result = await runAction(node, 'converge', { env: 'Pr_12' });
      expect(result.code, label).toBe(1);
      expect(result.stdout).toContain('::error title=input env::environment "Pr_12" is not a valid name');
    }
  });

  it('converge: rejects a bad timeout and a bad boolean, naming the input', async () => {
    const timeout = await runAction(testbedVar('SLIPWAY_NODE24'), 'converge', { env: 'pr-12', timeout: 'soon' });
    expect(timeout.stdout).toContain('::error title=input timeout::"soon" is not a duration');
    const flag = await runAction(testbedVar('SLIPWAY_NODE24'), 'converge', { env: 'pr-12', 'auto-rollback': 'yes' });
    expect(flag.stdout).toContain(`::error title=input auto-rollback::input 'auto-rollback' is "yes", not a boolean`);
  });

  it('cleanup: with no cluster configuration, stops before reading the registry, naming the input, and writes no outputs', async () => {
    for (const [label, node] of nodes()) {
      const result = await runAction(node, 'cleanup', { repo: '127.0.0.1:9/demo' });
      expect(result.code, label).toBe(1);
      expect(result.stdout).toMatch(/^::error title=input kubeconfig::no Kubernetes configuration found%0Ahint: set input 'kubeconfig', set \$KUBECONFIG/m);
      expect(result.stdout).not.toContain('127.0.0.1:9');
      expect(result.output).toBe('');
      expect(result.summary).toContain('no Kubernetes configuration found');
    }
  });

  describe('on the test bed, with the example application', () => {
    let workspace: string;
    const env = `gh${Date.now().toString(36).slice(-5)}`;
    const release = `demo-shop-${env}`;
    let repo: string;

    beforeAll(() => {
      // A checkout of the example app as a runner would have it: its own Git repository.
      // A repository of its own, so the images are really built, not found from an earlier run.
      repo = `${testbedVar('SLIPWAY_TEST_REGISTRY')}/actions-demo-${env}`;
      workspace = mkdtempSync(join(tmpdir(), 'slipway-workspace-'));
      cpSync(join(root, 'examples'), join(workspace, 'app'), { recursive: true });
      for (const dockerfile of ['app/backend/Dockerfile', 'app/frontend/Dockerfile']) {
        const path = join(workspace, dockerfile);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('127.0.0.1:5100', testbedVar('SLIPWAY_TEST_REGISTRY')));
      }
      const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'pipe' });
      git('init', '-q');
      git('add', '.');
      git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qm', 'example app');
    });

    afterAll(async () => {
      if (workspace) await deleteNamespace(release).catch(() => undefined);
    });

    it('build-images (node 20): builds the images and sets outputs', async () => {
      const result = await runAction(process.execPath, 'build-images', { repo, 'working-directory': 'app' }, workspace);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const outputs = parseOutputs(result.output);
      const images = JSON.parse(outputs.images!) as Record<string, string>;
      expect(Object.keys(images).sort()).toEqual(['backend', 'frontend']);
      for (const reference of Object.values(images)) expect(reference.startsWith(`${repo}:`)).toBe(true);
      expect(outputs.built).toBe('backend,frontend');
      expect(result.summary).toContain('backend');
    });

    it('converge (node 24): deploys, tracks readiness and sets every output', async () => {
      const result = await runAction(testbedVar('SLIPWAY_NODE24'), 'converge', { env, repo, 'working-directory': 'app', timeout: '3m' }, workspace);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const outputs = parseOutputs(result.output);
      expect(outputs).toMatchObject({ release, namespace: release, revision: '1', status: 'deployed' });
      const images = JSON.parse(outputs.images!) as Record<string, string>;
      expect(Object.keys(images).sort()).toEqual(['backend', 'frontend']);
      expect(result.stdout).toContain('nothing to build');
      expect(result.stdout).not.toMatch(/^::error/m);
      const deployment = await kubectlJson(['-n', release, 'get', 'deployment', 'backend']);
      expect(deployment.status.availableReplicas).toBe(2);
      expect(deployment.spec.template.spec.containers[0].image).toBe(images.backend);
    });

    it('dismiss (node 24): uninstalls the release and sets outputs', async () => {
      const result = await runAction(testbedVar('SLIPWAY_NODE24'), 'dismiss', { env, 'working-directory': 'app' }, workspace);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(parseOutputs(result.output)).toMatchObject({ release, namespace: release });
      const secrets = await kubectlJson(['-n', release, 'get', 'secrets', '-l', `owner=helm,name=${release}`]);
      expect(secrets.items).toEqual([]);
      const deployments = await kubectlJson(['-n', release, 'get', 'deployments']);
      expect(deployments.items).toEqual([]);
    });
  });

});
