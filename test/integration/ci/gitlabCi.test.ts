import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteNamespace, kubectlJson, run, testbedVar, type CommandResult } from '../../support/testbedEnv.js';
import { actionBundle, gitCommit, inlineKubeconfig, repoRoot } from './actionRunner.js';

// examples/.gitlab-ci.yml with templates/ beside it, run job by job by gitlab-ci-local (npm) with its shell
// executor against the test bed, as a GitLab runner would run them.
const gitlabCiLocal = join(repoRoot, 'node_modules/gitlab-ci-local/dist/index.js');

/** The example application as a GitLab project: the app, its .gitlab-ci.yml and the templates at the root. */
function gitlabProject(project: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glci-project-'));
  for (const entry of ['slipway.yaml', '.helm', 'backend', 'frontend', '.gitlab-ci.yml']) cpSync(join(repoRoot, 'examples', entry), join(dir, entry), { recursive: true });
  cpSync(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const dockerfile of ['backend/Dockerfile', 'frontend/Dockerfile']) {
    const path = join(dir, dockerfile);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('127.0.0.1:5100', testbedVar('SLIPWAY_TEST_REGISTRY')));
  }
  const config = join(dir, 'slipway.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('project: demo-shop', `project: ${project}`).replace('deploy:\n', 'deploy:\n  url: "https://{{env}}.shop.example.com"\n'));
  // Shell-executor jobs write their reports into the project folder, as a runner's build folder.
  writeFileSync(join(dir, '.gitignore'), 'slipway*.json\nslipway*.env\n.gitlab-ci-local/\n');
  gitCommit(dir, 'example app', true);
  execFileSync('git', ['remote', 'add', 'origin', 'https://gitlab.example.com/acme/demo-shop.git'], { cwd: dir });
  return dir;
}

/** `slipway` on the PATH as the template's install step expects it: the CLI bundled from this tree. */
function slipwayOnPath(): string {
  const bin = mkdtempSync(join(tmpdir(), 'glci-bin-'));
  const cli = join(actionBundle(), 'dist/cli/index.js');
  writeFileSync(join(bin, 'slipway'), `#!/bin/sh\nexec '${testbedVar('SLIPWAY_NODE24')}' '${cli}' "$@"\n`);
  chmodSync(join(bin, 'slipway'), 0o755);
  return bin;
}

