/**
 * A werf project converges with slipway unchanged: werf.yaml, a `.helm` chart using `werf_image` and werf v1.1
 * and v2 service values, secret values and a secret file encrypted with a werf key. The Deployment runs the
 * image slipway built; the decrypted secret reaches the Secret object and never the output. Bad inputs
 * (unknown image, wrong key, corrupt secret value, corrupt Tiller record) fail clearly and change nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { encryptWerfSecret, generateWerfSecretKey } from '../../../src/core/werf/werfSecret.js';
import { createNamespace, deleteNamespace, kubectl, kubectlJson, run, testbedVar } from '../../support/testbedEnv.js';
import { tillerConfigMap } from '../../support/tillerRecordWriter.js';

const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const env = `e${id}`;
const namespace = `werf-shop-${env}`;
const release = `werf-shop-${env}`;
const key = generateWerfSecretKey();
const password = `pw-${id}-s3cret`;
const tlsKey = `-----BEGIN PRIVATE KEY-----\nMII${id}\n-----END PRIVATE KEY-----\n`;
const registry = testbedVar('SLIPWAY_TEST_REGISTRY');
const repo = `${registry}/werf-${id}/shop`;
let dir: string;
let stdout = '';
let stderr = '';
const originalCwd = process.cwd();
const cleanup: string[] = [namespace];

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
async function cli(...argv: string[]): Promise<number> {
  stdout = '';
  stderr = '';
  return runCli(argv);
}

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
  annotations:
    v1-image: {{ .Values.global.werf.image.backend.docker_image | quote }}
    v2-ref: {{ .Values.global.werf.images.backend.ref_tag | quote }}
    env: "{{ .Values.werf.env }}/{{ .Values.global.env }}"
    namespace: "{{ .Values.werf.namespace }}/{{ .Values.global.namespace }}"
    project: {{ .Values.werf.name | quote }}
    commit: {{ .Values.werf.commit.hash | quote }}
spec:
  replicas: 1
  selector: { matchLabels: { app: backend } }
  template:
    metadata: { labels: { app: backend } }
    spec:
      containers:
        - name: main
          image: {{ ${image} }}
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werf-project-'));
  write('werf.yaml', `project: shop\nconfigVersion: 1\ndeploy:\n  namespace: werf-shop-[[ env ]]\n  helmRelease: werf-shop-[[ env ]]\n---\nimage: backend\ncontext: backend\ndockerfile: Dockerfile\n`);
  write('backend/Dockerfile', `FROM ${registry}/base/busybox:latest\nCOPY . /app\n`);
  write('backend/main.txt', `backend ${id}\n`);
  write('.helm/Chart.yaml', 'apiVersion: v2\nname: shop\nversion: 0.1.0\n');
  write('.helm/templates/backend.yaml', deployment('tuple "backend" . | werf_image'));
  write('.helm/templates/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: {{ .Values.db.password | quote }}\ndata:\n  tls.key: {{ werf_secret_file "tls.key" | b64enc }}\n');
  write('.helm/secret-values.yaml', `db:\n  password: ${encryptWerfSecret(key, Buffer.from(password))}\n`);
  write('.helm/secret/tls.key', `${encryptWerfSecret(key, Buffer.from(tlsKey))}\n`);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'werf project');
  process.chdir(dir);
  process.env.WERF_SECRET_KEY = key;
});
afterAll(async () => {
  process.chdir(originalCwd);
  delete process.env.WERF_SECRET_KEY;
  for (const n of cleanup) await deleteNamespace(n);
});
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return () => vi.restoreAllMocks();
});

const revisions = async (ns: string, name: string) => (await kubectlJson(['-n', ns, 'get', 'secrets', '-l', `owner=helm,name=${name}`])).items.length;

describe('a werf project converges unchanged', () => {
  it('werf_image is the built image, v1.1 and v2 service values are set, secrets decrypted into the Secret and never printed', async () => {
    const code = await cli('converge', '--env', env, '--repo', repo, '--timeout', '120s');
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    const d = await kubectlJson(['-n', namespace, 'get', 'deployment', 'backend']);
    const image = d.spec.template.spec.containers[0].image as string;
    expect(image.startsWith(`${repo}:`)).toBe(true);
    const [digestRef] = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().split('\n');
    expect(d.metadata.annotations).toMatchObject({ 'v1-image': image, 'v2-ref': image, env: `${env}/${env}`, namespace: `${namespace}/${namespace}`, project: 'shop', commit: digestRef });
    const secret = await kubectlJson(['-n', namespace, 'get', 'secret', 'db']);
    expect(Buffer.from(secret.data.password, 'base64').toString()).toBe(password);
    expect(Buffer.from(secret.data['tls.key'], 'base64').toString()).toBe(tlsKey);
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(`MII${id}`);
    }
    expect(await revisions(namespace, release)).toBe(1);
  });

  it('an unknown image fails at the template line naming the known images; nothing changes', async () => {
    write('.helm/templates/backend.yaml', deployment('tuple "bakend" . | werf_image'));
    try {
      expect(await cli('converge', '--env', env, '--repo', repo, '--dev', '--timeout', '60s')).not.toBe(0);
    } finally {
      git('checkout', '--', '.helm');
    }
    expect(`${stdout}${stderr}`).toContain("Unknown image 'bakend' specified for template (the project's images: backend)");
    expect(`${stdout}${stderr}`).toMatch(/shop\/templates\/backend\.yaml:20:39/);
    expect(await revisions(namespace, release)).toBe(1);
  });

  it('a wrong key and a corrupt secret value fail naming the file and value path; nothing changes', async () => {
    process.env.WERF_SECRET_KEY = generateWerfSecretKey();
    try {
      expect(await cli('converge', '--env', env, '--repo', repo, '--timeout', '60s')).not.toBe(0);
    } finally {
      process.env.WERF_SECRET_KEY = key;
    }
    expect(`${stdout}${stderr}`).toContain('cannot decrypt .helm/secret-values.yaml at db.password: the value does not decrypt with this key');
    write('.helm/secret-values.yaml', `db:\n  password: 1000zz${encryptWerfSecret(key, Buffer.from(password)).slice(6)}\n`);
    try {
      expect(await cli('converge', '--env', env, '--repo', repo, '--dev', '--timeout', '60s')).not.toBe(0);
    } finally {
      git('checkout', '--', '.helm');
    }
    expect(`${stdout}${stderr}`).toContain('cannot decrypt .helm/secret-values.yaml at db.password: the value is not a werf secret');
    expect(await revisions(namespace, release)).toBe(1);
    expect(Buffer.from((await kubectlJson(['-n', namespace, 'get', 'secret', 'db'])).data.password, 'base64').toString()).toBe(password);
  });

  it('a corrupt Tiller record of a release to converge fails clearly before anything is written', async () => {
    const tiller = await createNamespace('werf-tiller');
    cleanup.push(tiller);
    const env2 = `t${id}`;
    const release2 = `werf-shop-${env2}`;
    const record = tillerConfigMap({ name: release2, namespace: `werf-shop-${env2}`, version: 1, status: 1, description: '', manifest: '', chart: { name: 'shop', version: '0.1.0', templates: {}, values: '' }, config: '', deployedSeconds: 1 }, Buffer.from('corrupt').toString('base64'));
    await kubectl(['-n', tiller, 'create', '-f', '-'], JSON.stringify(record));
    expect(await cli('converge', '--env', env2, '--repo', repo, '--helm2-storage-namespace', tiller, '--timeout', '60s')).not.toBe(0);
    expect(`${stdout}${stderr}`).toContain(`Helm 2 release record ConfigMap ${tiller}/${release2}.v1 cannot be decoded`);
    const ns2 = await run(testbedVar('SLIPWAY_KUBECTL'), ['get', 'namespace', `werf-shop-${env2}`]);
    cleanup.push(`werf-shop-${env2}`);
    if (ns2.code === 0) expect(await revisions(`werf-shop-${env2}`, release2)).toBe(0);
  });

  it('a Helm 2 release is converted on converge, then upgraded: helm v4 sees both revisions; the Helm 2 object no longer in the chart is deleted', async () => {
    const tiller = await createNamespace('werf-tiller');
    cleanup.push(tiller);
    const env3 = `h${id}`;
    const ns3 = `werf-shop-${env3}`;
    const release3 = `werf-shop-${env3}`;
    cleanup.push(ns3);
    await kubectl(['create', 'namespace', ns3]);
    const legacy = '---\n# Source: shop/templates/legacy.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\ndata:\n  from: helm2\n';
    await kubectl(['-n', ns3, 'apply', '-f', '-'], legacy);
    const record = tillerConfigMap({ name: release3, namespace: ns3, version: 1, status: 1, description: 'Install complete', manifest: legacy, chart: { name: 'shop', version: '0.0.9', templates: { 'templates/legacy.yaml': 'x' }, values: '' }, config: '', deployedSeconds: 1_600_000_000 });
    await kubectl(['-n', tiller, 'create', '-f', '-'], JSON.stringify(record));

    // The preview first: nothing written.
    expect(await cli('releases', 'migrate2to3', release3, '--helm2-storage-namespace', tiller, '--dry-run'), stderr).toBe(0);
    expect(stdout).toContain(`dry run: 1 revision(s) would be written to ${ns3}`);
    expect(await revisions(ns3, release3)).toBe(0);

    const code = await cli('converge', '--env', env3, '--repo', repo, '--helm2-storage-namespace', tiller, '--timeout', '120s');
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    const { helm } = await import('../deploy/chartFixture.js');
    const history = JSON.parse((await helm(4, ['history', release3, '-n', ns3, '-o', 'json'])).stdout);
    expect(history).toMatchObject([
      { revision: 1, status: 'superseded', chart: 'shop-0.0.9', description: 'Install complete' },
      { revision: 2, status: 'deployed', chart: 'shop-0.1.0' },
    ]);
    expect((await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', ns3, 'get', 'configmap', 'legacy'])).code).not.toBe(0);
    expect((await kubectlJson(['-n', tiller, 'get', 'configmaps', '-l', `OWNER=TILLER,NAME=${release3}`])).items).toHaveLength(1);
  });
});
