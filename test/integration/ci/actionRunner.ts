import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { run, testbedVar } from '../../support/testbedEnv.js';

export const repoRoot = join(import.meta.dirname, '../../..');
export const actionNames = ['converge', 'build-images', 'plan', 'dismiss', 'cleanup'] as const;

/**
 * The actions as a runner checks them out: action.yml files beside a dist/ bundled from this tree (not the
 * committed dist/, which the lead rebuilds at merge time). Cached by the content of what goes into it.
 */
export function actionBundle(): string {
  const key = createHash('sha256');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'scripts/bundle.mjs', 'action.yml', 'actions', 'package-lock.json'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  for (const file of files) if (existsSync(join(repoRoot, file))) key.update(file).update('\0').update(readFileSync(join(repoRoot, file))).update('\0');
  const root = join(tmpdir(), `ci-action-bundle-${key.digest('hex').slice(0, 16)}`);
  if (existsSync(join(root, 'dist/index.js'))) return root;
  const building = mkdtempSync(join(tmpdir(), 'ci-action-bundle-building-'));
  execFileSync(process.execPath, [join(repoRoot, 'scripts/bundle.mjs'), join(building, 'dist')], { cwd: repoRoot, stdio: 'pipe' });
  cpSync(join(repoRoot, 'action.yml'), join(building, 'action.yml'));
  cpSync(join(repoRoot, 'actions'), join(building, 'actions'), { recursive: true });
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  return root;
}

export interface ActionManifest {
  runs: { using: string; main: string; post?: string };
  inputs?: Record<string, { default?: string; description: string; required?: boolean }>;
  outputs?: Record<string, { description: string }>;
}

export function manifest(root: string, action: string): ActionManifest {
  return load(readFileSync(join(root, action === '.' ? 'action.yml' : `actions/${action}/action.yml`), 'utf8')) as ActionManifest;
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_STATE as name → value (what the runner hands the post step as STATE_<name>). */
  state: Record<string, string>;
  summary: string;
  githubEnv: string;
  runnerTemp: string;
}

export interface RunnerJob {
  /** RUNNER_TEMP, shared by the steps of the job. */
  runnerTemp: string;
  workspace: string;
  env: Record<string, string>;
}

// What a runner's environment carries to reach the test bed's builders (never KUBECONFIG: the input gives it).
const passedThrough = ['DOCKER_HOST', 'STORAGE_DRIVER', 'BUILDAH_ISOLATION', 'CONTAINERS_REGISTRIES_CONF', 'SLIPWAY_BUILD_NETWORK'];

export function runnerJob(workspace: string, env: Record<string, string> = {}): RunnerJob {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-runner-temp-'));
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_REPOSITORY: 'acme/demo-shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_EVENT_NAME: 'push',
  };
  for (const name of passedThrough) if (process.env[name]) base[name] = process.env[name]!;
  return { runnerTemp, workspace, env: { ...base, ...env } };
}

/** One step under the runner protocol: INPUT_* (declared defaults filled in), GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, `main` or `post`. */
export async function runStep(job: RunnerJob, root: string, action: string, inputs: Record<string, string>, options: { node?: string; phase?: 'main' | 'post'; state?: Record<string, string>; onStarted?: (child: ChildProcess, files: { state: string }) => void } = {}): Promise<StepResult> {
  const dir = mkdtempSync(join(job.runnerTemp, '_runner_file_commands-'));
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), env: join(dir, 'env'), summary: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const spec = manifest(root, action);
  const env: Record<string, string> = { ...job.env, GITHUB_OUTPUT: files.output, GITHUB_STATE: files.state, GITHUB_ENV: files.env, GITHUB_STEP_SUMMARY: files.summary };
  for (const [name, input] of Object.entries(spec.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = expandDefault(input.default ?? '', job);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  const entry = options.phase === 'post' ? spec.runs.post! : spec.runs.main;
  const actionDir = action === '.' ? root : join(root, 'actions', action);
  const child = spawn(options.node ?? testbedVar('SLIPWAY_NODE24'), [join(actionDir, entry)], { env, cwd: job.workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  options.onStarted?.(child, files);
  const code = await new Promise<number>((resolve) => child.on('close', (exit, signal) => resolve(exit ?? (signal ? 128 : 1))));
  const result = { code, stdout, stderr };
  return {
    ...result,
    outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
    state: parseFileCommand(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    githubEnv: readFileSync(files.env, 'utf8'),
    runnerTemp: job.runnerTemp,
  };
}

/** `${{ github.token }}` is the only expression in slipway's defaults; the runner would put the job's token there. */
function expandDefault(value: string, job: RunnerJob): string {
  return value.replace('${{ github.token }}', job.env.GITHUB_TOKEN_FOR_TEST ?? '');
}

/** GITHUB_OUTPUT / GITHUB_STATE: `name<<delimiter` heredocs (what @actions/core writes), or `name=value`. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      values[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      values[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return values;
}

/**
 * Planted secrets may appear on stdout only inside `::add-mask::` commands (the runner consumes those
 * and masks the value everywhere); returns the lines that break that rule, and the secrets never masked.
 */
export function secretLeaks(stdout: string, secrets: readonly string[]): { leakedLines: string[]; unmasked: string[] } {
  const lines = stdout.split('\n');
  const masks = new Set(lines.filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length)));
  const leakedLines = lines.filter((line) => !line.startsWith('::add-mask::') && secrets.some((secret) => line.includes(secret)));
  const unmasked = secrets.filter((secret) => !masks.has(secret));
  return { leakedLines, unmasked };
}

/** Every file under `dir` whose content includes one of the secrets. */
export function filesHolding(dir: string, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const text = readFileSync(full, 'utf8');
        if (secrets.some((secret) => text.includes(secret))) found.push(full);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** A copy of the example application as a checkout: its own repository, Dockerfiles pointed at the test bed's registry. */
export function exampleCheckout(prefix: string, edit?: (dir: string) => void): string {
  const workspace = mkdtempSync(join(tmpdir(), `${prefix}-workspace-`));
  const app = join(workspace, 'app');
  mkdirSync(app);
  for (const entry of ['slipway.yaml', '.helm', 'backend', 'frontend']) cpSync(join(repoRoot, 'examples', entry), join(app, entry), { recursive: true });
  for (const dockerfile of ['backend/Dockerfile', 'frontend/Dockerfile']) {
    const path = join(app, dockerfile);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('127.0.0.1:5100', testbedVar('SLIPWAY_TEST_REGISTRY')));
  }
  edit?.(app);
  gitCommit(workspace, 'example app', true);
  return workspace;
}

export function gitCommit(workspace: string, message: string, init = false): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'pipe', encoding: 'utf8' });
  if (init) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qm', message);
  return git('rev-parse', 'HEAD').trim();
}

/** The test bed's kubeconfig made self-contained (certificates and key inline), as a CI secret holds it. */
export async function inlineKubeconfig(): Promise<string> {
  const result = await run(testbedVar('SLIPWAY_KUBECTL'), ['config', 'view', '--raw', '--flatten', '--minify']);
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout;
}
