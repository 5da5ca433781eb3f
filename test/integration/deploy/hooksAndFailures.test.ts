import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../../src/core/deploy/deploy.js';
import type { DeployEvent } from '../../../src/core/deploy/deployEvents.js';
import type { DeployInput } from '../../../src/core/deploy/deployInput.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { createNamespace, deleteNamespace, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';
import { helm, testClient } from './chartFixture.js';

const client = testClient();
const namespaces: string[] = [];
let ns: string;
beforeAll(async () => {
  ns = await createNamespace('hooks');
  namespaces.push(ns);
});
afterAll(async () => {
  client.close();
  for (const n of namespaces) await deleteNamespace(n);
});

const exists = async (namespace: string, kind: string, name: string) => (await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', namespace, 'get', kind, name])).code === 0;

function job(name: string, annotations: Record<string, string>, fail = false): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  annotations:
${Object.entries(annotations).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}
spec:
  backoffLimit: 0
  template:
    metadata:
      labels:
${fail ? '        slipway.test/fail: exit\n      annotations:\n        slipway.test/exit-code: "3"' : '        app: hook'}
    spec:
      restartPolicy: Never
      containers: [{ name: main, image: "registry.example/tool:1" }]
`;
}

const configMap = (name: string, data = 'v1', annotations: Record<string, string> = {}) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  annotations:\n${Object.entries({ x: 'y', ...annotations }).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}\ndata:\n  value: "${data}"\n`;

const deployment = (name: string, fail?: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata:
      labels:
        app: ${name}
${fail ? `        slipway.test/fail: ${fail}\n` : ''}    spec:
      containers: [{ name: main, image: "registry.example/web:1" }]
`;

function input(release: string, namespace: string, documents: [string, string][], extra: Partial<DeployInput> = {}): DeployInput {
  return { release, namespace, chart: { metadata: { name: 'hooks', version: '0.1.0', apiVersion: 'v2' } }, config: {}, documents: documents.map(([source, content]) => ({ source: `hooks/templates/${source}`, content })), ...extra };
}

describe('hooks', () => {
  it('runs pre/post install hooks by weight and applies each delete policy', async () => {
    const events: DeployEvent[] = [];
    const result = await deploy(
      input('hooked', ns, [
        ['cm.yaml', configMap('app-config')],
        ['pre-b.yaml', job('pre-b', { 'helm.sh/hook': 'pre-install', 'helm.sh/hook-weight': '5', 'helm.sh/hook-delete-policy': 'hook-succeeded' })],
        ['pre-a.yaml', job('pre-a', { 'helm.sh/hook': 'pre-install,pre-upgrade', 'helm.sh/hook-weight': '-5' })],
        ['pre-cm.yaml', configMap('pre-cm', 'h', { 'helm.sh/hook': 'pre-install', 'helm.sh/hook-weight': '0' })],
        ['post.yaml', job('post', { 'helm.sh/hook': 'post-install', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' })],
      ]),
      { client, timeoutMs: 120_000, emit: (e) => events.push(e) },
    );
    expect(result.status).toBe('deployed');
    const started = events.flatMap((e) => (e.type === 'hook' && e.state === 'started' ? [`${e.hookEvent} ${e.resource.name}`] : []));
    expect(started).toEqual(['pre-install pre-a', 'pre-install pre-cm', 'pre-install pre-b', 'post-install post']);
    expect(await exists(ns, 'job', 'pre-a')).toBe(true); // default before-hook-creation keeps it until the next run
    expect(await exists(ns, 'job', 'pre-b')).toBe(false); // hook-succeeded
    expect(await exists(ns, 'job', 'post')).toBe(false);
    // The hooks are recorded as Helm records them; helm reads them.
    const [record] = await new ReleaseStorage(client, { namespace: ns, type: 'secret' }).history('hooked');
    expect(record!.release.hooks!.map((h) => [h.name, h.last_run.phase])).toEqual([
      ['pre-cm', 'Succeeded'],
      ['post', 'Succeeded'],
      ['pre-a', 'Succeeded'],
      ['pre-b', 'Succeeded'],
    ]);
    const hooks = await helm(4, ['get', 'hooks', 'hooked', '-n', ns]);
    expect(hooks.stdout).toContain('name: pre-a');
  });

  it('re-runs a before-hook-creation hook on upgrade (delete, then create)', async () => {
    const before = (await kubectlJson(['-n', ns, 'get', 'job', 'pre-a'])).metadata.uid;
    await deploy(input('hooked', ns, [['cm.yaml', configMap('app-config', 'v2')], ['pre-a.yaml', job('pre-a', { 'helm.sh/hook': 'pre-install,pre-upgrade', 'helm.sh/hook-weight': '-5' })]]), { client, timeoutMs: 120_000 });
    expect((await kubectlJson(['-n', ns, 'get', 'job', 'pre-a'])).metadata.uid).not.toBe(before);
  });

  it('stops the deploy on a failing hook with the hook reason; hook-failed deletes it', async () => {
    const error = await deploy(
      input('hooked', ns, [['cm.yaml', configMap('app-config', 'v3')], ['bad.yaml', job('bad-hook', { 'helm.sh/hook': 'pre-upgrade', 'helm.sh/hook-delete-policy': 'hook-failed' }, true)]]),
      { client, timeoutMs: 120_000 },
    ).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/pre-upgrade hook failed: Job\/.*\/bad-hook failed: BackoffLimitExceeded/);
    expect(await exists(ns, 'job', 'bad-hook')).toBe(false);
    // Nothing of the upgrade was applied; the revision is failed with the reason.
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'app-config'])).data.value).toBe('v2');
    const history = JSON.parse((await helm(4, ['history', 'hooked', '-n', ns, '-o', 'json'])).stdout);
    expect(history.at(-1)).toMatchObject({ status: 'failed' });
    expect(history.at(-1).description).toContain('bad-hook failed: BackoffLimitExceeded');
  });
});

describe('failures', () => {
  it('removes what a failed first install created and records it failed', async () => {
    const error = await deploy(input('first-fail', ns, [['cm.yaml', configMap('ff-config')], ['web.yaml', deployment('ff-web', 'never-ready')]]), { client, timeoutMs: 6_000 }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/timed out waiting for release resources to become ready; not ready: Deployment\/.*\/ff-web/);
    expect(await exists(ns, 'configmap', 'ff-config')).toBe(false);
    expect(await exists(ns, 'deployment', 'ff-web')).toBe(false);
    const history = JSON.parse((await helm(4, ['history', 'first-fail', '-n', ns, '-o', 'json'])).stdout);
    expect(history).toMatchObject([{ revision: 1, status: 'failed' }]);
    // A later good install of the same release works and continues the history.
    const ok = await deploy(input('first-fail', ns, [['cm.yaml', configMap('ff-config')]]), { client, timeoutMs: 60_000 });
    expect(ok).toMatchObject({ revision: 2, status: 'deployed', operation: 'install' });
  });

  it('rolls back automatically to the last deployed revision', async () => {
    await deploy(input('auto', ns, [['cm.yaml', configMap('auto-config', 'good')], ['web.yaml', deployment('auto-web')]]), { client, timeoutMs: 60_000 });
    const error = await deploy(input('auto', ns, [['cm.yaml', configMap('auto-config', 'bad')], ['web.yaml', deployment('auto-web', 'never-ready')]]), {
      client,
      timeoutMs: 6_000,
      autoRollback: true,
      rollbackTimeoutMs: 60_000,
    }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('(rolled back to revision 1)');
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'auto-config'])).data.value).toBe('good');
    const history = JSON.parse((await helm(4, ['history', 'auto', '-n', ns, '-o', 'json'])).stdout);
    expect(history.map((h: any) => [h.revision, h.status, h.description.split(':')[0]])).toEqual([
      [1, 'superseded', 'Install complete'],
      [2, 'failed', 'Release "auto" failed'],
      [3, 'deployed', 'Rollback to 1'],
    ]);
  });

  it('records the revision failed (never pending) when interrupted by SIGTERM', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('interrupted by SIGTERM')), 1500);
    const error = await deploy(input('interrupted', ns, [['web.yaml', deployment('int-web', 'never-ready')]]), { client, timeoutMs: 60_000, signal: controller.signal, keepFailedInstall: true }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('interrupted by SIGTERM');
    const history = JSON.parse((await helm(4, ['history', 'interrupted', '-n', ns, '-o', 'json'])).stdout);
    expect(history).toMatchObject([{ revision: 1, status: 'failed' }]);
    expect(history[0].description).toContain('interrupted by SIGTERM');
    expect(await exists(ns, 'deployment', 'int-web')).toBe(true); // kept as asked
  });

  it('fails fast on a failed Job resource with its reason', async () => {
    const error = await deploy(input('jobfail', ns, [['job.yaml', job('migrate', {}, true)]]), { client, timeoutMs: 60_000 }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/Job\/.*\/migrate failed: BackoffLimitExceeded/);
  });
});

describe('CRDs and custom resources in one chart', () => {
  const crd = (group: string, kind: string, plural: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${plural}.${group}
spec:
  group: ${group}
  scope: Namespaced
  names: { kind: ${kind}, plural: ${plural}, singular: ${kind.toLowerCase()} }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`;
  const suffix = Date.now().toString(36);

  it('creates crds/ first and the custom resources after, in one deploy', async () => {
    const group = `a${suffix}.slipway.test`;
    const result = await deploy(
      input('crd-chart', ns, [['widget.yaml', `apiVersion: ${group}/v1\nkind: Widget\nmetadata:\n  name: w1\nspec:\n  size: 3\n`]], { crds: [{ source: 'hooks/crds/widgets.yaml', content: crd(group, 'Widget', 'widgets') }] }),
      { client, timeoutMs: 60_000 },
    );
    expect(result.status).toBe('deployed');
    expect((await kubectlJson(['-n', ns, 'get', `widgets.${group}`, 'w1'])).spec.size).toBe(3);
  });

  it('orders a CRD template before its custom resource by weight', async () => {
    const group = `b${suffix}.slipway.test`;
    const result = await deploy(
      input('crd-weights', ns, [
        ['gadget.yaml', `apiVersion: ${group}/v1\nkind: Gadget\nmetadata:\n  name: g1\n  annotations:\n    werf.io/weight: "10"\nspec:\n  enabled: true\n`],
        ['crd.yaml', crd(group, 'Gadget', 'gadgets')],
      ]),
      { client, timeoutMs: 60_000 },
    );
    expect(result.counts.create).toBe(2);
    expect((await kubectlJson(['-n', ns, 'get', `gadgets.${group}`, 'g1'])).spec.enabled).toBe(true);
  });
});
