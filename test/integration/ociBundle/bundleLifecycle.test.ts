import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepository, testRegistry, uniqueName } from '../build/buildFixture.js';
import { startRegistry } from '../build/registryProcess.js';
import { writeChart } from '../deploy/chartFixture.js';
import { deleteNamespace } from '../../support/testbedEnv.js';
import { cli, deploymentImage, emptyDirectory, filesOf, helm, inDirectory, manifestDigest, registryTags, releaseRecords } from './bundleFixture.js';
import { openBundleRepository } from '../../../src/core/bundle/bundleRepository.js';
import { resolveBundleTag } from '../../../src/core/bundle/bundleArtifact.js';

const registry = testRegistry();
const id = uniqueName('bundle');
const path = `${id}/app`;
const repo = `${registry}/${path}`;
const namespaces: string[] = [];
const ns = (suffix: string) => {
  const name = `${id}-${suffix}`;
  namespaces.push(name);
  return name;
};
let project: TestRepository;
let published: { digest: string; image: string };

const chartFiles: Record<string, string> = {
  '.helm/Chart.yaml': 'apiVersion: v2\nname: bundle-app\nversion: 0.3.0\ndescription: bundle test app\nmaintainers:\n  - name: Ann\n    email: ann@example.com\n',
  '.helm/values.yaml': '# defaults\ngreeting: hello\nreplicas: 1\n',
  '.helm/templates/web.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers: [{ name: main, image: {{ .Values.slipway.image.web | quote }} }]\n',
  '.helm/templates/config.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\ndata:\n  greeting: {{ .Values.greeting | quote }}\n  env: {{ .Values.slipway.env | default "none" | quote }}\n  release: {{ (.Values.slipway.release | default "helm") | quote }}\n',
  '.helm/.helmignore': '*.swp\n',
  '.helm/notes.swp': 'ignored\n',
};

beforeAll(() => {
  project = new TestRepository();
  project.commit({
    'slipway.yaml': `project: bundleit\nimages:\n  web:\n    context: web\ndeploy:\n  chart: .helm\n`,
    'web/Dockerfile': `FROM ${registry}/base/busybox:latest\nCOPY . /app\nRUN echo ${id} > /id\n`,
    'web/index.html': 'v1\n',
    ...chartFiles,
  });
});
afterAll(async () => {
  for (const name of namespaces) await deleteNamespace(name);
  project?.remove();
});

describe('slipway bundle publish → helm pull / helm install', () => {
  it('publishes a Helm OCI chart with the image references baked in; the same commit gives the same digest', async () => {
    const first = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', repo, '--tag', '1.0.0', '--env', 'staging'));
    expect(first.code, first.stderr).toBe(0);
    const digest = /published \S+@(sha256:[0-9a-f]{64})/.exec(first.stdout)?.[1];
    expect(digest).toBeDefined();
    const again = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', repo, '--tag', '1.0.0', '--env', 'staging', '--skip-build'));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`@${digest}`);
    expect(await manifestDigest(registry, path, '1.0.0')).toBe(digest);
    // The image reference is read from the pulled values in the next test.
    published = { digest: digest!, image: '' };
  });

  it('helm pull oci:// gets the same digest and the chart files unchanged (values.yaml with the baked values)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-pull-'));
    const pulled = await helm(4, ['pull', `oci://${repo}`, '--version', '1.0.0', '--plain-http', '--untar', '-d', dir]);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout + pulled.stderr).toContain(`Digest: ${published.digest}`);
    const files = filesOf(join(dir, 'bundle-app'));
    // .helmignore'd files are left out, as helm package leaves them out; every other file is byte-identical.
    expect(Object.keys(files).sort()).toEqual(['.helmignore', 'Chart.yaml', 'templates/config.yaml', 'templates/web.yaml', 'values.yaml']);
    for (const name of ['.helmignore', 'Chart.yaml', 'templates/config.yaml', 'templates/web.yaml']) expect(files[name]).toBe(chartFiles[`.helm/${name}`]);
    const values = files['values.yaml']!;
    expect(values).toContain('greeting: hello');
    expect(values).toMatch(new RegExp(`web: ${repo.replace(/[.]/g, '\\.')}:web-[0-9a-f]+\\n`));
    published.image = new RegExp(`web: (${repo.replace(/[.]/g, '\\.')}:\\S+)`).exec(values)![1]!;
    expect(values).toContain('env: staging');
    // The image the chart names exists in the registry.
    expect(await manifestDigest(registry, path, published.image.split(':').pop()!)).toMatch(/^sha256:/);
  });

  it('helm install oci:// deploys it with the baked image reference', async () => {
    const namespace = ns('helm');
    const installed = await helm(4, ['install', 'bundle-helm', `oci://${repo}`, '--version', '1.0.0', '--plain-http', '-n', namespace, '--create-namespace']);
    expect(installed.code, installed.stderr).toBe(0);
    expect(await deploymentImage(namespace, 'web')).toBe(published.image);
  });
});

