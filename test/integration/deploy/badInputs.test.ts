import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../../src/core/deploy/deploy.js';
import type { DeployInput, RenderedDocument } from '../../../src/core/deploy/deployInput.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { KubeClient } from '../../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';
import { ReleaseStorage } from '../../../src/core/release/releaseStorage.js';
import { formatError } from '../../../src/core/errors/slipwayError.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';
import { testClient } from './chartFixture.js';

const client = testClient();
let ns: string;
let otherNs: string;
const release = 'catalogue';
const good = (value: string): RenderedDocument[] => [
  { source: 'cat/templates/good.yaml', content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good\ndata:\n  value: "${value}"\n` },
  {
    source: 'cat/templates/immut.yaml',
    content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: immut\nspec:\n  replicas: 1\n  selector: { matchLabels: { app: immut } }\n  template:\n    metadata: { labels: { app: immut } }\n    spec:\n      containers: [{ name: main, image: "registry.example/web:1" }]\n',
  },
];
const input = (extra: string, overrides: Partial<DeployInput> = {}): DeployInput => ({
  release,
  namespace: ns,
  chart: { metadata: { name: 'cat', version: '1.0.0', apiVersion: 'v2' } },
  config: {},
  // The good documents change too: a rejected deploy must not apply them either.
  documents: [...good('changed'), { source: 'cat/templates/bad.yaml', content: extra }],
  ...overrides,
});
const cm = (name: string, more = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${more}`;

beforeAll(async () => {
  ns = await createNamespace('badinput');
  otherNs = await createNamespace('badinput-other');
  await deploy({ release, namespace: ns, chart: { metadata: { name: 'cat', version: '1.0.0' } }, config: {}, documents: good('original') }, { client, timeoutMs: 60_000 });
  await kubectl(['-n', ns, 'create', 'configmap', 'foreign', '--from-literal=a=b']);
  await deploy({ release: 'neighbour', namespace: ns, chart: { metadata: { name: 'n', version: '1.0.0' } }, config: {}, documents: [{ source: 'n/templates/cm.yaml', content: cm('neighbours') }] }, { client, timeoutMs: 60_000 });
  // An identity that may manage ConfigMaps, Secrets and Leases in the namespace, but not Deployments.
  await kubectl(['-n', ns, 'create', 'serviceaccount', 'limited']);
  await kubectl(['-n', ns, 'create', 'role', 'limited', '--verb=get,list,watch,create,update,patch,delete', '--resource=configmaps,secrets,leases.coordination.k8s.io']);
  await kubectl(['-n', ns, 'create', 'rolebinding', 'limited', '--role=limited', `--serviceaccount=${ns}:limited`]);
});
afterAll(async () => {
  client.close();
  await deleteNamespace(ns);
  await deleteNamespace(otherNs);
});

async function limitedKubeconfigBase64(): Promise<{ data: string; token: string }> {
  const token = (await kubectl(['-n', ns, 'create', 'token', 'limited'])).trim();
  const current = JSON.parse(await kubectl(['config', 'view', '--raw', '--minify', '-o', 'json']));
  const cluster = current.clusters[0];
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'bed', cluster: cluster.cluster }],
    users: [{ name: 'limited', user: { token } }],
    contexts: [{ name: 'limited', context: { cluster: 'bed', user: 'limited', namespace: ns } }],
    'current-context': 'limited',
  };
  return { data: Buffer.from(JSON.stringify(config)).toString('base64'), token };
}

interface Case {
  name: string;
  input?: () => DeployInput;
  run?: () => Promise<unknown>;
  message: RegExp;
  where?: 'file' | 'resource' | 'input';
  secret?: string;
}

