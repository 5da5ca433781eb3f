import { describe, expect, it } from 'vitest';
import { LayoutArchive } from '../../../src/core/bundle/layoutArchive.js';
import { copyGraph } from '../../../src/core/bundle/copyGraph.js';
import { pullBundle, pushChartArtifact } from '../../../src/core/bundle/bundleArtifact.js';
import { packageChart } from '../../../src/core/bundle/chartPackage.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';

const enc = (s: string) => new TextEncoder().encode(s);
const chart = packageChart('demo', [{ name: 'Chart.yaml', data: enc('apiVersion: v2\nname: demo\nversion: 0.1.0\n') }], 0);

describe('LayoutArchive (OCI image layout in a .tgz) and copyGraph', () => {
  it('round-trips a bundle through the archive bytes with the same digest, deterministically', async () => {
    const a = new LayoutArchive('a.tgz');
    const digest = await pushChartArtifact(a, '1.0.0', chart, { name: 'demo', version: '0.1.0', apiVersion: 'v2' }, '2026-01-01T00:00:00Z');
    const bytes = a.toArchive();
    const b = LayoutArchive.read('b.tgz', bytes);
    expect(await b.tags()).toEqual(['1.0.0']);
    const pulled = await pullBundle(b, '^1');
    expect(pulled).toMatchObject({ tag: '1.0.0', digest });
    expect(Buffer.compare(pulled.chartArchive, chart)).toBe(0);
    const c = new LayoutArchive('c.tgz');
    await copyGraph(b, c, digest, '1.0.0');
    expect(Buffer.compare(c.toArchive(), bytes)).toBe(0);
  });

  it('refuses what is not a layout, a corrupted blob and a pinned digest that differs', async () => {
    expect(() => LayoutArchive.read('x.tgz', Buffer.from('plain'))).toThrow(/not a bundle archive: it is not gzip-compressed/);
    expect(() => LayoutArchive.read('chart.tgz', chart)).toThrow(/Helm chart package, not an OCI layout/);
    const a = new LayoutArchive('a.tgz');
    await pushChartArtifact(a, 'latest', chart, { name: 'demo', version: '0.1.0', apiVersion: 'v2' }, '');
    await expect(pullBundle(a, 'latest', { expectedDigest: `sha256:${'0'.repeat(64)}` })).rejects.toThrow(/digest mismatch .* expected sha256:0+, the registry has sha256:/);
    // Flip a byte of the chart layer inside the archive: the read is refused by digest.
    const layout = a as unknown as { blobs: Map<string, Buffer> };
    for (const [digest, data] of layout.blobs) if (data === chart || Buffer.compare(data, chart) === 0) layout.blobs.set(digest, Buffer.concat([data.subarray(0, -1), Buffer.from([data[data.length - 1]! ^ 1])]));
    const error = await pullBundle(a, 'latest').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as Error).message).toMatch(/digest mismatch for blob sha256:\w+ in a.tgz/);
  });

  it('refuses an image (non-chart) manifest', async () => {
    const a = new LayoutArchive('a.tgz');
    const config = Buffer.from('{}');
    await a.putBlob(config);
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 }, layers: [] }));
    await a.putManifest(manifest, 'application/vnd.oci.image.manifest.v1+json', 'web');
    await expect(pullBundle(a, 'web')).rejects.toThrow(/a.tgz:web is not a Helm chart: its config media type is "application\/vnd.oci.image.config.v1\+json"/);
  });
});