describe('slipway bundle apply (no repository around)', () => {
  it('deploys in an empty directory with the baked images; helm v3 and v4 list the release; a second apply writes nothing', async () => {
    const namespace = ns('apply');
    const dir = emptyDirectory();
    const first = await inDirectory(dir, () => cli('bundle', 'apply', '--repo', repo, '--tag', '1.0.0', '--release', 'bundle-app', '-n', namespace, '--set', 'greeting=applied', '--add-label', 'team=bundles'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`bundle ${repo}:1.0.0@${published.digest}`);
    expect(first.stdout).toContain('release bundle-app revision 1 deployed');
    expect(await deploymentImage(namespace, 'web')).toBe(published.image);
    const config = JSON.parse(execFileSync(process.env.SLIPWAY_KUBECTL!, ['-n', namespace, 'get', 'configmap', 'config', '-o', 'json'], { encoding: 'utf8' }));
    expect(config.data).toEqual({ greeting: 'applied', env: 'staging', release: 'bundle-app' });
    expect(config.metadata.labels.team).toBe('bundles');
    for (const version of [3, 4] as const) {
      const list = await helm(version, ['list', '-n', namespace, '-o', 'json']);
      expect(JSON.parse(list.stdout)).toMatchObject([{ name: 'bundle-app', revision: '1', status: 'deployed', chart: 'bundle-app-0.3.0' }]);
    }
    const second = await inDirectory(dir, () => cli('bundle', 'apply', '--repo', repo, '--tag', '1.0.0', '--release', 'bundle-app', '-n', namespace, '--set', 'greeting=applied', '--add-label', 'team=bundles'));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/revision 2 deployed .*: 0 created, 0 updated, 0 recreated, 0 deleted, 2 unchanged; 0 resource writes/);
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('picks the newest tag a semver constraint allows, among several', async () => {
    for (const [tag, greeting] of [['1.1.0', 'v110'], ['1.2.0-rc.1', 'rc'], ['2.0.0', 'v200']]) {
      const result = await inDirectory(project.dir, () => cli('bundle', 'publish', '--repo', repo, '--tag', tag!, '--skip-build', '--set', `greeting=${greeting}`));
      expect(result.code, result.stderr).toBe(0);
    }
    const store = await openBundleRepository(repo, {}, { input: '--repo' });
    expect(await resolveBundleTag(store, '^1')).toBe('1.1.0');
    expect(await resolveBundleTag(store, '~1.0')).toBe('1.0.0');
    expect(await resolveBundleTag(store, '>=1.2.0-0 <2')).toBe('1.2.0-rc.1');
    expect(await resolveBundleTag(store, '*')).toBe('2.0.0');
    const rendered = await inDirectory(emptyDirectory(), () => cli('bundle', 'render', '--repo', repo, '--tag', '^1', '--release', 'r1', '-n', 'bundle-render'));
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(rendered.stdout).toContain('greeting: "v110"');
    expect(rendered.stdout).toContain('# Source: bundle-app/templates/web.yaml');
    expect(rendered.stdout).toContain(`image: "${published.image}"`);
  });

  it('deploys a chart pushed by helm push', async () => {
    const chart = writeChart({ 'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pushed\ndata:\n  from: {{ .Values.from | quote }}\n', 'values.yaml': 'from: helm\n' }, 'bundle-pushed');
    const out = mkdtempSync(join(tmpdir(), 'bundle-pkg-'));
    expect((await helm(4, ['package', chart, '-d', out])).code).toBe(0);
    const pushed = await helm(4, ['push', join(out, 'bundle-pushed-0.1.0.tgz'), `oci://${registry}/${id}/charts`, '--plain-http']);
    expect(pushed.code, pushed.stderr).toBe(0);
    const namespace = ns('pushed');
    const applied = await inDirectory(emptyDirectory(), () => cli('bundle', 'apply', '--repo', `${registry}/${id}/charts/bundle-pushed`, '--tag', '0.1.0', '--release', 'pushed', '-n', namespace));
    expect(applied.code, applied.stderr).toBe(0);
    const list = await helm(4, ['list', '-n', namespace, '-o', 'json']);
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: 'pushed', chart: 'bundle-pushed-0.1.0', status: 'deployed' }]);
  });

  it('tracks and reports as converge does: a crashlooping pod fails it in seconds, named with its template line, in the log and the JSON report', async () => {
    const chart = writeChart(
      {
        'templates/web.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: crash\nspec:\n  replicas: 1\n  selector: { matchLabels: { app: crash } }\n  template:\n    metadata: { labels: { app: crash, slipway.test/fail: crashloop } }\n    spec:\n      containers: [{ name: main, image: "registry.example/crash:1" }]\n',
      },
      'bundle-crash',
    );
    const out = mkdtempSync(join(tmpdir(), 'bundle-pkg-'));
    expect((await helm(4, ['package', chart, '-d', out])).code).toBe(0);
    expect((await helm(4, ['push', join(out, 'bundle-crash-0.1.0.tgz'), `oci://${registry}/${id}/charts`, '--plain-http'])).code).toBe(0);
    const namespace = ns('crash');
    const dir = emptyDirectory();
    const reportPath = join(dir, 'report.json');
    const started = Date.now();
    const applied = await inDirectory(dir, () => cli('bundle', 'apply', '--repo', `${registry}/${id}/charts/bundle-crash`, '--tag', '0.1.0', '--release', 'crash', '-n', namespace, '--timeout', '120s', '--report-path', reportPath));
    const seconds = (Date.now() - started) / 1000;
    expect(applied.code).not.toBe(0);
    expect(seconds).toBeLessThan(60); // the reason ends it, not the 120 s timeout
    expect(applied.stdout).toContain('CrashLoopBackOff');
    expect(applied.stdout).toContain('bundle-crash/templates/web.yaml:1');
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const failed = report.resources.find((r: { id: { kind: string; name: string } }) => r.id.kind === 'Deployment' && r.id.name === 'crash');
    expect(failed.status.state).toBe('failed');
    expect(JSON.stringify(report.failures)).toContain('CrashLoopBackOff');
  });
});

