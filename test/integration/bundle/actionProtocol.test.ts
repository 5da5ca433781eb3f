import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { run, testbedVar } from '../../support/testbedEnv.js';

// Runs the committed bundle as a GitHub runner would: node24 (and this machine's Node 20), INPUT_*
// variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, workflow commands on stdout.
const root = join(import.meta.dirname, '../../..');
const actions = ['converge', 'build-images', 'dismiss', 'cleanup'] as const;

interface RunnerResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
  summary: string;
  env: string;
}

async function runAction(nodeBinary: string, action: string, inputs: Record<string, string>): Promise<RunnerResult> {
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
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
  };
  // The runner passes every declared input, with its default when the workflow gives none.
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = spec.default ?? '';
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const main = join(root, 'actions', action, manifest.runs.main);
  const result = await run(nodeBinary, [main], { env, cwd: dir });
  return { ...result, output: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8'), env: readFileSync(files.env, 'utf8') };
}

const nodes = (): Array<[string, string]> => [
  ['node 24', testbedVar('SLIPWAY_NODE24')],
  ['node 20', process.execPath],
];

describe('bundled actions under the GitHub runner protocol', () => {
  it('declares node24 and points at an existing bundled entry for every action', () => {
    for (const action of actions) {
      const manifest = load(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
      expect(manifest.runs.using).toBe('node24');
      expect(readFileSync(join(root, 'actions', action, manifest.runs.main), 'utf8')).toContain(`runAction('${action}')`);
    }
    const rootManifest = load(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(rootManifest.runs).toEqual({ using: 'node24', main: 'dist/actions/converge/index.js' });
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
        const required = action === 'converge' ? 'env' : action === 'dismiss' ? 'env' : 'repo';
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

  it('converge: with valid inputs, fails honestly while the deploy engine is missing, and writes no outputs', async () => {
    for (const [label, node] of nodes()) {
      const result = await runAction(node, 'converge', { env: 'pr-12', values: 'a.yaml\nb.yaml', set: 'image.tag=1' });
      expect(result.code, label).toBe(1);
      expect(result.stdout).toContain('converge: environment pr-12');
      expect(result.stdout).toMatch(/^::error title=slipway converge::the converge action is not available in this version yet/m);
      expect(result.output).toBe('');
      expect(result.summary).toContain('nothing was changed');
    }
  });
});
