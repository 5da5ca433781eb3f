import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteNamespace, kubectlJson, run, testbedVar, waitFor } from '../../support/testbedEnv.js';
import { GithubApiFake } from './githubApiFake.js';
import { actionBundle, actionNames, exampleCheckout, filesHolding, inlineKubeconfig, manifest, runnerJob, runStep, secretLeaks } from './actionRunner.js';
import { secretLines } from '../../../src/ci/credentialSecrets.js';

// Every action bundled from this tree and run as a GitHub runner runs it (INPUT_*, file commands, main
// then post) against the test bed, with planted secrets: a kubeconfig whose key and certificate are
// inline, a registry password. The GitHub API is a loopback fake.
describe('actions under the GitHub runner protocol, on the test bed', () => {
  let root: string;
  let workspace: string;
  let api: GithubApiFake;
  let kubeconfig: string;
  let secrets: string[];
  const id = Date.now().toString(36).slice(-5);
  const env = `pr-${parseInt(id, 36) % 100000}`;
  const pr = Number(env.slice(3));
  const release = `ci-shop-${env}`;
  const registryPassword = `planted-registry-password-${id}`;
  let repo: string;
  let eventPath: string;
  let headSha: string;

  beforeAll(async () => {
    root = actionBundle();
    repo = `${testbedVar('SLIPWAY_TEST_REGISTRY')}/ci-actions-${id}`;
    workspace = exampleCheckout('ci-actions', (app) => {
      const path = join(app, 'slipway.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('project: demo-shop', 'project: ci-shop').replace('deploy:\n', 'deploy:\n  url: "https://{{env}}.shop.example.com"\n'));
    });
    headSha = (await run('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
    kubeconfig = await inlineKubeconfig();
    const data = /client-key-data: (\S+)/.exec(kubeconfig)![1]!;
    const cert = /client-certificate-data: (\S+)/.exec(kubeconfig)![1]!;
    secrets = [...secretLines(Buffer.from(data, 'base64').toString('utf8')), data, cert, registryPassword];
    api = new GithubApiFake();
    await api.start();
    eventPath = join(mkdtempSync(join(tmpdir(), 'ci-event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha: headSha, repo: { full_name: 'acme/demo-shop' } }, base: { repo: { full_name: 'acme/demo-shop' } } } }));
  });

  afterAll(async () => {
    await api?.stop();
    await deleteNamespace(release).catch(() => undefined);
  });

  const prJob = () => runnerJob(workspace, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: api.url, GITHUB_TOKEN_FOR_TEST: 'ghs_planted_token' });
  const expectNoLeaks = (result: { stdout: string; stderr: string; outputs: Record<string, string>; summary: string; githubEnv: string; runnerTemp: string }, planted = secrets) => {
    const { leakedLines, unmasked } = secretLeaks(result.stdout, planted);
    expect(leakedLines).toEqual([]);
    expect(result.stderr).not.toMatch(new RegExp(planted.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')));
    expect(JSON.stringify(result.outputs)).not.toMatch(/planted|BEGIN/);
    for (const secret of planted) {
      expect(JSON.stringify(result.outputs)).not.toContain(secret);
      expect(result.summary).not.toContain(secret);
    }
    expect(result.githubEnv).toBe('');
    // After the step (main, then post) nothing under RUNNER_TEMP holds a secret.
    expect(filesHolding(result.runnerTemp, planted)).toEqual([]);
    return unmasked;
  };

  it('every action.yml declares node24 with a main and a post entry that exist in the bundle', () => {
    for (const action of [...actionNames, '.']) {
      const spec = manifest(root, action);
      expect(spec.runs.using).toBe('node24');
      const dir = action === '.' ? root : join(root, 'actions', action);
      expect(readFileSync(join(dir, spec.runs.main), 'utf8')).toContain(`runAction('${action === '.' ? 'converge' : action}')`);
      expect(readFileSync(join(dir, spec.runs.post!), 'utf8')).toContain('runActionPost()');
    }
    expect(manifest(root, '.').inputs).toEqual(manifest(root, 'converge').inputs);
    expect(manifest(root, '.').outputs).toEqual(manifest(root, 'converge').outputs);
  });

  it('build-images (node 20): builds, sets outputs; the registry password is masked and in no file after the step', async () => {
    const job = runnerJob(workspace);
    const result = await runStep(job, root, 'build-images', { repo, 'working-directory': 'app', 'registry-username': 'ci', 'registry-password': registryPassword }, { node: process.execPath });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(Object.keys(JSON.parse(result.outputs.images!)).sort()).toEqual(['backend', 'frontend']);
    expect(result.outputs.built).toBe('backend,frontend');
    expect(result.stdout).toContain(`::add-mask::${registryPassword}`);
    const stateDir = result.state['slipway-credentials-dir']!;
    expect(stateDir.startsWith(join(job.runnerTemp, 'slipway-credentials-'))).toBe(true);
    expect(existsSync(stateDir)).toBe(false);
    expect(expectNoLeaks(result, [registryPassword])).toEqual([]);
  });

  it('converge (node 24) on a pull request: defaults env to pr-<n>, deploys with CI annotations, sets every output, runs the preview, leaks nothing', async () => {
    const job = prJob();
    const reportPath = join(job.runnerTemp, 'converge-report.json');
    const inputs = { repo, 'working-directory': 'app', timeout: '3m', kubeconfig: Buffer.from(kubeconfig).toString('base64'), 'registry-username': 'ci', 'registry-password': registryPassword, preview: 'true', 'report-path': reportPath };
    const result = await runStep(job, root, 'converge', inputs);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ release, namespace: release, revision: '1', status: 'deployed', 'environment-url': `https://${env}.shop.example.com`, 'report-path': reportPath });
    const images = JSON.parse(result.outputs.images!) as Record<string, string>;
    expect(Object.keys(images).sort()).toEqual(['backend', 'frontend']);
    expect(result.stdout).toContain('nothing to build');
    const deployment = await kubectlJson(['-n', release, 'get', 'deployment', 'backend']);
    expect(deployment.metadata.annotations).toMatchObject({
      'ci.slipway.io/commit': headSha,
      'ci.slipway.io/run-url': 'https://github.com/acme/demo-shop/actions/runs/4242',
      'ci.slipway.io/repository': 'acme/demo-shop',
      'ci.slipway.io/actor': 'octocat',
      'ci.slipway.io/change-request': String(pr),
    });
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({ env, release, status: 'deployed', revision: 1, url: `https://${env}.shop.example.com` });
    // The preview: a transient deployment of the PR's head, in_progress → success with the URL, one comment.
    expect(api.deployments).toHaveLength(1);
    expect(api.deployments[0]).toMatchObject({ environment: env, ref: headSha, transient_environment: true, production_environment: false });
    expect(api.deployments[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(api.deployments[0]!.statuses[1]!.environment_url).toBe(`https://${env}.shop.example.com`);
    expect(api.comments.get(pr)).toHaveLength(1);
    expect(api.comments.get(pr)![0]!.body).toContain('| backend | reused |');
    expect(result.stdout).toContain('::add-mask::ghs_planted_token');
    // Every line of the key, the key and certificate data and the password were masked; none printed otherwise.
    expect(expectNoLeaks(result)).toEqual([]);
    expect(existsSync(result.state['slipway-credentials-dir']!)).toBe(false);
  });

  it('plan: no changes after the converge; killed mid-step, its kubeconfig file (0600) is removed by the post step', async () => {
    const job = prJob();
    const inputs = { repo, 'working-directory': 'app', kubeconfig: Buffer.from(kubeconfig).toString('base64') };
    const planned = await runStep(job, root, 'plan', inputs);
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    expect(planned.outputs).toMatchObject({ release, namespace: release, status: 'no-changes', 'has-changes': 'false' });
    expectNoLeaks(planned);

    // A cancelled step: the runner kills the main process; the credentials stay until the post step.
    let credentialsDir = '';
    const killed = await runStep(job, root, 'plan', inputs, {
      onStarted: (child, files) =>
        void waitFor('the step state', async () => {
          const match = /slipway-credentials-dir<<(.+)\n(.+)\n/.exec(readFileSync(files.state, 'utf8'));
          if (!match || !existsSync(join(match[2]!, 'kubeconfig'))) return undefined;
          credentialsDir = match[2]!;
          expect(statSync(join(credentialsDir, 'kubeconfig')).mode & 0o777).toBe(0o600);
          expect(statSync(credentialsDir).mode & 0o777).toBe(0o700);
          child.kill('SIGKILL');
          return true;
        }, 30_000, 5),
    });
    expect(killed.code).not.toBe(0);
    expect(existsSync(join(credentialsDir, 'kubeconfig'))).toBe(true);
    const post = await runStep(job, root, 'plan', {}, { phase: 'post', state: killed.state });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain('removed the step credentials');
    expect(existsSync(credentialsDir)).toBe(false);
    expect(filesHolding(job.runnerTemp, secrets)).toEqual([]);
  });

  it('dismiss with release and namespace needs no checkout: uninstalls, deletes the namespace, marks the deployment inactive', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ci-no-checkout-'));
    const job = runnerJob(empty, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: api.url, GITHUB_TOKEN_FOR_TEST: 'ghs_planted_token' });
    const result = await runStep(job, root, 'dismiss', { release, namespace: release, 'with-namespace': 'true', kubeconfig: Buffer.from(kubeconfig).toString('base64'), preview: 'true' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ release, namespace: release, status: 'uninstalled' });
    const namespaces = await kubectlJson(['get', 'namespaces', '--field-selector', `metadata.name=${release}`]);
    expect(namespaces.items).toEqual([]);
    expect(api.deployments[0]!.statuses.at(-1)!.state).toBe('inactive');
    expect(api.comments.get(pr)).toHaveLength(1);
    expect(api.comments.get(pr)![0]!.body).toContain('dismissed');
    expectNoLeaks(result);
  });

  it('errors name the action input: a bad kubeconfig input, a missing kube context, a too short timeout', async () => {
    const job = runnerJob(workspace);
    const bad = await runStep(job, root, 'dismiss', { release, kubeconfig: 'not a kubeconfig' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error title=input kubeconfig::input 'kubeconfig' is neither a kubeconfig file path/m);
    const context = await runStep(job, root, 'dismiss', { release, kubeconfig: Buffer.from(kubeconfig).toString('base64'), 'kube-context': 'nope' });
    expect(context.stdout).toMatch(/^::error title=input kube-context::kube context "nope" does not exist/m);
    // A backend that never gets ready (the test bed's kwok stage for the pod label slipway.test/fail: never-ready).
    const neverReady = exampleCheckout('ci-never-ready', (app) => {
      const path = join(app, 'slipway.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('project: demo-shop', 'project: ci-shop'));
      const template = join(app, '.helm/templates/backend.yaml');
      writeFileSync(template, readFileSync(template, 'utf8').replace('  template:\n    metadata:\n      labels:\n', '  template:\n    metadata:\n      labels:\n        slipway.test/fail: never-ready\n'));
    });
    const slow = await runStep(runnerJob(neverReady), root, 'converge', { env: `ci-timeout-${id}`, repo, 'working-directory': 'app', timeout: '4s', kubeconfig: Buffer.from(kubeconfig).toString('base64') });
    await deleteNamespace(`ci-shop-ci-timeout-${id}`).catch(() => undefined);
    expect(slow.code, slow.stdout).toBe(1);
    expect(slow.stdout).toMatch(/^::error title=Deployment\/ci-shop-ci-timeout-\w+\/backend,file=app\/.helm\/templates\/backend.yaml,line=\d+::timed out waiting for release resources to become ready; not ready: .*hint: raise input 'timeout' if the rollout is just slow/m);
    expect(slow.stdout).not.toContain('--timeout');
    expect(slow.outputs.status).toBe('failed');
  });
  it('converge with a crashlooping backend: fails at once with an annotation at the template line, the failure block, the summary and outputs; no secret anywhere', async () => {
    const planted = `planted-db-password-${id}`;
    const crashing = exampleCheckout('ci-crashloop', (app) => {
      const path = join(app, 'slipway.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('project: demo-shop', 'project: ci-crash'));
      const template = join(app, '.helm/templates/backend.yaml');
      writeFileSync(template, readFileSync(template, 'utf8').replace('  template:\n    metadata:\n      labels:\n', '  template:\n    metadata:\n      labels:\n        slipway.test/fail: crashloop\n'));
      // A Secret whose value must show up in no output (log, annotation, summary, outputs, report file).
      writeFileSync(join(app, '.helm/templates/db-secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${planted}\n`);
    });
    const reportPath = join(mkdtempSync(join(tmpdir(), 'ci-report-')), 'report.json');
    const started = Date.now();
    const result = await runStep(runnerJob(crashing), root, 'converge', { env: `ci-crash-${id}`, repo, 'working-directory': 'app', timeout: '120s', 'report-path': reportPath, kubeconfig: Buffer.from(kubeconfig).toString('base64') });
    const took = Date.now() - started;
    await deleteNamespace(`ci-crash-ci-crash-${id}`).catch(() => undefined);
    expect(result.code, result.stdout).toBe(1);
    expect(took).toBeLessThan(100_000); // well before the 120 s timeout
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1); // one per failed resource, the ending error not repeated
    expect(errors[0]).toMatch(/^::error title=Deployment\/ci-crash-ci-crash-\w+\/backend failed%3A CrashLoopBackOff,file=app\/.helm\/templates\/backend.yaml,line=1::CrashLoopBackOff in pod backend-\S+, container backend: /);
    expect(result.stdout).toMatch(/^✖ Deployment\/ci-crash-ci-crash-\w+\/backend: CrashLoopBackOff \(FAILED\)$/m);
    expect(result.stdout).toMatch(/^ {4}container backend \(exit code \d+/m);
    expect(result.stdout).toContain('::group::slipway apply');
    expect(result.summary).toMatch(/<h4>❌ Deployment\/ci-crash-ci-crash-\w+\/backend: CrashLoopBackOff<\/h4>/);
    expect(result.summary).toContain('template <code>app/.helm/templates/backend.yaml:1</code>');
    expect(result.summary).toContain('```mermaid\ngantt');
    expect(result.outputs.status).toBe('failed');
    expect(JSON.parse(result.outputs['failed-resources']!)).toEqual([expect.stringMatching(/^Deployment\/ci-crash-ci-crash-\w+\/backend$/)]);
    const report = readFileSync(reportPath, 'utf8');
    expect(JSON.parse(report).failures.find((f: { fatal: boolean }) => f.fatal)).toMatchObject({ reason: 'CrashLoopBackOff', container: 'backend', source: { file: 'demo-shop/templates/backend.yaml', line: 1 } });
    for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs), report]) expect(text).not.toContain(planted);
  });
});