describe('slipway bundle copy', () => {
  it('to an archive and back gives the same digest; with images, the archive carries them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-archive-'));
    const archive = join(dir, 'bundle.tgz');
    const out = await cli('bundle', 'copy', '--from', repo, '--to', `archive:${archive}`, '--tag', '1.0.0');
    expect(out.code, out.stderr).toBe(0);
    const back = await cli('bundle', 'copy', '--from', `archive:${archive}`, '--to', `${registry}/${id}/restored`, '--tag', '1.0.0');
    expect(back.code, back.stderr).toBe(0);
    expect(await manifestDigest(registry, `${id}/restored`, '1.0.0')).toBe(published.digest);
    // The same bundle written twice gives the same archive bytes.
    const again = join(dir, 'again.tgz');
    expect((await cli('bundle', 'copy', '--from', repo, '--to', `archive:${again}`, '--tag', '1.0.0')).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(archive))).toBe(true);

    const withImages = join(dir, 'with-images.tgz');
    expect((await cli('bundle', 'copy', '--from', repo, '--to', `archive:${withImages}`, '--tag', '1.0.0', '--with-images')).code).toBe(0);
    const moved = await cli('bundle', 'copy', '--from', `archive:${withImages}`, '--to', `${registry}/${id}/offline`, '--tag', '1.0.0', '--with-images');
    expect(moved.code, moved.stderr).toBe(0);
    const tag = published.image.split(':').pop()!;
    expect(await manifestDigest(registry, `${id}/offline`, tag)).toBe(await manifestDigest(registry, path, tag));
    const rendered = await cli('bundle', 'render', '--repo', `${registry}/${id}/offline`, '--tag', '1.0.0');
    expect(rendered.stdout).toContain(`image: "${registry}/${id}/offline:${tag}"`);
  });

  it('between two registries, with the images by digest', async () => {
    const second = await startRegistry('');
    try {
      const target = `${second.host}/${id}/prod`;
      const copied = await cli('bundle', 'copy', '--from', repo, '--to', target, '--tag', '^1', '--with-images');
      expect(copied.code, copied.stderr).toBe(0);
      expect(copied.stdout).toContain(`copied ${repo}:1.1.0`);
      const tag = published.image.split(':').pop()!;
      expect(await manifestDigest(second.host, `${id}/prod`, tag)).toBe(await manifestDigest(registry, path, tag));
      expect(await registryTags(second.host, `${id}/prod`)).toEqual(expect.arrayContaining(['1.1.0', tag]));
      const rendered = await cli('bundle', 'render', '--repo', target, '--tag', '1.1.0');
      expect(rendered.code, rendered.stderr).toBe(0);
      expect(rendered.stdout).toContain(`image: "${target}:${tag}"`);
      expect(rendered.stdout).toContain('greeting: "v110"');
      // Without images the copy is byte for byte.
      const plain = await cli('bundle', 'copy', '--from', repo, '--to', `${second.host}/${id}/plain`, '--tag', '2.0.0');
      expect(plain.code, plain.stderr).toBe(0);
      expect(await manifestDigest(second.host, `${id}/plain`, '2.0.0')).toBe(await manifestDigest(registry, path, '2.0.0'));
    } finally {
      await second.stop();
    }
  });
});
