import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceLabel } from '../../../src/core/events/deliveryEvents.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson } from '../../support/testbedEnv.js';
import { testClient } from '../deploy/chartFixture.js';
import { deployTracked, deploymentDoc, podLogsFor, trackInput } from './trackFixture.js';

/**
 * Each failure the kwok stages can make (scripts/testbed.d/failure-stages.yaml) is detected with its reason,
 * pod, container, exit code, logs, events and template line, well before the timeout (120 s here).
 */
const client = testClient();
const timeoutMs = 120_000;
let ns: string;
let removeLogs: () => Promise<void>;
beforeAll(async () => {
  ns = await createNamespace('track-fail');
  removeLogs = await podLogsFor(ns, ['starting web 1.4.2', 'connecting to db:5432'], ['starting web 1.4.2', 'panic: cannot reach db:5432: connection refused']);
});
afterAll(async () => {
  await removeLogs();
  client.close();
  await deleteNamespace(ns);
});

const fatalOf = (outcome: Awaited<ReturnType<typeof deployTracked>>) => outcome.report.failures.find((f) => f.fatal);

describe('failures are found early, with their reason', () => {
  it('crashloop: pod, container, exit code, the previous instance\'s last log lines, events, template line', async () => {
    const outcome = await deployTracked(trackInput('crash', ns, [['web.yaml', deploymentDoc('crash-web', { fail: 'crashloop' }), 7]]), { client, timeoutMs });
    expect(outcome.error?.message).toMatch(/Deployment\/.*\/crash-web failed: CrashLoopBackOff in pod crash-web-\S+ container main/);
    expect(outcome.ms).toBeLessThan(30_000);
    const f = fatalOf(outcome)!;
    expect(f).toMatchObject({ reason: 'CrashLoopBackOff', container: 'main', exitCode: 1, source: { file: 'track/templates/web.yaml', line: 7 } });
    expect(f.pod).toMatch(/^crash-web-/);
    expect(f.logs.join('\n')).toContain('panic: cannot reach db:5432: connection refused');
    expect(f.events.map((e) => e.reason)).toContain('BackOff');
    // The first crash is reported at once, as an allowed failure, before the deploy fails.
    const first = outcome.events.find((e) => e.type === 'failure');
    expect(first && first.type === 'failure' && first.failure.fatal).toBe(false);
    expect(outcome.error && 'where' in outcome.error ? (outcome.error as { where: { line?: number } }).where.line : undefined).toBe(7);
  });

  it('image pull: ErrImagePull, then ImagePullBackOff fails it', async () => {
    const outcome = await deployTracked(trackInput('pull', ns, [['pull.yaml', deploymentDoc('pull-web', { fail: 'image-pull' })]]), { client, timeoutMs });
    expect(outcome.ms).toBeLessThan(30_000);
    const f = fatalOf(outcome)!;
    expect(f.reason).toMatch(/ImagePullBackOff|ErrImagePull/);
    expect(f.message).toContain('registry.example/web:1');
    expect(outcome.report.failures.some((x) => x.reason === 'ErrImagePull')).toBe(true);
  });

  it('never ready: the readiness probe keeps failing past its own grace', async () => {
    const outcome = await deployTracked(
      trackInput('unready', ns, [['unready.yaml', deploymentDoc('unready-web', { fail: 'never-ready', probe: '{ httpGet: { path: /healthz, port: 8080 }, periodSeconds: 1, failureThreshold: 2 }' })]]),
      { client, timeoutMs },
    );
    expect(outcome.ms).toBeLessThan(40_000);
    const f = fatalOf(outcome)!;
    expect(f.reason).toBe('ReadinessProbeFailed');
    expect(f.message).toContain('Readiness probe failed: HTTP probe failed with statuscode: 503');
    expect(f.container).toBe('main');
  });

  it('a failing Job: BackoffLimitExceeded names the pod, container and exit code', async () => {
    const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  backoffLimit: 1\n  template:\n    metadata:\n      labels: { slipway.test/fail: exit }\n      annotations: { slipway.test/exit-code: "3" }\n    spec:\n      restartPolicy: Never\n      containers: [{ name: migrate, image: "registry.example/tool:1" }]\n`;
    const outcome = await deployTracked(trackInput('jobfail', ns, [['job.yaml', job, 1]]), { client, timeoutMs });
    expect(outcome.ms).toBeLessThan(60_000);
    const f = fatalOf(outcome)!;
    expect(f).toMatchObject({ reason: 'BackoffLimitExceeded', container: 'migrate', exitCode: 3 });
    expect(outcome.error?.message).toMatch(/Job\/.*\/migrate failed: BackoffLimitExceeded in pod migrate-\S+ container migrate/);
    // Job pod exits within the backoff limit are reported, not counted.
    expect(outcome.report.failures.filter((x) => !x.fatal).every((x) => x.reason === 'Error')).toBe(true);
  });

  it('a failing pre-install Job hook: the hook fails the deploy with its pod, exit code and logs', async () => {
    const hook = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pre-migrate\n  annotations: { "helm.sh/hook": pre-install, "helm.sh/hook-delete-policy": before-hook-creation }\nspec:\n  backoffLimit: 0\n  template:\n    metadata:\n      labels: { slipway.test/fail: exit }\n      annotations: { slipway.test/exit-code: "2" }\n    spec:\n      restartPolicy: Never\n      containers: [{ name: main, image: "registry.example/tool:1" }]\n`;
    const outcome = await deployTracked(trackInput('hookfail', ns, [['hook.yaml', hook, 1], ['web.yaml', deploymentDoc('hookfail-web')]]), { client, timeoutMs });
    expect(outcome.error?.message).toMatch(/pre-install hook failed: Job\/.*\/pre-migrate failed: BackoffLimitExceeded/);
    const f = fatalOf(outcome)!;
    expect(f).toMatchObject({ reason: 'BackoffLimitExceeded', exitCode: 2, source: { file: 'track/templates/hook.yaml', line: 1 } });
    expect(f.logs.join('\n')).toContain('connecting to db:5432');
    expect(outcome.report.resources.find((r) => r.label.endsWith('/pre-migrate'))).toMatchObject({ hook: 'pre-install', status: { state: 'failed' } });
  });

  it('unschedulable: FailedScheduling with the scheduler\'s words', async () => {
    const outcome = await deployTracked(trackInput('nosched', ns, [['nosched.yaml', deploymentDoc('nosched-web', { podSpec: '      nodeSelector: { slipway.test/no-such-node: "true" }\n' })]]), { client, timeoutMs });
    expect(outcome.ms).toBeLessThan(45_000);
    const f = fatalOf(outcome)!;
    expect(f.reason).toBe('FailedScheduling');
    expect(f.message).toMatch(/node\(s\) didn't match Pod's node affinity\/selector|nodes are available/);
  });

  it('quota: the ReplicaSet cannot create its pods (FailedCreate with the admission\'s words), named on the Deployment', async () => {
    const quotaNs = await createNamespace('track-quota');
    try {
      await kubectl(['-n', quotaNs, 'apply', '-f', '-'], 'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: two-pods }\nspec: { hard: { pods: "2" } }\n');
      // Admission counts against the quota's status: wait until the quota controller has written it.
      for (let i = 0; i < 100 && !(await kubectlJson(['-n', quotaNs, 'get', 'resourcequota', 'two-pods', '-o', 'json'])).status?.used; i++) await new Promise((r) => setTimeout(r, 100));
      const outcome = await deployTracked(trackInput('quota', quotaNs, [['quota.yaml', deploymentDoc('quota-web', { replicas: 4, annotations: { 'werf.io/failures-allowed-per-replica': '0' } })]]), { client, timeoutMs });
      expect(outcome.ms).toBeLessThan(20_000);
      const f = fatalOf(outcome)!;
      expect(f.reason).toBe('FailedCreate');
      expect(f.message).toMatch(/exceeded quota: two-pods/);
      expect(resourceLabel(f.resource)).toBe(`Deployment/${quotaNs}/quota-web`);
      expect(f.source?.file).toBe('track/templates/quota.yaml');
      // Counted as werf counts failures: one per 10 s window the rejection persists, none allowed here.
      expect(f.count).toBeGreaterThan(f.allowed);
    } finally {
      await deleteNamespace(quotaNs);
    }
  });

  it('progress deadline: the Deployment controller\'s ProgressDeadlineExceeded', async () => {
    const outcome = await deployTracked(
      trackInput('deadline', ns, [['deadline.yaml', deploymentDoc('deadline-web', { fail: 'never-ready', extraSpec: '  progressDeadlineSeconds: 3\n', annotations: { 'werf.io/failures-allowed-per-replica': '100' } })]]),
      { client, timeoutMs },
    );
    expect(outcome.ms).toBeLessThan(60_000);
    expect(fatalOf(outcome)!.reason).toBe('ProgressDeadlineExceeded');
  });

  it('no activity: nothing changes for werf.io/no-activity-timeout', async () => {
    const outcome = await deployTracked(
      trackInput('idle', ns, [['idle.yaml', deploymentDoc('idle-web', { fail: 'never-ready', annotations: { 'werf.io/failures-allowed-per-replica': '100', 'werf.io/no-activity-timeout': '5s' } })]]),
      { client, timeoutMs },
    );
    expect(outcome.ms).toBeLessThan(40_000);
    expect(fatalOf(outcome)!.reason).toBe('NoActivity');
  });

  it('IgnoreAndContinueDeployProcess: a failing resource is reported and the deploy succeeds', async () => {
    const outcome = await deployTracked(
      trackInput('ignore', ns, [['bg.yaml', deploymentDoc('ignore-bg', { fail: 'crashloop', annotations: { 'werf.io/fail-mode': 'IgnoreAndContinueDeployProcess' } })], ['web.yaml', deploymentDoc('ignore-web')]]),
      { client, timeoutMs },
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.report.failures.map((f) => resourceLabel(f.resource))).toContain(`Deployment/${ns}/ignore-bg`);
    expect(outcome.report.warnings.some((w) => w.message.includes('IgnoreAndContinueDeployProcess'))).toBe(true);
  });

  it('an unknown annotation value is an error naming the resource and template line, before anything is applied', async () => {
    const outcome = await deployTracked(trackInput('badanno', ns, [['bad.yaml', deploymentDoc('badanno-web', { annotations: { 'werf.io/fail-mode': 'Sometimes' } }), 3]]), { client, timeoutMs });
    expect(outcome.error?.message).toContain('werf.io/fail-mode: "Sometimes" is not valid');
    expect((outcome.error as unknown as { where: object }).where).toMatchObject({ file: 'track/templates/bad.yaml', line: 3 });
    expect(outcome.events.some((e) => e.type === 'change')).toBe(false);
  });
});
