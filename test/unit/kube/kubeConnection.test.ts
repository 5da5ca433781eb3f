import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';
import { boundedParallel } from '../../../src/core/kube/boundedParallel.js';
import { resourcePath } from '../../../src/core/kube/restMapper.js';
import { formatError } from '../../../src/core/errors/slipwayError.js';

const kubeconfig = (token: string) => `apiVersion: v1
kind: Config
clusters:
  - name: a
    cluster: { server: "https://a.example:6443" }
  - name: b
    cluster: { server: "https://b.example:6443" }
users:
  - name: u
    user: { token: "${token}" }
contexts:
  - name: staging
    context: { cluster: a, user: u, namespace: shop }
  - name: production
    context: { cluster: b, user: u }
current-context: staging
`;

describe('kubeconfig loading', () => {
  it('reads a file, picks the context and its namespace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kc-')), 'config');
    writeFileSync(file, kubeconfig('s3cr3t'));
    expect(loadKubeConfig({ kubeconfigPath: file }).getCurrentCluster()?.server).toBe('https://a.example:6443');
    expect(loadKubeConfig({ kubeconfigPath: file, context: 'production' }).getCurrentCluster()?.server).toBe('https://b.example:6443');
  });

  it('reads base64 data and $KUBECONFIG', () => {
    const config = loadKubeConfig({ kubeconfigBase64: Buffer.from(kubeconfig('t')).toString('base64'), context: 'production' });
    expect(config.getCurrentContext()).toBe('production');
    const file = join(mkdtempSync(join(tmpdir(), 'kc-')), 'config');
    writeFileSync(file, kubeconfig('t'));
    expect(loadKubeConfig({}, { KUBECONFIG: `/missing:${file}` }).getCurrentContext()).toBe('staging');
  });

  it('names the flag and never prints credentials', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kc-')), 'config');
    writeFileSync(file, kubeconfig('s3cr3t-token'));
    try {
      loadKubeConfig({ kubeconfigPath: file, context: 'nope' });
      expect.unreachable();
    } catch (error) {
      const text = formatError(error);
      expect(text).toContain('flag --kube-context: kube context "nope" does not exist in the kubeconfig');
      expect(text).toContain('known contexts: staging, production');
      expect(text).not.toContain('s3cr3t');
    }
    expect(() => loadKubeConfig({}, {})).toThrow(/no Kubernetes configuration found/);
  });
});

describe('kube plumbing', () => {
  it('runs at most `limit` at once and keeps order', async () => {
    let running = 0;
    let peak = 0;
    const out = await boundedParallel([1, 2, 3, 4, 5, 6], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12]);
    expect(peak).toBe(2);
  });

  it('builds REST paths for namespaced and cluster-scoped kinds', () => {
    expect(resourcePath({ group: 'apps', version: 'v1', kind: 'Deployment', resource: 'deployments', namespaced: true }, 'shop', 'web')).toBe('/apis/apps/v1/namespaces/shop/deployments/web');
    expect(resourcePath({ group: '', version: 'v1', kind: 'Namespace', resource: 'namespaces', namespaced: false }, 'shop', 'shop')).toBe('/api/v1/namespaces/shop');
  });
});