describe('examples/.gitlab-ci.yml under gitlab-ci-local, on the test bed', () => {
  const iid = String(100 + (Date.now() % 90_000));
  const project = 'glci-shop';
  const release = `${project}-mr-${iid}`;
  let dir: string;
  let bin: string;
  let agentKubeconfig: string;
  const agentContext = 'acme/agents:testbed';
  // gitlab-ci-local sets GITLAB_CI=false on purpose; a GitLab runner sets it to true, and slipway reads GitLab's variables only then.
  const mergeRequest = ['--variable', 'GITLAB_CI=true', '--variable', 'CI_PIPELINE_SOURCE=merge_request_event', '--variable', `CI_MERGE_REQUEST_IID=${iid}`];

  const glci = (args: string[]): Promise<CommandResult> =>
    run(testbedVar('SLIPWAY_NODE24'), [gitlabCiLocal, ...args, '--ignore-predefined-vars', 'GITLAB_CI,CI_PIPELINE_SOURCE,CI_MERGE_REQUEST_IID,CI_COMMIT_BRANCH'], {
      cwd: dir,
      // The jobs reach the test bed as an agent's job would: KUBECONFIG and the registry from the job's variables.
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
  const jobVariables = () => ['--variable', `KUBECONFIG=${agentKubeconfig}`, '--variable', `SLIPWAY_REPO=${testbedVar('SLIPWAY_TEST_REGISTRY')}/glci-shop`];

  beforeAll(async () => {
    dir = gitlabProject(project);
    bin = slipwayOnPath();
    // The test bed's cluster as a GitLab agent offers it: one context `<agent project path>:<agent name>`, no current context.
    const kubeconfig = parse(await inlineKubeconfig()) as { contexts: { name: string }[]; 'current-context'?: string };
    kubeconfig.contexts[0]!.name = agentContext;
    delete kubeconfig['current-context'];
    agentKubeconfig = join(mkdtempSync(join(tmpdir(), 'glci-agent-')), 'kubeconfig');
    writeFileSync(agentKubeconfig, stringify(kubeconfig), { mode: 0o600 });
  });

  afterAll(async () => {
    await deleteNamespace(release).catch(() => undefined);
  });

  /** The job names gitlab-ci-local would run for these variables (its --list table). */
  async function jobsFor(variables: string[]): Promise<string[]> {
    const result = await glci(['--list', ...variables]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const table = result.stdout.split('\n');
    const header = table.findIndex((line) => line.startsWith('name '));
    return table.slice(header + 1).map((line) => line.split(/\s+/)[0]!).filter(Boolean);
  }

  it('runs the review app for a merge request, staging on the default branch, cleanup from a schedule', async () => {
    expect(await jobsFor(mergeRequest)).toEqual(['review', 'review-stop']);
    expect(await jobsFor(['--variable', 'CI_PIPELINE_SOURCE=push', '--variable', 'CI_COMMIT_BRANCH=main'])).toEqual(['staging']);
    expect(await jobsFor(['--variable', 'CI_PIPELINE_SOURCE=push', '--variable', 'CI_COMMIT_BRANCH=feature-x'])).toEqual([]);
    expect(await jobsFor(['--variable', 'CI_PIPELINE_SOURCE=schedule', '--variable', 'CI_COMMIT_BRANCH=main'])).toEqual(['slipway-cleanup']);
  });

  it('gives the jobs the environments GitLab needs: review app with on_stop and auto_stop_in, a stop job without a checkout', async () => {
    const result = await glci(['--preview', ...mergeRequest]);
    expect(result.code, result.stderr).toBe(0);
    const jobs = parse(result.stdout) as Record<string, { environment?: Record<string, string>; variables?: Record<string, string>; when?: string; artifacts?: { reports?: Record<string, string> } }>;
    expect(jobs.review!.environment).toEqual({ name: 'review/$CI_COMMIT_REF_SLUG', url: '$SLIPWAY_ENVIRONMENT_URL', on_stop: 'review-stop', auto_stop_in: '3 days' });
    expect(jobs.review!.artifacts!.reports).toEqual({ dotenv: 'slipway.env', annotations: 'slipway-annotations.json', codequality: 'slipway-code-quality.json' });
    expect(jobs['review-stop']!.environment).toEqual({ name: 'review/$CI_COMMIT_REF_SLUG', action: 'stop' });
    expect(jobs['review-stop']!.variables).toMatchObject({ GIT_STRATEGY: 'none' });
    expect(jobs['review-stop']!.when).toBe('manual');
    expect(jobs.staging!.environment).toMatchObject({ name: 'staging', url: '$SLIPWAY_ENVIRONMENT_URL' });
  });

  it('review job converges mr-<iid> and reports its URL in the dotenv report; the stop job dismisses it with no checkout', async () => {
    const review = await glci(['review', '--force-shell-executor', ...mergeRequest, ...jobVariables()]);
    expect(review.code, review.stdout + review.stderr).toBe(0);
    expect(review.stdout).toContain(`deploying release ${release} into namespace ${release} (context ${agentContext})`);
    expect(review.stdout).toContain(`release ${release} revision 1 deployed`);
    expect(review.stdout).toContain(`environment URL: https://mr-${iid}.shop.example.com`);
    const dotenv = readFileSync(join(dir, '.gitlab-ci-local/artifacts/review/.gitlab-ci-reports/dotenv/slipway.env'), 'utf8');
    expect(dotenv).toBe(`SLIPWAY_RELEASE=${release}\nSLIPWAY_NAMESPACE=${release}\nSLIPWAY_REVISION=1\nSLIPWAY_STATUS=deployed\nSLIPWAY_ENVIRONMENT_URL=https://mr-${iid}.shop.example.com\n`);
    const annotations = JSON.parse(readFileSync(join(dir, 'slipway-annotations.json'), 'utf8')) as { slipway: { external_link: { label: string; url: string } }[] };
    expect(annotations.slipway).toContainEqual({ external_link: { label: 'environment', url: `https://mr-${iid}.shop.example.com` } });
    expect(JSON.parse(readFileSync(join(dir, 'slipway-code-quality.json'), 'utf8'))).toEqual([]);
    const deployments = await kubectlJson<{ items: { metadata: { name: string; annotations: Record<string, string> } }[] }>(['get', 'deployments', '-n', release]);
    expect(deployments.items.map((d) => d.metadata.name).sort()).toEqual(['backend', 'frontend']);
    // The job's GitLab variables reach the resources: the merge request and the job's URL.
    expect(deployments.items[0]!.metadata.annotations).toMatchObject({ 'ci.slipway.io/change-request': iid, 'ci.slipway.io/repository': 'acme/demo-shop' });

    // The merge request is merged and its branch gone: the project has no slipway.yaml, chart or sources left.
    for (const entry of ['slipway.yaml', '.helm', 'backend', 'frontend']) rmSync(join(dir, entry), { recursive: true });
    gitCommit(dir, 'the application is gone');
    const stop = await glci(['review-stop', '--force-shell-executor', ...mergeRequest, '--variable', `KUBECONFIG=${agentKubeconfig}`, '--variable', `KUBE_CONTEXT=${agentContext}`]);
    expect(stop.code, stop.stdout + stop.stderr).toBe(0);
    expect(stop.stdout).toContain(`release ${release} uninstalled from ${release}: 3 resources deleted`);
    expect(stop.stdout).toContain(`namespace ${release} deleted`);
    const namespaces = await kubectlJson<{ items: { metadata: { name: string } }[] }>(['get', 'namespaces']);
    expect(namespaces.items.map((n) => n.metadata.name)).not.toContain(release);
  });

  it('the review job stops before deploying when $KUBECONFIG offers several agents and KUBE_CONTEXT chooses none', async () => {
    const kubeconfig = parse(readFileSync(agentKubeconfig, 'utf8')) as { contexts: { name: string; context: unknown }[] };
    kubeconfig.contexts.push({ ...kubeconfig.contexts[0]!, name: 'acme/agents:other' });
    const twoAgents = join(mkdtempSync(join(tmpdir(), 'glci-agents-')), 'kubeconfig');
    writeFileSync(twoAgents, stringify(kubeconfig), { mode: 0o600 });
    const review = await glci(['review', '--force-shell-executor', ...mergeRequest, '--variable', `KUBECONFIG=${twoAgents}`]);
    expect(review.code).not.toBe(0);
    expect(review.stdout + review.stderr).toContain(`$KUBECONFIG has 2 GitLab agent contexts and no current one: ${agentContext}, acme/agents:other`);
    expect(review.stdout).not.toContain('deploying release');
  });

  it('the stop job says what to set when the review job left no dotenv report', async () => {
    rmSync(join(dir, '.gitlab-ci-local/artifacts/review'), { recursive: true, force: true });
    const stop = await glci(['review-stop', '--force-shell-executor', ...mergeRequest, '--variable', `KUBECONFIG=${testbedVar('KUBECONFIG')}`]);
    // The stop job fails; being manual it may fail (allow_failure), which gitlab-ci-local reports as a warning.
    expect(stop.stdout).toMatch(/WARN\s+review-stop/);
    expect(stop.stdout).not.toContain('PASS  review-stop');
    expect(stop.stdout + stop.stderr).toContain("the review job's dotenv report (SLIPWAY_RELEASE, SLIPWAY_NAMESPACE) is missing or expired; set the release and namespace inputs");
    expect(existsSync(join(dir, 'slipway.yaml'))).toBe(false);
  });
});

// The templates' own scripts outside gitlab-ci-local: each template's spec has an input for every
// $[[ inputs.x ]] it uses, and each job script is valid shell once interpolated.
describe('templates/*/template.yml', () => {
  const names = ['build', 'converge', 'plan', 'dismiss', 'cleanup', 'review'];
  it.each(names)('%s: every interpolated input is declared, the job scripts parse as shell', (name) => {
    const text = readFileSync(join(repoRoot, 'templates', name, 'template.yml'), 'utf8');
    const [specText, jobsText] = text.split(/^---$/m) as [string, string];
    const spec = parse(specText) as { spec: { inputs: Record<string, { default?: unknown }> } };
    const declared = Object.keys(spec.spec.inputs);
    const used = [...new Set([...jobsText.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]!))];
    expect(used.filter((input) => !declared.includes(input))).toEqual([]);
    expect(declared.filter((input) => !used.includes(input))).toEqual([]);
    const interpolated = jobsText.replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, input: string) => String(spec.spec.inputs[input]!.default ?? 'value'));
    const jobs = parse(interpolated) as Record<string, { script: string[]; before_script: string[] }>;
    for (const job of Object.values(jobs)) {
      const dir = mkdtempSync(join(tmpdir(), 'glci-script-'));
      const script = join(dir, 'job.sh');
      writeFileSync(script, [...job.before_script, ...job.script].join('\n'));
      expect(() => execFileSync('bash', ['-n', script], { stdio: 'pipe' })).not.toThrow();
    }
  });
});