const longName = 'x'.repeat(254);
const cases: Case[] = [
  { name: 'invalid YAML', input: () => input('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n'), message: /invalid YAML/, where: 'file' },
  { name: 'a document that is a list', input: () => input('- a\n- b\n'), message: /not a mapping/, where: 'file' },
  { name: 'no apiVersion', input: () => input('kind: ConfigMap\nmetadata:\n  name: x\n'), message: /has no apiVersion/, where: 'file' },
  { name: 'no kind', input: () => input('apiVersion: v1\nmetadata:\n  name: x\n'), message: /has no kind/, where: 'file' },
  { name: 'no name', input: () => input('apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n'), message: /has no metadata.name/, where: 'file' },
  { name: 'unknown kind in a known group', input: () => input('apiVersion: v1\nkind: Gizmo\nmetadata:\n  name: x\n'), message: /does not know kind Gizmo in v1/, where: 'resource' },
  { name: 'unknown group', input: () => input('apiVersion: nothing.example.com/v1\nkind: Widget\nmetadata:\n  name: x\n'), message: /does not know kind Widget in nothing.example.com\/v1/, where: 'resource' },
  { name: 'cluster-scoped kind with a namespace', input: () => input('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: x-cat\n  namespace: somewhere\nrules: []\n'), message: /cluster-scoped but sets metadata.namespace: somewhere/, where: 'resource' },
  { name: 'namespace that does not exist', input: () => input(cm('x', '  namespace: no-such-namespace-here\n').replace('metadata:\n  name: x\n', 'metadata:\n  name: x\n')), message: /names namespace no-such-namespace-here, which does not exist/, where: 'resource' },
  { name: 'name longer than 253', input: () => input(cm(longName)), message: /is 254 characters long/, where: 'file' },
  { name: 'name with capitals', input: () => input(cm('Bad_Name')), message: /ConfigMap\/.*\/Bad_Name is invalid/, where: 'resource' },
  { name: 'Service name over 63 characters', input: () => input(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${'s'.repeat(64)}\nspec:\n  ports: [{ port: 80 }]\n`), message: /is invalid/, where: 'resource' },
  { name: 'label value that is a number', input: () => input(cm('x', '  labels:\n    tier: 3\n')), message: /labels tier of ConfigMap\/x is not a string/, where: 'file' },
  { name: 'unknown field (strict validation)', input: () => input('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: typo\nspec:\n  replicaz: 2\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers: [{ name: m, image: i }]\n'), message: /Deployment\/.*\/typo is invalid: .spec.replicaz: field not declared in schema/, where: 'resource' },
  { name: 'wrong field type', input: () => input('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: wrongtype\nspec:\n  replicas: two\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers: [{ name: m, image: i }]\n'), message: /Deployment\/.*\/wrongtype is invalid/, where: 'resource' },
  { name: 'the same object twice', input: () => input(cm('good')), message: /ConfigMap\/.*\/good is rendered twice/, where: 'file' },
  { name: 'an existing object owned by nobody', input: () => input(cm('foreign')), message: /ConfigMap\/.*\/foreign already exists and is not part of release catalogue: label app.kubernetes.io\/managed-by is missing/, where: 'resource' },
  { name: 'an object owned by another release', input: () => input(cm('neighbours')), message: /already exists and is not part of release catalogue: .*it belongs to release "neighbour"/, where: 'resource' },
  {
    name: 'an immutable field change',
    input: () => ({ ...input(cm('harmless')), documents: [good('changed')[0]!, { ...good('x')[1]!, content: good('x')[1]!.content.replaceAll('app: immut', 'app: immut2') }] }),
    message: /Deployment\/.*\/immut cannot be updated: .*field is immutable/,
    where: 'resource',
  },
  { name: 'an invalid release name', input: () => input(cm('x'), { release: 'Bad_Release' }), message: /release name "Bad_Release" is invalid/, where: 'input' },
  { name: 'a release name over 53 characters', input: () => input(cm('x'), { release: 'r'.repeat(54) }), message: /release name "r+" is invalid/, where: 'input' },
  { name: 'an invalid namespace name', input: () => input(cm('x'), { namespace: 'No_Such' }), message: /namespace "No_Such" is invalid/, where: 'input' },
  { name: 'a weight that is not a number', input: () => input(cm('x', '  annotations:\n    werf.io/weight: heavy\n')), message: /werf.io\/weight "heavy" is not an integer/, where: 'file' },
  { name: 'a malformed deploy dependency', input: () => input(cm('x', '  annotations:\n    werf.io/deploy-dependency-db: "state=maybe,kind=Deployment"\n')), message: /werf.io\/deploy-dependency-db must name kind and name and state present\|ready/, where: 'file' },
  {
    name: 'a Secret with invalid data never echoes the value',
    input: () => input('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: "not base64 hunter2!"\n'),
    message: /Secret|invalid|base64/i,
    secret: 'hunter2',
  },
  {
    name: 'forbidden by RBAC (token never shown)',
    run: async () => {
      const { data, token } = await limitedKubeconfigBase64();
      const limited = new KubeClient(loadKubeConfig({ kubeconfigBase64: data }));
      try {
        await deploy(input('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rbac-probe\n'), { client: limited, timeoutMs: 30_000 });
      } catch (error) {
        expect(formatError(error)).not.toContain(token);
        throw error;
      } finally {
        limited.close();
      }
    },
    message: /not allowed to apply Deployment\/.*\/immut: .*cannot get resource "deployments"/,
    where: 'resource',
  },
  {
    name: 'an unreachable cluster',
    run: async () => {
      const current = JSON.parse(await kubectl(['config', 'view', '--raw', '--minify', '-o', 'json']));
      current.clusters[0].cluster.server = 'https://127.0.0.1:1';
      const unreachable = new KubeClient(loadKubeConfig({ kubeconfigBase64: Buffer.from(JSON.stringify(current)).toString('base64') }), { retryForMs: 500 });
      try {
        await deploy(input(cm('x')), { client: unreachable, timeoutMs: 10_000 });
      } finally {
        unreachable.close();
      }
    },
    message: /deploying release catalogue: cannot reach the Kubernetes API at https:\/\/127.0.0.1:1 \(ECONNREFUSED\)/,
    where: 'input',
  },
  { name: 'a kube context that does not exist', run: async () => loadKubeConfig({ context: 'staging-eu' }), message: /kube context "staging-eu" does not exist in the kubeconfig/, where: 'input' },
  { name: 'base64 kubeconfig data that is not a kubeconfig', run: async () => loadKubeConfig({ kubeconfigBase64: Buffer.from('hello: [').toString('base64') }), message: /base64 kubeconfig data is not a kubeconfig|has no contexts/, where: 'input' },
  { name: 'a kubeconfig file that does not exist', run: async () => loadKubeConfig({ kubeconfigPath: '/nonexistent/kubeconfig' }), message: /kubeconfig file \/nonexistent\/kubeconfig does not exist/, where: 'input' },
  { name: 'a hook of an unknown kind', input: () => input('apiVersion: v1\nkind: Gizmo\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: pre-upgrade\n'), message: /pre-upgrade|Gizmo/ },
];

describe('bad inputs: a clear error each, cluster and history unchanged', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name', async (c) => {
    const storage = new ReleaseStorage(client, { namespace: ns, type: 'secret' });
    const before = (await storage.history(release)).map((h) => [h.release.version, h.release.info.status]);
    const error = await (c.run ? c.run() : deploy(c.input!(), { client, timeoutMs: 30_000 })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'must fail').toBeInstanceOf(SlipwayError);
    const text = formatError(error);
    expect(text).toMatch(c.message);
    if (c.where) expect((error as SlipwayError).where[c.where], `names the ${c.where}`).toBeTruthy();
    expect((error as SlipwayError).hint, 'says what to do').toBeTruthy();
    if (c.secret) expect(text).not.toContain(c.secret);
    const after = (await storage.history(release)).map((h) => [h.release.version, h.release.info.status]);
    // Unchanged, or consistently failed: a new revision may only be a failed one, nothing left pending.
    expect(after.slice(0, before.length)).toEqual(before);
    for (const [, status] of after.slice(before.length)) expect(status).toBe('failed');
    expect((await kubectlJson(['-n', ns, 'get', 'configmap', 'good'])).data.value).toBe('original');
    expect((await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', ns, 'get', 'configmap', 'x'])).code).not.toBe(0);
  });
});
