import { describe, expect, it } from 'vitest';
import { chartConfigBlob, chartLayerOf, chartManifestBlob, chartOciAnnotations, descriptorOf, helmChartLayerMediaType, helmConfigMediaType } from '../../../src/core/bundle/helmOciArtifact.js';

describe('Helm OCI chart artifact', () => {
  it('derives the annotations as Helm generateOCIAnnotations (chart annotations never override title/version)', () => {
    const annotations = chartOciAnnotations(
      {
        name: 'shop',
        version: '1.2.3',
        description: 'The shop',
        home: 'https://shop.example',
        sources: ['https://git.example/shop', 'https://mirror'],
        maintainers: [{ name: 'Ann', email: 'ann@example.com' }, { name: 'Bob' }],
        annotations: { 'org.opencontainers.image.title': 'evil', team: 'payments' },
      },
      '2026-01-02T03:04:05Z',
    );
    expect(annotations).toEqual({
      'org.opencontainers.image.description': 'The shop',
      'org.opencontainers.image.title': 'shop',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.url': 'https://shop.example',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      'org.opencontainers.image.source': 'https://git.example/shop',
      'org.opencontainers.image.authors': 'Ann (ann@example.com), Bob',
      team: 'payments',
    });
    expect(chartOciAnnotations({ name: 'x', version: '1', description: '  ' }, '')).toEqual({ 'org.opencontainers.image.title': 'x', 'org.opencontainers.image.version': '1' });
  });

  it('writes the config as Go marshals chart.Metadata and the manifest as ocispec.Manifest (no mediaType field)', () => {
    expect(chartConfigBlob({ version: '0.1.0', apiVersion: 'v2', name: 'demo', description: 'Demo & <test>' }).toString()).toBe(
      '{"name":"demo","version":"0.1.0","description":"Demo \\u0026 \\u003ctest\\u003e","apiVersion":"v2"}',
    );
    const manifest = chartManifestBlob(descriptorOf(helmConfigMediaType, Buffer.from('{}')), [descriptorOf(helmChartLayerMediaType, Buffer.from('x'))], { b: '2', a: '1' });
    expect(manifest.toString()).toBe(
      '{"schemaVersion":2,"config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},' +
        '"layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881","size":1}],"annotations":{"a":"1","b":"2"}}',
    );
  });

  it.each([
    [{ schemaVersion: 2, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:1', size: 1 }, layers: [] }, /config media type is "application\/vnd.oci.image.config.v1\+json"/],
    [{ schemaVersion: 2, config: { mediaType: helmConfigMediaType, digest: 'sha256:1', size: 1 }, layers: [] }, /0 chart layers/],
  ])('tells a non-chart manifest apart', (manifest, problem) => {
    const got = chartLayerOf(manifest);
    expect('problem' in got && got.problem).toMatch(problem);
  });
});
